"""The one permission check: may the signed-in person do this action in their current area?

Every staff view is guarded by `require(action)`; every template asks `can(action)`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import abort, g
from flask_login import current_user

from coprod.common.roles import Role

ADMIN, OFFICER, FORUM = Role.ADMIN, Role.OFFICER, Role.FORUM
LEADER, SAFEGUARDING = Role.LEADER, Role.SAFEGUARDING

# What each role may do (ARCHITECTURE.md, "Roles"). Safeguarding flags are seen by the
# safeguarding role alone: not even admins read flagged text.
ACTIONS: dict[str, frozenset[Role]] = {
    "view_dashboard": frozenset({ADMIN, OFFICER, FORUM, LEADER, SAFEGUARDING}),
    "manage_users": frozenset({ADMIN}),
    "view_audit": frozenset({ADMIN}),
    "manage_surveys": frozenset({ADMIN, OFFICER, FORUM}),
    "enter_responses": frozenset({ADMIN, OFFICER, FORUM}),
    "view_results": frozenset({ADMIN, OFFICER, FORUM, LEADER}),
    "manage_voice": frozenset({ADMIN, OFFICER, FORUM}),
    "view_voice": frozenset({ADMIN, OFFICER, FORUM, LEADER}),
    "manage_events": frozenset({ADMIN, OFFICER, FORUM}),
    "review_themes": frozenset({ADMIN, OFFICER, FORUM}),
    "manage_codebook": frozenset({ADMIN, OFFICER}),
    "handle_safeguarding": frozenset({SAFEGUARDING}),
    "manage_actions": frozenset({ADMIN, OFFICER}),
    "add_evidence": frozenset({ADMIN, OFFICER, FORUM}),
    "manage_charters": frozenset({ADMIN, OFFICER}),
    "evaluate_coproduction": frozenset({ADMIN, OFFICER, FORUM}),
    "view_reports": frozenset({ADMIN, OFFICER, FORUM, LEADER}),
    # A person's yes before anything a family said goes on a public page (issue 13).
    "publish_quotes": frozenset({ADMIN, OFFICER, FORUM}),
    # Leaders read everything but safeguarding text: themes and their comments, and the
    # dashboard's overview of this quarter's voices (issue 13).
    "view_themes": frozenset({ADMIN, OFFICER, FORUM, LEADER}),
    "view_overview": frozenset({ADMIN, OFFICER, FORUM, LEADER}),
    # The local safeguarding procedure and front-door numbers shown on every flag page.
    "set_safeguarding_procedure": frozenset({ADMIN}),
    "view_you_said": frozenset({ADMIN, OFFICER, FORUM, LEADER}),
    "view_charters": frozenset({ADMIN, OFFICER, FORUM, LEADER}),
    "manage_projects": frozenset({ADMIN, OFFICER, FORUM}),
    "save_reports": frozenset({ADMIN, OFFICER, LEADER}),
    "edit_self_evaluation": frozenset({ADMIN, OFFICER, LEADER}),
    "enter_send_population": frozenset({ADMIN}),
    # The helpline named wherever the product tells someone to seek help (issue 18).
    "set_helpline": frozenset({ADMIN}),
    # How families contact the participation team, shown where coprod asks for feedback.
    "set_contact": frozenset({ADMIN}),
}


def role_can(role: str | None, action: str) -> bool:
    """Whether a role may do an action; unknown actions are refused, never allowed."""
    if role is None:
        return False
    return Role(role) in ACTIONS[action]


def current_role() -> str | None:
    """The signed-in person's role in their current area (set per request)."""
    role: str | None = g.get("role")
    return role


def can(action: str) -> bool:
    """For templates and views: may the current person do this here?"""
    return current_user.is_authenticated and role_can(current_role(), action)


V = TypeVar("V", bound=Callable[..., Any])


def require(action: str) -> Callable[[V], V]:
    """Guard a view: sign-in first (401 sends to sign-in), then the role check (403)."""
    if action not in ACTIONS:
        raise KeyError(f"Unknown action {action!r}")

    def decorator(view: V) -> V:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                abort(401)
            if not role_can(current_role(), action):
                abort(403)
            return view(*args, **kwargs)

        return wrapped  # type: ignore[return-value]

    return decorator
