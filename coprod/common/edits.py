"""Two people editing one record at once. The form remembers what each field held when it was
opened (a short digest of each, in a hidden field); on saving, only the fields this person
changed are written, so a field someone else changed meanwhile is not put back, and a field
both changed differently is not overwritten unseen: the person is shown the newer words and
saves again to keep theirs. Pure functions: the domains decide what the fields are."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


def _digest(value: Any) -> str:
    text = json.dumps(value, default=str, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def fingerprint(values: Mapping[str, Any]) -> str:
    """What each field held when the form was opened, as digests (no words in the page twice)."""
    return json.dumps({name: _digest(value) for name, value in values.items()}, sort_keys=True)


@dataclass(frozen=True)
class Merged:
    """What to save (this person's changes over what is stored now), and the fields someone
    else changed differently since the form was opened."""

    values: dict[str, Any]
    conflicts: tuple[str, ...]


def merge(opened: str | None, stored: Mapping[str, Any],
          submitted: Mapping[str, Any]) -> Merged:
    """This person's changes over the stored values. Without a fingerprint (a form opened
    before this existed, or tampered with) every submitted field counts as changed."""
    try:
        seen = json.loads(opened or "{}")
    except ValueError:
        seen = {}
    if not isinstance(seen, dict):
        seen = {}
    values, conflicts = dict(stored), []
    for name, mine in submitted.items():
        was = seen.get(name)
        if was is not None and _digest(mine) == was:
            continue  # not changed here: keep what is stored, whoever changed it
        theirs_changed = was is not None and _digest(stored.get(name)) != was
        if theirs_changed and _digest(mine) != _digest(stored.get(name)):
            conflicts.append(name)
        else:
            values[name] = mine
    return Merged(values, tuple(conflicts))
