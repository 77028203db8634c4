"""Who may do what: the role table from ARCHITECTURE.md, written out by hand and checked."""

import pytest

from coprod.areas.models import Role
from coprod.common.permissions import ACTIONS, role_can

STAFF_WORK = {"manage_surveys", "enter_responses", "view_results", "manage_voice", "view_voice",
              "manage_events", "review_themes", "add_evidence", "evaluate_coproduction",
              "view_reports", "view_dashboard", "view_you_said", "view_charters",
              "manage_projects"}
# Issue 13: a person's yes to publishing a quote; leaders read all but safeguarding text.
STAFF_WORK |= {"publish_quotes", "view_themes", "view_overview"}
LEADER_READS = {"view_voice", "view_themes", "view_overview", "view_you_said", "view_charters"}
# Issue 16: reports saved for a board and the evidence pack's self-evaluation are written by
# admins, officers and leaders; the area's SEND population numbers by admins.
REPORT_WORK = {"save_reports", "edit_self_evaluation"}
EXPECTED = {
    Role.ADMIN: STAFF_WORK | {"manage_users", "view_audit", "manage_codebook", "manage_actions",
                              "manage_charters", "set_safeguarding_procedure",
                              "enter_send_population", "set_helpline",
                              "set_contact"} | REPORT_WORK,
    Role.OFFICER: STAFF_WORK | {"manage_codebook", "manage_actions", "manage_charters"}
    | REPORT_WORK,
    Role.FORUM: STAFF_WORK,
    Role.LEADER: {"view_dashboard", "view_results", "view_reports"} | LEADER_READS | REPORT_WORK,
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


def test_a_leader_reads_everything_but_safeguarding_text_and_changes_nothing():
    reads = {a for a in ACTIONS if role_can("leader", a)}
    assert "handle_safeguarding" not in reads
    assert {"view_voice", "view_themes", "view_results", "view_reports"} <= reads
    assert not {a for a in reads if a.startswith(("manage_", "review_", "publish_"))}
