"""What counts as someone having said something behind a "you said, we did" item.

A receipt code shows an item only when the person's own words, or their answer to a linked
question asking what they think, are its evidence: never because they told us their age. The
people behind an item are counted once each, in their survey's audience when it has no "who are
you" question, the same on the staff page, the public board and the easy read."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from coprod.areas.models import Role
from coprod.common.time import utcnow
from coprod.yousaid import evidence
from coprod.yousaid.models import EvidenceKind, EvidenceLink
from tests.factories_voice import make_comment, make_event
from tests.factories_yousaid import make_item, make_published
from tests.survey_factories import make_survey
from tests.survey_results_helpers import add_response

STAFF = "/staff/you-said-we-did"
DISCLOSURE = "My stepdad hits me when he is drunk and I am scared to go home"
JOB = {"you_said": "Young people wanted paid work", "you_said_easy": "You want a real job.",
       "we_did": "20 young people now have a work placement", "status": "done",
       "we_did_easy": "20 young people now have a work placement with help."}


def _respond(db, area, survey, answers: dict, receipt: str | None = None,
             said: str | None = None, when: datetime | None = None):
    """A young person's submitted answers (and their free text as a comment)."""
    response = add_response(db, survey, answers, when=when)
    if receipt:
        response.receipt_code = receipt
        db.add(response)
        db.commit()
    if said:
        make_comment(db, area, said, "young_person", "survey",
                     survey_response_id=response.id, survey_question_id="anything_else")
    return response


def _old_style_link(db, item, survey, question_id: str) -> EvidenceLink:
    """A link saved before demographic questions were refused (the demo made these)."""
    link = EvidenceLink(item_id=item.id, area_id=item.area_id, kind=EvidenceKind.QUESTION.value,
                        survey_id=survey.id, question_id=question_id,
                        snapshot=evidence.question_snapshot(db, survey, question_id))
    db.add(link)
    db.commit()
    return link


def _receipt(client, code: str):
    return client.submit("/you-said-we-did/what-happened", {"code": code})


def test_a_child_who_only_told_us_their_age_is_not_told_they_asked_for_a_job(client, db, area):
    survey = make_survey(db, area, "preparing-for-adulthood")
    _respond(db, area, survey, {"age": "14_to_16", "anything_else": DISCLOSURE},
             receipt="CG9D-X8PQ", said=DISCLOSURE)
    item = make_published(db, area, **JOB)
    _old_style_link(db, item, survey, "age")

    page = _receipt(client, "CG9D-X8PQ")
    assert page.status == 200
    assert "You want a real job." not in page.text
    assert "We have not finished yet." in page.text


def test_an_answer_to_a_linked_question_about_what_they_think_finds_the_item(client, db, area):
    survey = make_survey(db, area, "preparing-for-adulthood")
    _respond(db, area, survey, {"age": "17_to_19", "feel_about_work": "sad"}, receipt="AAAA-BBBB")
    _respond(db, area, survey, {"age": "17_to_19", "feel_about_work": "dont_understand"},
             receipt="CCCC-DDDD")
    item = make_published(db, area, **JOB)
    assert evidence.link_question(db, item, survey.id, "feel_about_work")

    assert "You want a real job." in _receipt(client, "AAAA-BBBB").text
    did_not_say = _receipt(client, "CCCC-DDDD")  # "I don't understand" is not a view
    assert "You want a real job." not in did_not_say.text
    assert "We have not finished yet." in did_not_say.text


def test_someone_who_answered_after_the_item_was_made_is_not_its_evidence(client, db, area):
    survey = make_survey(db, area, "preparing-for-adulthood")
    _respond(db, area, survey, {"feel_about_work": "happy"})
    item = make_published(db, area, **JOB)
    assert evidence.link_question(db, item, survey.id, "feel_about_work")
    _respond(db, area, survey, {"feel_about_work": "sad"}, receipt="PQRS-TUVW",
             when=utcnow() + timedelta(seconds=1))
    late = _receipt(client, "PQRS-TUVW")
    assert late.status == 200 and "We have not finished yet." in late.text
    assert "You want a real job." not in late.text


def test_a_question_about_the_person_cannot_be_linked_and_old_links_say_so(signed_in, db, area):
    survey = make_survey(db, area, "preparing-for-adulthood")
    for _ in range(6):
        _respond(db, area, survey, {"age": "14_to_16", "feel_about_work": "happy"})
    item = make_item(db, area)
    assert evidence.link_question(db, item, survey.id, "age") is False
    officer = signed_in(Role.OFFICER)
    results = officer.page(f"/staff/surveys/{survey.id}/results")
    assert results.soup.find("a", href=f"{STAFF}/new?survey={survey.id}&question=age") is None
    assert results.soup.find(
        "a", href=f"{STAFF}/new?survey={survey.id}&question=feel_about_work") is not None

    _old_style_link(db, item, survey, "age")
    page = officer.page(f"{STAFF}/{item.id}")
    assert "How old are you?" in page.text
    assert ("This question is about the people answering, not what they think, so it is not "
            "counted as what anyone said.") in page.text
    assert "voices behind this item" not in page.text


def test_people_behind_an_item_are_counted_once_in_their_surveys_audience(signed_in, client,
                                                                          db, area):
    survey = make_survey(db, area, "preparing-for-adulthood")  # for young people; no "who are you"
    responses = [_respond(db, area, survey, {"age": "20_to_25", "feel_about_work": "sad"})
                 for _ in range(6)]
    item = make_published(db, area, **JOB)
    assert evidence.link_question(db, item, survey.id, "feel_about_work")
    _old_style_link(db, item, survey, "age")
    comments = [make_comment(db, area, f"I want a job that pays {n}", "young_person", "survey",
                             survey_response_id=r.id, survey_question_id="anything_else").id
                for n, r in enumerate(responses[:2])]
    evidence.link_comments(db, item, comments, viewer_role="officer")

    staff = signed_in(Role.OFFICER).page(f"{STAFF}/{item.id}")
    assert "6 voices behind this item" in staff.text
    table = staff.soup.select_one("table").get_text(" ", strip=True)
    assert "Young person 6" in table and "Someone else" not in table
    assert "People who told us: 6" in client.page(f"/areas/{area.slug}/you-said-we-did/").text
    assert "6 people told us this." in client.page(
        f"/areas/{area.slug}/you-said-we-did/easy-read").text


def test_comments_from_a_linked_event_are_its_people_not_extra_ones(db, area):
    event = make_event(db, area, "Jobs drop-in", young_people_count=5, parent_carers_count=1)
    said = [make_comment(db, area, f"I want a job {n}", "young_person", "event",
                         event_id=event.id).id for n in range(3)]
    parents = [make_comment(db, area, f"My son wants a job {n}", "parent_carer", "event",
                            event_id=event.id).id for n in range(2)]
    item = make_item(db, area)
    evidence.link_event(db, item, event.id)
    evidence.link_comments(db, item, said + parents, viewer_role="officer")
    shown = evidence.evidence_of(db, item, "officer")
    # 5 young people came and 3 of them spoke; 1 parent was counted at the door, but 2 spoke
    assert shown.voices == {"parent_carer": 2, "young_person": 5}


def test_a_small_question_result_says_fewer_than_5_and_a_govuk_date(signed_in, db, area):
    survey = make_survey(db, area)
    for feel in ("happy", "sad", "sad"):
        add_response(db, survey, {"feel": feel}, group="young_person")
    for _ in range(7):
        add_response(db, survey, {"feel": "ok"}, group="young_person")
    item = make_item(db, area)
    assert evidence.link_question(db, item, survey.id, "feel")
    page = signed_in(Role.OFFICER).page(f"{STAFF}/{item.id}")
    today = date.today()
    assert f"linked on {today.day} {today:%B %Y}" in page.text
    assert date.today().isoformat() not in page.text
    assert "10 people answered" in page.text
    cells = {row.select("td")[0].get_text(strip=True): [td.get_text(strip=True)
                                                        for td in row.select("td")[1:]]
             for row in page.soup.select("table")[-1].select("tbody tr")}
    assert cells["Sad"] == ["fewer than 5", ""] and cells["Happy"] == ["fewer than 5", ""]
    assert cells["OK"] == ["7", "70%"]
    few = make_item(db, area)
    other = make_survey(db, area)
    add_response(db, other, {"feel": "sad"})
    assert evidence.link_question(db, few, other.id, "feel")
    lonely = signed_in(Role.OFFICER).page(f"{STAFF}/{few.id}")
    assert "fewer than 5 people answered" in lonely.text
    row = lonely.soup.find("td", string="Happy").find_parent("tr")
    assert [td.get_text(strip=True) for td in row.select("td")[1:]] == ["0", "0%"]


def test_a_count_hidden_so_a_small_one_cannot_be_worked_out_reads_hidden_not_fewer_than_5(
        signed_in, db, area):
    """1 happy and 7 OK of 8: the 1 is hidden, and the 7 too (8 - 7 would give the 1 away). The
    7 is not "fewer than 5": both read "hidden", with a note under the table; the 0 is shown."""
    survey = make_survey(db, area)
    add_response(db, survey, {"feel": "happy"}, group="young_person")
    for _ in range(7):
        add_response(db, survey, {"feel": "ok"}, group="young_person")
    item = make_item(db, area)
    assert evidence.link_question(db, item, survey.id, "feel")
    page = signed_in(Role.OFFICER).page(f"{STAFF}/{item.id}")
    assert "8 people answered" in page.text
    table = page.soup.select("table")[-1]
    cells = {row.select("td")[0].get_text(strip=True): [td.get_text(strip=True)
                                                        for td in row.select("td")[1:]]
             for row in table.select("tbody tr")}
    assert cells["Happy"] == ["hidden", ""] and cells["OK"] == ["hidden", ""]
    assert cells["Sad"] == ["0", "0%"]
    note = table.find_parent("div").find_next_sibling("p")
    assert note.get_text(strip=True) == (
        "“hidden” is a count of fewer than 5, or one hidden so that a small number cannot be "
        "worked out from the total.")


def test_a_cant_do_reason_that_repeats_what_we_said_is_shown_once(client, db, area):
    same = "We cannot open a new special school this year"
    make_published(db, area, you_said="We want a new special school", status="cant_do",
                   we_did=same, reason=same)
    make_published(db, area, you_said="We want free taxis", status="cant_do",
                   we_did="We cannot pay for taxis for everyone",
                   reason="The law says who gets free travel")
    page = client.page(f"/areas/{area.slug}/you-said-we-did/")
    assert page.text.count(same) == 1
    assert "Why: The law says who gets free travel" in page.text


def test_families_told_on_the_website_needs_the_item_published(signed_in, db, area):
    item = make_item(db, area, **{k: v for k, v in JOB.items() if k != "status"})
    officer = signed_in(Role.OFFICER)
    url = f"{STAFF}/{item.id}/told-families"
    today = datetime.now(UTC).date() - timedelta(days=1)
    day = [str(today.day), str(today.month), str(today.year)]
    refused = officer.submit(url, {"told_on": day, "how": "website"})
    assert refused.status == 400
    assert refused.errors == ["Publish the item before recording that families were told on "
                              "the website"]
    item.published = True
    db.add(item)
    db.commit()
    assert "Saved: families were told." in officer.submit(url, {"told_on": day,
                                                                "how": "website"}).text



def test_a_link_saved_before_responses_were_kept_counts_who_had_answered_by_then(client, db,
                                                                               area):
    survey = make_survey(db, area, "preparing-for-adulthood")
    for _ in range(5):
        _respond(db, area, survey, {"age": "14_to_16", "feel_about_work": "happy"})
    item = make_published(db, area, **JOB)
    link = _old_style_link(db, item, survey, "feel_about_work")
    link.snapshot = {k: v for k, v in link.snapshot.items() if k != "responses"}
    db.add(link)
    db.commit()
    _respond(db, area, survey, {"feel_about_work": "sad"}, receipt="WXYZ-2345",
             when=utcnow() + timedelta(minutes=1))
    assert "People who told us: 5" in client.page(f"/areas/{area.slug}/you-said-we-did/").text
    assert "You want a real job." not in _receipt(client, "WXYZ-2345").text
