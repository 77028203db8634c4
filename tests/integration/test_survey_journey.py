"""A young person answers a survey alone: one question per page, pictures beside words, their
own words kept exactly, and a receipt at the end."""

import re
from datetime import timedelta

from sqlmodel import select

from coprod.surveys.definition.survey import survey_from_dict, survey_to_dict
from coprod.surveys.journey.runner import uk_today
from coprod.surveys.models import ResponseStatus, SurveyResponse, SurveyStatus
from coprod.voice.models import Comment
from tests.survey_factories import (
    answer_all,
    make_survey,
    only_response,
    send,
    start_survey,
    stored_answers,
    tiny_definition,
)

RECEIPT = re.compile(r"\b[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\b")


def test_young_person_finishes_the_easy_read_caseworker_survey(client, db, area):
    survey = make_survey(db, area, template="caseworker")
    start = client.page(f"/surveys/{survey.slug}/")
    assert start.h1 == "What makes a good caseworker?"
    assert "It takes about 5 minutes." in start.text
    assert "We do not ask for your name." in start.text
    assert "You can stop at any time." in start.text
    assert all(img["alt"] for img in start.soup.select("main img.coprod-symbol--sentence"))

    page = send(client, start, {})
    assert page.soup.select_one(".coprod-progress").text == "Question 1"
    assert page.h1 == "Do you know who your caseworker is?"
    assert page.soup.select_one("h1 img")["alt"] == "A worker in an office"
    assert page.soup.select_one("a.govuk-back-link")["href"] == f"/surveys/{survey.slug}/"
    read_aloud = page.soup.select_one("button.coprod-read-aloud")
    assert read_aloud.has_attr("hidden"), "the button only appears where the browser can speak"

    page = send(client, page, {"answer": "yes"})
    assert page.soup.select_one(".coprod-progress").text == "Question 2"
    page = send(client, page, {"answer": ["in_person", "phone"]})
    assert [img["alt"] for img in page.soup.select("label img")][:3] == [
        "A smiling face", "A face that is not smiling or sad", "A sad face"]
    page = answer_all(client, page, ["happy", ["listens", "plain_words"], "text_message",
                                     "dont_understand", "Ring me back when you say you will.",
                                     "yes", "14_to_16"])
    assert page.h1 == "Did someone help you answer?"
    assert page.soup.select_one(".coprod-progress").text == "Question 10"
    page = send(client, page, {"answer": "on_my_own"})

    assert page.h1 == "Check your answers"
    summary = page.soup.select_one(".govuk-summary-list").get_text(" ", strip=True)
    for words in ("We meet in person", "On the phone", "Happy", "I don't understand",
                  "Ring me back when you say you will.", "Yes, you can share my words",
                  "14 to 16", "I answered on my own"):
        assert words in summary
    done = send(client, page, {})
    assert done.h1.startswith("Thank you")
    receipt = RECEIPT.search(done.soup.select_one(".govuk-panel").get_text(" ")).group(0)
    assert "What happens next" in done.text

    response = only_response(db, survey)
    assert (response.status, response.channel, response.receipt_code) == (
        ResponseStatus.COMPLETE.value, "online", receipt)
    assert (response.helped, response.age_band) == ("on_my_own", "14_to_16")
    assert stored_answers(db, response)["say_in_plan"] == "dont_understand"
    comment = db.exec(select(Comment).where(Comment.survey_response_id == response.id)).one()
    assert (comment.original_text, comment.group, comment.channel, comment.how_given,
            comment.survey_question_id, comment.share_consent) == (
        "Ring me back when you say you will.", "young_person", "survey", "alone", "do_better",
        True)


def test_an_answer_that_hides_questions_skips_them_and_the_count_never_jumps(client, db, area):
    survey = make_survey(db, area, template="caseworker")
    page = send(client, start_survey(client, survey), {"answer": "no"})
    assert page.h1 == "What makes a good caseworker?"
    assert page.soup.select_one(".coprod-progress").text == "Question 2"
    back = client.page(page.soup.select_one("a.govuk-back-link")["href"])
    assert back.h1 == "Do you know who your caseworker is?"
    assert back.soup.select_one("input[value=no]").has_attr("checked")


def test_a_mistake_after_a_deciding_answer_keeps_the_count_and_the_way_on(client, db, area):
    """Earlier answers decide the next page (the count has no total: it would change with
    them): both hold on a page shown again with a mistake, and after it is put right."""
    survey = make_survey(db, area, template="caseworker")
    page = answer_all(client, start_survey(client, survey), ["yes", ["phone"], "happy"])
    page = send(client, page, {})
    assert page.errors == ["Select at least one answer"]
    assert page.soup.select_one(".coprod-progress").text == "Question 4"
    page = send(client, page, {"answer": ["listens"]})
    assert page.soup.select_one(".coprod-progress").text == "Question 5"


def test_required_answers_are_explained_in_govuk_words(client, db, area):
    survey = make_survey(db, area, template="caseworker")
    page = send(client, start_survey(client, survey), {})
    assert page.status == 400
    assert page.errors == ["Select an answer"]
    assert page.title.startswith("Error:")
    assert page.soup.select_one(".govuk-error-summary a")["href"] == "#answer"

    page = send(client, send(client, page, {"answer": "no"}), {})
    assert page.errors == ["Select at least one answer"]

    tiny = make_survey(db, area)
    assert send(client, start_survey(client, tiny), {}).errors == ["Select how you feel"]


def test_an_exclusive_answer_cannot_be_picked_with_others(client, db, area):
    survey = make_survey(db, area, template="caseworker")
    page = send(client, start_survey(client, survey), {"answer": "yes"})
    page = send(client, page, {"answer": ["phone", "not_talked"]})
    assert page.errors == ["Select ‘We have not talked yet’ on its own, or choose other answers"]
    assert page.soup.select_one("input[value=not_talked]")["data-behaviour"] == "exclusive"


def test_text_over_the_limit_is_refused_and_the_typed_text_kept(client, db, area):
    survey = make_survey(db, area)
    page = send(client, start_survey(client, survey), {"answer": "ok"})
    too_long = "I liked it " * 20  # 220 characters, the limit is 200
    page = send(client, page, {"answer": too_long})
    assert page.status == 400
    assert page.errors == ["Your answer must be 200 characters or fewer"]
    assert page.soup.select_one("textarea#answer").text == too_long.strip()
    assert page.soup.select_one("[data-module=govuk-character-count]")["data-maxlength"] == "200"
    assert stored_answers(db, only_response(db, survey)) == {"feel": "ok"}


def test_html_typed_into_an_answer_is_shown_as_text_never_run(client, db, area):
    survey = make_survey(db, area)
    typed = '<script>alert("hi")</script><b>bold</b>'
    page = answer_all(client, start_survey(client, survey), ["happy", typed, ""])
    assert page.h1 == "Check your answers"
    assert page.soup.select("main script") == []
    assert page.soup.select("main b") == []
    assert typed in page.soup.select_one(".govuk-summary-list").get_text()


def test_emoji_and_other_scripts_are_kept_exactly(client, db, area):
    survey = make_survey(db, area)
    typed = "😊 ♥ مرحبا 你好 Zażółć\nsecond line"
    page = answer_all(client, start_survey(client, survey), ["happy", typed])
    back = client.page(page.soup.select_one("a.govuk-back-link")["href"])
    assert back.soup.select_one("textarea#answer").text.strip("\n") == typed
    page = send(client, page, {})
    assert typed in [p.get_text("\n") for p in page.soup.select(".coprod-answer")]
    response = only_response(db, survey)
    assert stored_answers(db, response)["say"] == typed
    send(client, page, {})
    db.expire_all()
    assert db.exec(select(Comment.original_text)
                   .where(Comment.survey_response_id == response.id)).one() == typed


def test_change_link_returns_to_check_answers(client, db, area):
    survey = make_survey(db, area)
    page = answer_all(client, start_survey(client, survey), ["happy", "Good.", ""])
    change = page.soup.select(".govuk-summary-list__actions a")[0]
    assert "How did you feel?" in change.text
    assert [b.text.strip() for b in client.page(f"/surveys/{survey.slug}/q/feel").soup.select(
        "main form button")] == ["Continue", "Save and come back later"]
    page = client.page(change["href"])
    assert page.soup.select_one("a.govuk-back-link")["href"].endswith("/check")
    assert [b.text.strip() for b in page.soup.select("main form button")] == ["Continue"]
    page = send(client, page, {"answer": "sad"})
    assert page.h1 == "Check your answers"
    assert "Sad" in page.soup.select_one(".govuk-summary-list").text


def test_draft_surveys_are_not_found(client, db, area):
    survey = make_survey(db, area, status=SurveyStatus.DRAFT)
    assert client.get(f"/surveys/{survey.slug}/").status_code == 404
    assert client.get(f"/surveys/{survey.slug}/q/feel").status_code == 404


def test_a_survey_not_open_yet_says_when_it_opens(client, db, area):
    survey = make_survey(db, area)
    survey.opens_on = uk_today() + timedelta(days=3)
    db.add(survey)
    db.commit()
    page = client.page(f"/surveys/{survey.slug}/")
    assert "This survey is not open yet." in page.text
    assert survey.opens_on.strftime("%-d %B %Y") in page.text
    assert page.soup.select("main form") == []


def test_a_closed_survey_says_so_kindly(client, db, area):
    survey = make_survey(db, area, status=SurveyStatus.CLOSED)
    page = client.page(f"/surveys/{survey.slug}/")
    assert "This survey has closed." in page.text
    assert "Thank you to everyone who answered." in page.text
    assert page.soup.select("main form") == []


def test_a_question_page_without_starting_goes_to_the_start(client, db, area):
    survey = make_survey(db, area, definition=tiny_definition("drop-in"))
    response = client.get(f"/surveys/{survey.slug}/q/feel")
    assert response.headers["Location"] == f"/surveys/{survey.slug}/"
    assert client.get(f"/surveys/{survey.slug}/q/nothing-here").status_code == 404


def test_open_surveys_are_on_the_area_home_page_and_in_the_sitemap(client, db, area):
    open_survey = make_survey(db, area)
    closed = make_survey(db, area, status=SurveyStatus.CLOSED)
    draft = make_survey(db, area, status=SurveyStatus.DRAFT)
    home = client.page(f"/areas/{area.slug}/")
    links = [a["href"] for a in home.soup.select("main a")]
    assert f"/surveys/{open_survey.slug}/" in links
    assert f"/surveys/{closed.slug}/" not in links
    sitemap = client.get("/sitemap.xml").get_data(as_text=True)
    assert f"/surveys/{open_survey.slug}/</loc>" in sitemap
    assert closed.slug not in sitemap and draft.slug not in sitemap


def test_a_survey_edited_before_anyone_answered_shows_its_new_words(client, db, area):
    """An unanswered survey is edited in place (no new version): its pages must not keep
    showing the words read before the edit."""
    from coprod.surveys.definition.library import current_definition, save_definition

    survey = make_survey(db, area, definition=tiny_definition("edited-in-place"))
    assert "The drop-in" in client.page(f"/surveys/{survey.slug}/").h1
    data = survey_to_dict(current_definition(db, survey))
    data["easy_read_title"] = "Our Saturday club"
    save_definition(db, survey, survey_from_dict(data))
    assert "Our Saturday club" in client.page(f"/surveys/{survey.slug}/").h1


def test_respondents_get_the_same_question_page_each_with_their_own_security_token(
        app, client, db, area):
    """The start page and the first sight of a question are kept once rendered; each
    respondent's token is theirs, and closing the survey changes what everyone sees."""
    survey = make_survey(db, area)
    starts = [app.test_client().page(f"/surveys/{survey.slug}/") for _ in range(2)]
    start_tokens = [page.form_data()["csrf_token"] for page in starts]
    assert start_tokens[0] != start_tokens[1]
    assert starts[0].text.replace(start_tokens[0], "") == starts[1].text.replace(
        start_tokens[1], "")
    first = start_survey(client, survey)
    other = app.test_client()
    second = start_survey(other, survey)
    tokens = first.form_data()["csrf_token"], second.form_data()["csrf_token"]
    assert tokens[0] != tokens[1]
    assert first.text.replace(tokens[0], "") == second.text.replace(tokens[1], "")
    assert send(client, first, {"answer": "happy"}).h1 == "Tell us more."
    assert send(other, second, {"answer": "sad"}).h1 == "Tell us more."
    assert sorted(stored_answers(db, r)["feel"] for r in db.exec(
        select(SurveyResponse).where(SurveyResponse.survey_id == survey.id))) == ["happy", "sad"]
    survey.status = SurveyStatus.CLOSED.value
    db.add(survey)
    db.commit()
    assert "closed" in app.test_client().page(f"/surveys/{survey.slug}/").text


def test_each_respondent_thanked_with_their_own_receipt_code(app, db, area):
    """The thank-you page is kept once rendered too: the receipt code on it is always the one
    stored for the response that browser sent, never the last one rendered."""
    survey = make_survey(db, area)
    pages = []
    for feeling in ("happy", "sad"):
        browser = app.test_client()
        page = answer_all(browser, start_survey(browser, survey), [feeling, "", "on_my_own"])
        pages.append(send(browser, page, {}))
    db.expire_all()
    stored = {stored_answers(db, r)["feel"]: r.receipt_code for r in db.exec(
        select(SurveyResponse).where(SurveyResponse.survey_id == survey.id))}
    codes = [RECEIPT.search(page.soup.select_one(".govuk-panel").get_text(" ")).group(0)
             for page in pages]
    assert codes == [stored["happy"], stored["sad"]] and codes[0] != codes[1]
    assert all(f"Your code is {code}." in page.text for code, page in zip(
        codes, pages, strict=True))
    assert pages[0].text.replace(codes[0], "") == pages[1].text.replace(codes[1], "")
