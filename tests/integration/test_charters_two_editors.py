"""Two people changing one co-production project at once: each keeps what they changed, and
neither undoes the other unseen (common.edit_forms). Before, the last save won: it put back
every field, and every link, as its page was opened."""

from __future__ import annotations

from coprod.areas.models import Role
from coprod.charters import services
from coprod.charters.models import Project
from tests.factories_charters import make_project
from tests.factories_voice import make_event
from tests.two_editors import CONFLICT, open_form, save, values


def _edit(project) -> str:
    return f"/staff/charters/projects/{project.id}/edit"


def test_each_keeps_what_they_changed_in_a_project(signed_in, db, area):
    project = make_project(db, area, stage="design", level="co_design")
    event = make_event(db, area, title="Annual reviews workshop")
    officer, forum = signed_in(Role.OFFICER), signed_in(Role.FORUM)
    hers, theirs = open_form(officer, _edit(project)), open_form(forum, _edit(project))
    assert "Project updated." in save(officer, _edit(project), hers, stage="delivery").text
    assert "Project updated." in save(forum, _edit(project), theirs, events=str(event.id),
                                      partners="Parent carer forum, SENDIASS").text
    db.expire_all()
    stored = db.get(Project, project.id)
    assert (stored.stage, stored.level, stored.partners) == (
        "delivery", "co_design", "Parent carer forum, SENDIASS")
    assert services.project_links(db, project.id) == {"event": [event.id]}


def test_both_changing_a_project_field_shows_the_newer_words_and_saves_nothing_unseen(
        signed_in, db, area):
    project = make_project(db, area, title="Redesigning annual reviews")
    officer, forum = signed_in(Role.OFFICER), signed_in(Role.FORUM)
    hers, theirs = open_form(officer, _edit(project)), open_form(forum, _edit(project))
    save(officer, _edit(project), hers, title="Annual reviews that listen")
    clash = save(forum, _edit(project), theirs, title="Better annual reviews",
                 summary="With families from the start")
    assert clash.status == 400
    assert clash.errors == [CONFLICT.format(now="Annual reviews that listen")]
    assert clash.soup.select_one("input#title")["value"] == "Better annual reviews"
    assert clash.soup.select_one("textarea#summary").text.strip() == \
        "With families from the start"
    db.expire_all()
    stored = db.get(Project, project.id)
    assert (stored.title, stored.summary) == ("Annual reviews that listen", "")  # nothing unseen

    again = save(forum, _edit(project), values(clash))  # read it, and saved again: knowingly
    assert "Project updated." in again.text
    db.expire_all()
    stored = db.get(Project, project.id)
    assert (stored.title, stored.summary) == ("Better annual reviews",
                                              "With families from the start")


def test_both_changing_the_stage_says_the_stage_it_is_at_now(signed_in, db, area):
    project = make_project(db, area, stage="design")
    officer, forum = signed_in(Role.OFFICER), signed_in(Role.FORUM)
    hers, theirs = open_form(officer, _edit(project)), open_form(forum, _edit(project))
    save(officer, _edit(project), hers, stage="delivery")
    clash = save(forum, _edit(project), theirs, stage="review")
    stage_now = clash.soup.select_one("input[name=stage][value=delivery] + label")
    assert clash.errors == [CONFLICT.format(now=stage_now.get_text(strip=True))]
    assert clash.soup.select_one("input[name=stage][value=review]").has_attr("checked")
