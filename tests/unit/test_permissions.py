"""Who may do what: the role table from ARCHITECTURE.md, written out by hand and checked."""

import pytest

from coprod.areas.models import Role
from coprod.common.permissions import ACTIONS, role_can

STAFF_WORK = {"manage_surveys", "enter_responses", "view_results", "manage_voice", "view_voice",
              "manage_events", "review_themes", "add_evidence", "evaluate_coproduction",
              "view_reports", "view_dashboard", "view_charters", "manage_projects"}
EXPECTED = {
    Role.ADMIN: STAFF_WORK | {"manage_users", "view_audit", "manage_codebook", "manage_actions",
                              "manage_charters"},
    Role.OFFICER: STAFF_WORK | {"manage_codebook", "manage_actions", "manage_charters"},
    Role.FORUM: STAFF_WORK,
    Role.LEADER: {"view_dashboard", "view_results", "view_reports", "view_charters"},
    Role.SAFEGUARDING: {"view_dashboard", "handle_safeguarding"},
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_each_role_can_do_exactly_its_own_work(role, action):
    assert role_can(role.value, action) is (action in EXPECTED[role])


def test_only_the_safeguarding_role_sees_flagged_text():
    assert [r for r in Role if role_can(r.value, "handle_safeguarding")] == [Role.SAFEGUARDING]


def test_no_role_means_no_access():
    assert not any(role_can(None, action) for action in ACTIONS)
