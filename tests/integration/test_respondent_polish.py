"""Issue 18: the respondent's journey, as a young person or a parent would try it: one code
that carries on and deletes, deleting only after "Are you sure?", a question count that never
jumps, pictures and read-aloud on every page, honest thank-you pages with a helpline, and SEND
words explained."""

import re

from sqlmodel import select

from coprod.surveys.definition.survey import answer_options, load_survey_file
from coprod.surveys.models import ResponseStatus, SurveyResponse
from tests.pages import Page
from tests.survey_factories import (
    SURVEYS_DIR,
    answer_all,
    make_survey,
    only_response,
    send,
    start_survey,
    stored_answers,
    tiny_definition,
)

CODE = re.compile(r"\b[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\b")


def _saved_code(client, survey, page):
    """Press "Save and come back later" and read the code it gives."""
    saved = send(client, page, {"answer": "happy", "action": "later"})
    return CODE.search(saved.soup.select_one(".coprod-code").get_text()).group(0)


def _finish(client, page, answers=("happy", "The room was too loud.", "on_my_own")):
    return send(client, answer_all(client, page, list(answers)), {})


def test_young_person_keeps_one_code_to_carry_on_and_to_delete(app, client, db, area):
    survey = make_survey(db, area)
    first = start_survey(client, survey)
    code = _saved_code(client, survey, first)

    other_phone = app.test_client()
    page = other_phone.submit(f"/surveys/{survey.slug}/resume", {"code": code})
    assert page.h1 == "Tell us more."
    done = _finish(other_phone, page, ("The room was too loud.", "on_my_own"))
    assert done.soup.select_one(".govuk-panel").get_text(" ").count(code) == 1
    assert set(CODE.findall(done.text)) == {code}  # no second code anywhere on the page
    assert "receipt" not in done.text.lower()

    again = app.test_client().submit(f"/surveys/{survey.slug}/resume", {"code": code})
    assert again.h1 == "You have sent these answers"
    assert "You can use it to delete your answers." in again.text

    confirm = app.test_client().submit("/surveys/delete-my-answers", {"code": code.lower()})
    assert confirm.h1 == "Are you sure you want to delete your answers?"


def test_young_person_deletes_answers_only_after_confirming(app, client, db, area):
    survey = make_survey(db, area)
    done = _finish(client, start_survey(client, survey))
    code = CODE.search(done.soup.select_one(".govuk-panel").get_text(" ")).group(0)

    confirm = send(client, done, {}, form_selector="main form")  # the "Delete my answers" button
    assert confirm.h1 == "Are you sure you want to delete your answers?"
    assert "You cannot undo this." in confirm.text
    assert "We will delete the words you wrote too." in confirm.text
    # Back to the page with the code on it, not an empty box to type it in again
    back = confirm.soup.select_one(".govuk-back-link")["href"]
    assert back == f"/surveys/{survey.slug}/thank-you"
    assert code in client.page(back).soup.select_one(".govuk-panel").get_text(" ")
    assert only_response(db, survey).status == ResponseStatus.COMPLETE.value  # nothing gone yet

    deleted = send(client, confirm, {})
    assert deleted.h1 == "Your answers are deleted"
    db.expire_all()
    assert db.exec(select(SurveyResponse).where(SurveyResponse.survey_id == survey.id)).all() == []
    assert code not in deleted.text


def test_a_young_person_who_stopped_part_way_deletes_with_the_code_they_were_given(
        app, client, db, area):
    """The save page says the code deletes the answers too; it must, before they finish."""
    survey = make_survey(db, area)
    saved = send(client, start_survey(client, survey), {"answer": "happy", "action": "later"})
    assert "You can use it to delete your answers too." in saved.text
    code = CODE.search(saved.soup.select_one(".coprod-code").get_text()).group(0)

    someone = app.test_client()  # another phone, or the same one a week later
    confirm = someone.submit("/surveys/delete-my-answers", {"code": code})
    assert confirm.h1 == "Are you sure you want to delete your answers?"
    assert confirm.soup.select_one(".govuk-back-link")["href"] == "/surveys/delete-my-answers"
    assert only_response(db, survey).status == ResponseStatus.IN_PROGRESS.value
    deleted = send(someone, confirm, {})
    assert deleted.h1 == "Your answers are deleted"
    db.expire_all()
    assert db.exec(select(SurveyResponse).where(SurveyResponse.survey_id == survey.id)).all() == []
    gone = app.test_client().submit(f"/surveys/{survey.slug}/resume", {"code": code})
    assert "We cannot find answers to carry on with for that code" in gone.text


def test_the_delete_page_names_the_survey_as_the_young_person_saw_it(app, client, db, area):
    survey = make_survey(db, area)  # easy read: "The drop-in", not "How was the drop-in?"
    done = _finish(client, start_survey(client, survey))
    confirm = send(client, done, {}, form_selector="main form")
    assert confirm.soup.select_one(".govuk-caption-l").get_text(strip=True) == "The drop-in"


def test_delete_page_warns_without_a_green_tick_and_has_a_back_link(client):
    page = client.page("/surveys/delete-my-answers")
    assert page.soup.select_one(".govuk-back-link") is not None
    for item in page.soup.select(".coprod-easy-read__item"):
        assert item.select_one("img")["alt"] != "A green tick"


def test_a_wrong_code_on_the_confirm_step_deletes_nothing(app, client, db, area):
    survey = make_survey(db, area)
    _finish(client, start_survey(client, survey))
    someone = app.test_client()
    token = someone.page("/surveys/delete-my-answers").form_data()["csrf_token"]
    page = Page(someone.post("/surveys/delete-my-answers/confirm",
                             data={"code": "K7P4-QX9M", "csrf_token": token},
                             follow_redirects=True))
    assert page.h1 == "Delete my answers"
    assert only_response(db, survey).status == ResponseStatus.COMPLETE.value


def _branching(slug):
    definition = tiny_definition(slug)
    definition["questions"] = [
        {"id": "feel", "type": "faces", "text": "How did you feel?",
         "easy_read_text": "How did you feel?", "required": True},
        {"id": "why_sad", "type": "free_text", "text": "Why were you sad?",
         "easy_read_text": "Why were you sad?", "show_if": {"question": "feel", "equals": "sad"}},
        {"id": "say", "type": "free_text", "text": "Tell us more.",
         "easy_read_text": "Tell us more."},
    ]
    return definition


def test_young_person_sees_a_question_count_that_never_jumps(client, db, area):
    survey = make_survey(db, area, definition=_branching("branching-count"))
    page = start_survey(client, survey)
    counts = [page.soup.select_one(".coprod-progress").get_text(strip=True)]
    for answer in ("sad", "It was loud."):
        page = send(client, page, {"answer": answer})
        counts.append(page.soup.select_one(".coprod-progress").get_text(strip=True))
    assert counts == ["Question 1", "Question 2", "Question 3"]


def test_a_survey_without_branches_counts_honestly_out_of_its_total(client, db, area):
    survey = make_survey(db, area)
    page = start_survey(client, survey)
    assert page.soup.select_one(".coprod-progress").get_text(strip=True) == "Question 1 of 3"
    page = send(client, page, {"answer": "ok"})
    assert page.soup.select_one(".coprod-progress").get_text(strip=True) == "Question 2 of 3"


def _pictured_and_readable(page):
    """Every key sentence has a picture with alt text, and there is a read-aloud control."""
    items = page.soup.select(".coprod-easy-read__item")
    assert items, page.h1
    assert all(item.select_one("img[alt]")["alt"] for item in items), page.h1
    assert page.soup.select_one("button[data-read-aloud]") is not None, page.h1


def test_every_page_of_an_easy_read_journey_has_pictures_and_read_aloud(app, client, db, area):
    survey = make_survey(db, area)
    start = client.page(f"/surveys/{survey.slug}/")
    _pictured_and_readable(start)
    page = start_survey(client, survey)
    saved = send(client, page, {"answer": "happy", "action": "later"})
    _pictured_and_readable(saved)
    _pictured_and_readable(client.page(f"/surveys/{survey.slug}/resume"))
    check = answer_all(client, client.page(f"/surveys/{survey.slug}/q/feel"),
                       ["happy", "", "on_my_own"])
    assert check.h1 == "Check your answers"
    _pictured_and_readable(check)
    done = send(client, check, {})
    _pictured_and_readable(done)
    confirm = send(client, done, {})
    _pictured_and_readable(confirm)
    _pictured_and_readable(send(client, confirm, {}))
    _pictured_and_readable(client.page("/surveys/delete-my-answers"))


def test_thank_you_page_promises_nothing_the_product_does_not_do_and_names_a_helpline(
        client, db, area):
    for template in ("caseworker", "send-experience", "preparing-for-adulthood"):
        survey = make_survey(db, area, template=template)
        start = client.page(f"/surveys/{survey.slug}/")
        assert "website" not in start.text and "by email" not in start.text
        assert "Childline free on 0800 1111" in start.text


def test_an_area_can_name_its_own_helpline(client, db, area):
    area.helpline_name, area.helpline_phone = "Northvale Youth Line", "0300 123 4567"
    db.add(area)
    db.commit()
    survey = make_survey(db, area)
    done = _finish(client, start_survey(client, survey))
    assert "Or call Northvale Youth Line on 0300 123 4567." in done.text  # 0300 is not free
    board = done.soup.find("a", string="You said, we did")["href"]
    assert board == "/you-said-we-did/easy-read"  # the home area's board at its short address
    assert "Childline" not in done.text


def test_ticking_i_dont_understand_and_typing_keeps_both_on_the_error_page(client, db, area):
    survey = make_survey(db, area)
    page = send(client, start_survey(client, survey), {"answer": "ok"})
    page = send(client, page, {"answer": "Too loud", "dont_understand": "y"})
    assert page.status == 400
    assert page.errors == ["Write your answer, or select ‘I don’t understand’, not both"]
    assert page.soup.select_one("textarea#answer").text.strip() == "Too loud"
    assert page.soup.select_one("input[name=dont_understand]").has_attr("checked")
    assert stored_answers(db, only_response(db, survey)) == {"feel": "ok"}


def test_parent_can_say_not_applicable_and_sees_send_words_explained(client, db, area):
    survey = make_survey(db, area, template="send-experience")
    start_survey(client, survey)
    page = client.page(f"/surveys/{survey.slug}/q/clear-information")
    details = page.soup.select_one(".govuk-details")
    assert details.select_one(".govuk-details__summary-text").get_text(strip=True) == (
        "What these words mean")
    terms = [dt.get_text(strip=True) for dt in details.select("dt")]
    assert terms == ["SEND", "Local Offer", "SENDIASS"]
    annual_review = next(q for q in load_survey_file(SURVEYS_DIR / "send-experience.yaml")
                         .questions if q.id == "annual_review")
    assert "Neither" not in annual_review.hint and "Not applicable" in annual_review.hint
    assert "Not applicable" in [o.label for o in answer_options(annual_review)]


def test_agreement_and_faces_answers_each_have_their_own_labelled_picture(client, db, area):
    from coprod.surveys.definition.survey import survey_from_dict
    from coprod.surveys.definition.symbols import alt_text

    question = survey_from_dict(tiny_definition("pics")).questions[0]
    agreement = [{"id": "a", "type": "agreement", "text": "It helped.",
                  "easy_read_text": "It helped.", "offer_not_applicable": True}]
    defn = tiny_definition("pics-agree")
    defn["questions"] = agreement
    agree_q = survey_from_dict(defn).questions[0]
    for q in (question, agree_q):
        symbols = [option.symbol for option in answer_options(q)]
        assert len(set(symbols)) == len(symbols), symbols
        assert all(alt_text(symbol) for symbol in symbols)
    assert [o.label for o in answer_options(agree_q)][-2:] == [
        "Not applicable", "I don't understand"]


def test_every_code_box_says_what_a_code_looks_like_to_a_screen_reader(client):
    """The example sits in the box's hint, read out with the label when the box is reached."""
    for url in ("/surveys/delete-my-answers", "/you-said-we-did/what-happened"):
        page = client.page(url)
        box = page.soup.select_one("input#code")
        described = [page.soup.select_one(f"#{i}") for i in box["aria-describedby"].split()]
        assert any("K7P4-QX9M" in hint.get_text() for hint in described), url


def test_a_comment_from_a_survey_names_the_survey_and_question_in_words(
        client, db, area, signed_in):
    from coprod.areas.models import Role
    from coprod.voice.models import Comment

    survey = make_survey(db, area)
    _finish(client, start_survey(client, survey))
    comment = db.exec(select(Comment).where(Comment.area_id == area.id)).one()
    page = signed_in(Role.OFFICER).page(f"/staff/voice/{comment.id}")
    rows = {row.select_one("dt").get_text(strip=True): row.select_one("dd").get_text(strip=True)
            for row in page.soup.select(".govuk-summary-list__row")}
    assert rows["Survey"] == "The drop-in"
    assert rows["Question answered"] == "Tell us more."
    assert "say" not in rows.values() and str(comment.survey_response_id) not in rows.values()


def _writing_box(client, survey):
    """The free-text question's page, after the first question is answered."""
    page = send(client, start_survey(client, survey), {"answer": "happy"})
    box = page.soup.select_one(".govuk-character-count")
    return box.select_one(".govuk-character-count__message").get_text(" ", strip=True), box


def test_the_easy_read_writing_box_says_its_limit_in_plain_words(client, db, area):
    """A young person reads "letters and spaces", never "characters", and the limit as 1,000;
    the hint no longer promises "as much as you like" above a limit."""
    definition = tiny_definition("plain-limit")
    definition["questions"][1]["max_chars"] = 1000
    message, box = _writing_box(client, make_survey(db, area, definition=definition))
    assert message == "You can write up to 1,000 letters and spaces"
    # what the page says while typing, with JavaScript, in the same plain words
    assert "letters and spaces" in box["data-i18n.characters-under-limit.other"]
    said = [box.get_text(" "), *(v for k, v in box.attrs.items() if k.startswith("data-i18n"))]
    assert not any("character" in words for words in said)
    assert not any("as much or as little" in q.hint for q in load_survey_file(
        SURVEYS_DIR / "preparing-for-adulthood.yaml").questions if q.hint)


def test_the_standard_writing_box_gives_its_limit_with_a_thousands_comma(client, db, area):
    definition = tiny_definition("standard-limit", easy_read=False)
    definition["questions"][1]["max_chars"] = 1000
    message, _ = _writing_box(client, make_survey(db, area, definition=definition))
    assert message == "You can write up to 1,000 characters"
