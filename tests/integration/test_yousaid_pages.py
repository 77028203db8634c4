"""Staff pages for "you said, we did": making an item from ticked comments, moving it on with
the rules shown as GOV.UK errors, the trace from a comment, the role matrix and other areas."""

from datetime import date, timedelta

from sqlmodel import select

from coprod.areas.models import Role
from coprod.yousaid.models import EvidenceLink, FamiliesTold, ProgressStep, YouSaidItem
from tests import factories
from tests.factories_voice import make_comment, make_event
from tests.factories_yousaid import PUBLIC, make_item
from tests.pages import assert_pages_follow_permission

STAFF = "/staff/you-said-we-did"
LAST_WEEK = date.today() - timedelta(days=7)


def _date(day: date) -> list[str]:
    return [str(day.day), str(day.month), str(day.year)]


def test_an_officer_makes_an_item_from_three_ticked_comments(signed_in, db, area):
    said = [make_comment(db, area, f"The bus to college is late {n}", "young_person")
            for n in range(3)]
    other = make_comment(db, area, "Short breaks are great", "parent_carer")
    officer = signed_in(Role.OFFICER)
    chooser = officer.page(f"{STAFF}/choose-comments")
    assert chooser.h1 == "Make an item from comments"
    labels = [label.get_text(" ", strip=True) for label in chooser.soup.select(
        ".govuk-checkboxes__label")]
    assert "The bus to college is late 0" in labels and "Short breaks are great" in labels
    hints = [hint.get_text(" ", strip=True) for hint in chooser.soup.select(
        ".govuk-checkboxes__hint")]
    assert f"Comment {other.id}: Parent or carer" in " ".join(hints)  # two alike told apart
    query = "&".join(f"comment={c.id}" for c in said)
    form = officer.page(f"{STAFF}/new?{query}")
    assert "3 comments" in form.text
    page = officer.submit(f"{STAFF}/new?{query}", {
        "you_said": "The bus to college is often late", "themes": ["transport"]})
    assert "Item saved." in page.text
    assert "Fewer than 5 voices behind this item" in page.text  # 3 people: not shown exactly
    assert "Young person" in page.soup.select_one("table").get_text(" ", strip=True)
    item = db.exec(select(YouSaidItem).where(YouSaidItem.area_id == area.id)).one()
    linked = db.exec(select(EvidenceLink.comment_id).where(EvidenceLink.item_id == item.id)).all()
    assert sorted(linked) == sorted(c.id for c in said) and other.id not in linked


def test_the_status_rules_show_as_gov_uk_errors(signed_in, db, area):
    item = make_item(db, area)
    officer = signed_in(Role.OFFICER)
    url = f"{STAFF}/{item.id}/status"
    done = officer.submit(url, {"status": "done", "we_did": ""})
    assert done.status == 400
    assert done.errors == ["Enter what was done before you mark this item done"]
    assert done.field_error("we_did") == "Error: Enter what was done before you mark this item done"
    cant = officer.submit(url, {"status": "cant_do", "reason": " "})
    assert cant.errors == ["Enter why this cannot be done, in plain words"]
    db.expire_all()
    assert db.get(YouSaidItem, item.id).status == "new"
    moved = officer.submit(url, {"status": "done", "we_did": "We added a second bus"})
    assert "Status changed to Done." in moved.text and "We added a second bus" in moved.text


def test_told_families_needs_a_date_and_a_channel_on_the_page(signed_in, db, area):
    item = make_item(db, area)
    officer = signed_in(Role.OFFICER)
    url = f"{STAFF}/{item.id}/told-families"
    page = officer.submit(url, {})
    assert page.status == 400
    assert page.errors == ["Enter the date families were told", "Select how families were told"]
    saved = officer.submit(url, {"told_on": _date(LAST_WEEK), "how": "newsletter",
                                 "audience": "All families on the mailing list", "reached": "350"})
    assert "Saved: families were told." in saved.text
    row = saved.soup.find("td", string="Newsletter").find_parent("tr").get_text(" ", strip=True)
    assert "350" in row and f"{LAST_WEEK.day} {LAST_WEEK:%B %Y}" in row
    assert db.exec(select(FamiliesTold).where(FamiliesTold.item_id == item.id)).one().reached == 350


def test_publishing_without_public_wording_is_refused(signed_in, db, area):
    item = make_item(db, area)
    officer = signed_in(Role.OFFICER)
    token = officer.page(f"{STAFF}/{item.id}").form_data("main form")["csrf_token"]
    page = officer.post(f"{STAFF}/{item.id}/publish", data={"csrf_token": token,
                                                            "published": "yes"})
    assert page.status_code == 400
    assert "Enter what families said in easy read before you publish" in page.get_data(
        as_text=True)
    db.expire_all()
    assert db.get(YouSaidItem, item.id).published is False


def test_a_comment_page_lists_the_items_it_is_evidence_for(signed_in, db, area):
    comment = make_comment(db, area, "Nobody answers the phone at the SEN team")
    item = make_item(db, area, you_said="The SEN team is hard to reach")
    officer = signed_in(Role.OFFICER)
    officer.submit(f"{STAFF}/{item.id}/evidence?comment={comment.id}", {})
    page = officer.page(f"/staff/voice/{comment.id}")
    link = page.soup.find("a", string="The SEN team is hard to reach")
    assert link and link["href"] == f"{STAFF}/{item.id}"


def test_an_item_is_made_from_an_events_agreed_action(signed_in, db, area):
    from coprod.events import services as events

    event = make_event(db, area, "Summer forum", young_people_count=6, parent_carers_count=4)
    action = events.add_action(db, event, "Publish the transport policy in easy read", "Council",
                               date.today() + timedelta(days=30))
    officer = signed_in(Role.OFFICER)
    page = officer.page(f"/staff/events/{event.id}/")
    link = page.soup.find("a", href=f"{STAFF}/new?action={action.id}")
    assert link is not None
    form = officer.page(f"{STAFF}/new?action={action.id}")
    assert form.form_data()["we_did"].strip() == "Publish the transport policy in easy read"
    assert form.form_data()["owner"] == "Council"
    saved = officer.submit(f"{STAFF}/new?action={action.id}", {
        "you_said": "Families cannot understand the transport policy"})
    assert "10 voices behind this item" in saved.text and "Summer forum" in saved.text


def test_the_role_matrix(signed_in, db, area):
    item = make_item(db, area)
    read = [f"{STAFF}/", f"{STAFF}/{item.id}", f"{STAFF}/feedback-needed", f"{STAFF}/measures",
            f"{STAFF}/export.csv"]
    change = [f"{STAFF}/new", f"{STAFF}/{item.id}/edit", f"{STAFF}/{item.id}/status",
              f"{STAFF}/{item.id}/told-families", f"{STAFF}/{item.id}/timeline",
              f"{STAFF}/choose-comments"]
    assert_pages_follow_permission(signed_in, "view_you_said", read)
    assert_pages_follow_permission(signed_in, "add_evidence", change)
    assert_pages_follow_permission(signed_in, "manage_actions", [f"{STAFF}/import"])


def test_another_areas_item_is_not_found(signed_in, db, area):
    theirs = make_item(db, factories.make_area(db, "Elsewhere SEND Partnership"), **PUBLIC)
    officer = signed_in(Role.OFFICER)
    for tail in ("", "/edit", "/status", "/told-families", "/timeline", "/evidence"):
        assert officer.get(f"{STAFF}/{theirs.id}{tail}").status_code == 404, tail
    token = officer.page(f"{STAFF}/new").form_data()["csrf_token"]
    assert officer.post(f"{STAFF}/{theirs.id}/publish",
                        data={"csrf_token": token, "published": "yes"}).status_code == 404
    officer.post(f"{STAFF}/change-status", data={"csrf_token": token, "item": [theirs.id],
                                                 "new_status": "agreed"})
    db.expire_all()
    assert db.get(YouSaidItem, theirs.id).status == "new"


def test_every_staff_page_is_reachable_from_the_dashboard(signed_in, db, area):
    item = make_item(db, area)
    for role in (Role.OFFICER, Role.LEADER, Role.FORUM, Role.ADMIN):
        client = signed_in(role)
        dashboard = client.page("/staff/")
        board_link = dashboard.soup.find("a", href=f"{STAFF}/")
        assert board_link is not None, role
        board = client.page(f"{STAFF}/")
        hrefs = {a["href"] for a in board.soup.select("main a[href]")}
        assert {f"{STAFF}/feedback-needed", f"{STAFF}/measures", f"{STAFF}/{item.id}"} <= hrefs
    officer = signed_in(Role.OFFICER)
    for where in ("/staff/analysis/", "/staff/voice/"):  # the review and search pages
        assert officer.page(where).soup.find("a", href=f"{STAFF}/choose-comments"), where


def test_several_items_change_status_at_once_or_none_do(signed_in, db, area):
    ready = make_item(db, area, you_said="Ready", we_did="We did it")
    not_ready = make_item(db, area, you_said="Not ready")
    officer = signed_in(Role.OFFICER)
    refused = officer.submit(f"{STAFF}/", {"item": [str(ready.id), str(not_ready.id)],
                                           "new_status": "done"}, "main form[method=post]")
    assert refused.status == 400
    assert refused.errors == [f"Item {not_ready.id}: Enter what was done before you mark "
                              "this item done"]
    db.expire_all()
    assert db.get(YouSaidItem, ready.id).status == "new"
    moved = officer.submit(f"{STAFF}/", {"item": [str(ready.id), str(not_ready.id)],
                                         "new_status": "agreed"}, "main form[method=post]")
    assert "2 items changed." in moved.text
    db.expire_all()
    assert {db.get(YouSaidItem, i.id).status for i in (ready, not_ready)} == {"agreed"}


def test_the_board_filters_by_status_overdue_and_not_told(signed_in, db, area):
    make_item(db, area, you_said="Late and open", target_on=LAST_WEEK, status="agreed")
    make_item(db, area, you_said="Done and told", status="done", we_did="x")
    make_item(db, area, you_said="Done, nobody told", status="done", we_did="y")
    told = db.exec(select(YouSaidItem).where(YouSaidItem.you_said == "Done and told")).one()
    db.add(FamiliesTold(item_id=told.id, area_id=area.id, told_on=LAST_WEEK, how="website"))
    db.commit()
    officer = signed_in(Role.OFFICER)

    def shown(query: str) -> set[str]:
        page = officer.page(f"{STAFF}/?{query}")
        return {a.get_text(strip=True) for a in page.soup.select("tbody a")}

    assert shown("only=overdue") == {"Late and open"}
    assert shown("status=done&only=not_told") == {"Done, nobody told"}
    assert shown("") == {"Late and open", "Done and told", "Done, nobody told"}


def test_an_item_from_a_survey_question_keeps_the_result_it_was_made_from(signed_in, db, area):
    from tests.survey_factories import make_survey
    from tests.survey_results_helpers import add_response

    survey = make_survey(db, area)
    for feel, group, times in (("happy", "young_person", 6), ("sad", "young_person", 5),
                               ("sad", "parent_carer", 5)):
        for _ in range(times):
            add_response(db, survey, {"feel": feel}, group=group)
    officer = signed_in(Role.OFFICER)
    results = officer.page(f"/staff/surveys/{survey.id}/results")
    link = results.soup.find("a", href=f"{STAFF}/new?survey={survey.id}&question=feel")
    assert link is not None
    saved = officer.submit(link["href"], {"you_said": "Young people felt sad at the drop-in"})
    assert "How did you feel?" in saved.text and "16 people answered" in saved.text
    assert "16 voices behind this item" in saved.text
    add_response(db, survey, {"feel": "happy"}, group="young_person")  # after linking
    item_page = officer.page(saved.response.request.path)
    assert "16 people answered" in item_page.text  # frozen when linked
    assert "16 voices behind this item" in item_page.text
    sad = item_page.soup.find("td", string="Sad").find_parent("tr").get_text(" ", strip=True)
    assert sad.split()[-2:] == ["10", "63%"]


def test_an_item_from_a_theme_links_the_themes_comments(signed_in, db, area):
    from coprod.voice.findings import CommentTheme

    comments = [make_comment(db, area, f"The school taxi was late again {n}") for n in range(2)]
    themed = db.exec(select(CommentTheme.comment_id).where(
        CommentTheme.theme_id == "transport")).all()
    assert sorted(themed) == sorted(c.id for c in comments)  # the analysis themed them
    officer = signed_in(Role.OFFICER)
    theme_page = officer.page("/staff/analysis/themes/transport")
    assert theme_page.soup.find("a", href=f"{STAFF}/new?theme=transport") is not None
    form = officer.page(f"{STAFF}/new?theme=transport")
    assert form.form_data()["themes"] == "transport"
    saved = officer.submit(f"{STAFF}/new?theme=transport", {"you_said": "Taxis are late"})
    assert "taxi was late again 0" in saved.text and "taxi was late again 1" in saved.text



def test_a_status_change_sent_without_its_optional_note_is_saved(signed_in, db, area):
    """A browser (or a form saved before the note box was added) that sends no note at all:
    the status still changes, with the usual timeline words (a 500 before; found by
    tests/integration/test_fuzz_forms.py)."""
    item = make_item(db, area)
    officer = signed_in(Role.OFFICER)
    page = officer.page(f"{STAFF}/{item.id}/status")
    data = {key: value for key, value in page.form_data().items() if key != "note"}
    reply = officer.post(f"{STAFF}/{item.id}/status", data={**data, "status": "agreed"})
    assert reply.status_code == 302
    assert "Status changed from New to Agreed" in officer.page(f"{STAFF}/{item.id}").text


def test_marking_a_published_plan_done_asks_for_what_was_done_in_both_wordings(
        signed_in, client, db, area):
    """The young person's receipt page read "We did this." above "We will fix the bus times.":
    the status page now holds the easy-read words too, and an emptied box is an error."""
    item = make_item(db, area, **{**PUBLIC, "published": True, "status": "in_progress",
                                  "we_did": "We will fix the bus times.",
                                  "we_did_easy": "We will fix the bus times."})
    officer = signed_in(Role.OFFICER)
    url = f"{STAFF}/{item.id}/status"
    page = officer.page(url)
    assert page.soup.select_one("#we_did_easy").get_text() == "We will fix the bus times."
    cleared = officer.submit(url, {"status": "done", "we_did": "", "we_did_easy": ""})
    assert cleared.errors == ["Enter what was done before you mark this item done"]
    no_easy = officer.submit(url, {"status": "done", "we_did": "We changed the bus times.",
                                   "we_did_easy": " "})
    assert no_easy.errors == ["Enter what was done, in easy read, before you mark this item "
                              "done"]
    db.expire_all()
    assert db.get(YouSaidItem, item.id).status == "in_progress"
    officer.submit(url, {"status": "done", "we_did": "We changed the bus times.",
                         "we_did_easy": "The bus comes at 8 now."})
    easy = client.page(f"/areas/{area.slug}/you-said-we-did/easy-read")
    assert "We did this. The bus comes at 8 now." in " ".join(easy.text.split())


def test_saving_a_status_that_changes_nothing_adds_nothing_to_the_timeline(signed_in, db, area):
    item = make_item(db, area)
    officer = signed_in(Role.OFFICER)
    url = f"{STAFF}/{item.id}/status"
    officer.submit(url, {"status": "done", "we_did": "We added a second bus"})
    officer.submit(url, {})  # the same status and words, sent again
    steps = [s.text for s in db.exec(select(ProgressStep).where(ProgressStep.item_id == item.id))]
    assert steps.count("Status changed from New to Done") == 1
    assert not any("from Done to Done" in s for s in steps)


def test_a_form_sent_again_after_an_error_still_links_each_comment_once(signed_in, db, area):
    comment = make_comment(db, area, "The bus to college is late")
    officer = signed_in(Role.OFFICER)
    url = f"{STAFF}/new?comment={comment.id}"
    page = officer.page(url)
    for _ in range(3):
        page = officer.submit(url, {"you_said": ""})
        assert "linked to: 1 comment" in " ".join(page.text.split())
