"""The roles a person can hold in an area (the permission table in permissions.py uses them)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a person does in an area; permissions hang off these."""

    ADMIN = "admin"
    OFFICER = "officer"
    FORUM = "forum"
    LEADER = "leader"
    SAFEGUARDING = "safeguarding"
