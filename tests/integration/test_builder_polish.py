"""Issue 18: a forum volunteer building a consultation is not surprised: hints keep their lines,
dates are checked before publishing, copies get their own titles, the question editor shows the
settings of the chosen type with their values, and closing asks first."""

from datetime import timedelta

from coprod.areas.models import Role
from coprod.surveys.definition import library
from coprod.surveys.models import SurveyStatus
from coprod.surveys.staff import publishing
from tests.survey_factories import make_survey, tiny_definition


def test_forum_volunteer_writes_a_two_line_hint_and_respondents_see_two_lines(
        signed_in, client, db, area):
    survey = make_survey(db, area, definition=tiny_definition("hint-lines", easy_read=False))
    forum = signed_in(Role.FORUM)
    editor = forum.page(f"/staff/surveys/{survey.id}/questions/say")
    assert editor.soup.select_one("textarea[name=hint]") is not None
    page = forum.submit(f"/staff/surveys/{survey.id}/questions/say", {
        "hint": "Think about your plan.\nYou can write as much as you like."})
    assert page.status == 200, page.errors
    question = library.current_definition(db, survey).question("say")
    assert question.hint == "Think about your plan.\nYou can write as much as you like."
    shown = forum.page(f"/staff/surveys/{survey.id}/questions/say")
    assert shown.soup.select_one("textarea[name=hint]").text.strip() == question.hint


def test_publishing_with_a_closing_date_in_the_past_is_refused(signed_in, db, area):
    survey = make_survey(db, area, status=SurveyStatus.DRAFT)
    yesterday = publishing.uk_today() - timedelta(days=1)
    page = signed_in(Role.OFFICER).submit(f"/staff/surveys/{survey.id}/publish", {
        "closes_on": [str(yesterday.day), str(yesterday.month), str(yesterday.year)]})
    assert page.status == 400
    assert page.errors == ["Closing date must be today or in the future"]
    assert page.title.startswith("Error:")
    db.refresh(survey)
    assert survey.status == SurveyStatus.DRAFT


def test_a_template_copy_needs_a_title_no_other_survey_has(signed_in, db, area):
    make_survey(db, area, template="caseworker")
    officer = signed_in(Role.OFFICER)
    page = officer.submit("/staff/surveys/new", {"start": "caseworker"})
    assert page.errors == ["Enter a title for the survey"]
    page = officer.submit("/staff/surveys/new", {
        "start": "caseworker", "title": " what makes a good SEN caseworker? "})
    assert page.errors == ["Your area already has a survey called ‘what makes a good SEN "
                           "caseworker?’. Enter a different title"]


def test_question_editor_shows_only_its_types_settings_with_their_values(signed_in, db, area):
    survey = make_survey(db, area, definition=tiny_definition("editor", easy_read=False))
    officer = signed_in(Role.OFFICER)
    free_text = officer.page(f"/staff/surveys/{survey.id}/questions/say")
    assert free_text.soup.select_one("input[name=max_chars]")["value"] == "200"
    assert free_text.soup.select("input[name=faces]") == []
    assert free_text.soup.select("input[name=subtype]") == []
    faces = officer.page(f"/staff/surveys/{survey.id}/questions/feel")
    assert faces.soup.select_one("input[name=faces][value='3']").has_attr("checked")
    assert faces.soup.select_one("input[name=max_chars]") is None


def test_a_default_character_limit_is_shown_not_blank(signed_in, db, area):
    definition = tiny_definition("default-limit", easy_read=False)
    del definition["questions"][1]["max_chars"]
    survey = make_survey(db, area, definition=definition)
    page = signed_in(Role.OFFICER).page(f"/staff/surveys/{survey.id}/questions/say")
    assert page.soup.select_one("input[name=max_chars]")["value"] == "1000"


def test_csv_export_has_the_words_people_chose_and_codes_in_a_second_file(signed_in, db, area):
    import csv
    import io

    from tests.survey_results_helpers import add_response

    survey = make_survey(db, area, definition=tiny_definition("csv-words", easy_read=False))
    add_response(db, survey, {"feel": "sad", "say": "Too loud"})
    officer = signed_in(Role.OFFICER)
    results = officer.page(f"/staff/surveys/{survey.id}/results")
    links = {a.get_text(strip=True): a["href"] for a in results.soup.select("main a[download]")}
    words = officer.get(links["Download responses as CSV (for Excel)"])
    codes = officer.get(links["Download responses as CSV with answer codes (for analysts)"])
    [row] = csv.DictReader(io.StringIO(words.data.decode("utf-8-sig")))
    assert (row["feel"], row["say"]) == ("Sad", "Too loud")
    [row] = csv.DictReader(io.StringIO(codes.data.decode("utf-8-sig")))
    assert (row["feel"], row["say"]) == ("sad", "Too loud")


def test_survey_list_and_results_count_the_same_responses_and_say_what_they_count(
        signed_in, db, area):
    from coprod.surveys.models import ResponseStatus
    from tests.survey_results_helpers import add_response

    survey = make_survey(db, area, definition=tiny_definition("counts", easy_read=False))
    add_response(db, survey, {"feel": "happy"})
    add_response(db, survey, {"feel": "sad"}, status=ResponseStatus.PARTIAL)
    add_response(db, survey, {"feel": "ok"}, status=ResponseStatus.IN_PROGRESS)
    officer = signed_in(Role.OFFICER)
    listing = officer.page("/staff/surveys/")
    row = listing.soup.find("a", string=survey.title).find_parent("tr")
    assert row.select("td")[-1].get_text(strip=True) == "2"
    assert "People still answering are not counted." in listing.text
    results = officer.page(f"/staff/surveys/{survey.id}/results")
    assert results.soup.select_one("#response-count").get_text(strip=True) == "2 responses."


def test_the_overview_says_every_question_has_a_picture_only_when_the_check_agrees(
        signed_in, db, area):
    """It said so of every easy-read survey, beside a check asking for a missing picture."""
    admin = signed_in(Role.ADMIN)

    def easy_read_row(definition):
        page = admin.page(f"/staff/surveys/{make_survey(db, area, definition=definition).id}")
        said = page.soup.find("dt", string=lambda t: t and t.strip() == "Easy read")
        return page.text, said.find_next_sibling("dd").get_text(" ", strip=True)

    text, value = easy_read_row(tiny_definition("no-picture"))  # its questions have no picture
    assert "Put a picture beside this question" in text
    assert value == "Yes, with things to fix: see the easy-read check below"
    pictured = tiny_definition("pictured")
    pictured["questions"][0]["symbol"] = "happy"
    pictured["questions"][1]["symbol"] = "write"
    text, value = easy_read_row(pictured)
    assert "Put a picture beside" not in text
    assert value == "Yes: every question has easy-read words and a picture"


def test_the_picture_list_says_what_each_picture_shows_in_words(signed_in, db, area):
    admin = signed_in(Role.ADMIN)
    survey = make_survey(db, area, definition=tiny_definition("pictures"),
                         status=SurveyStatus.DRAFT)
    page = admin.page(f"/staff/surveys/{survey.id}/questions/say")
    options = [o.get_text(strip=True) for o in page.soup.select("select#symbol option")]
    assert options[0] == "No picture"
    assert not any("_" in o for o in options), "internal names such as agree_a_lot"
    assert options[1:] == sorted(options[1:], key=str.casefold)
