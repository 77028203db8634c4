"""Importing survey files (command line and upload) and paper responses (CSV): all or nothing,
with every problem named by its place."""

from __future__ import annotations

import io
import textwrap

import yaml
from sqlmodel import func, select

from coprod.areas.models import Role
from coprod.cli import main
from coprod.surveys.definition import library
from coprod.surveys.models import Channel, Survey, SurveyAnswer, SurveyResponse, SurveyVersion
from tests.pages import Page
from tests.survey_factories import SURVEYS_DIR, make_survey, tiny_definition
from tests.survey_results_helpers import add_response

BAD_SURVEY = textwrap.dedent("""\
    slug: bad-survey
    title: A survey with a mistake
    easy_read_title: A survey
    audience: young_people
    easy_read: false
    purpose: We want to know what you think.
    minutes: 2
    who_sees_answers: Our team sees them.
    what_happens_next: We will read every answer.
    questions:
      - id: feel
        type: scale
        text: How do you feel?
    """)


def _count(db, model) -> int:
    return db.exec(select(func.count()).select_from(model)).one()


def _write(tmp_path, name: str, data: dict | str):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data), encoding="utf-8")
    return path


def test_import_survey_command_imports_a_file_into_the_area(app, db, area, tmp_path):
    path = _write(tmp_path, "drop-in.yaml", tiny_definition("drop-in"))
    result = app.test_cli_runner().invoke(main, ["import-survey", str(path), "--area", area.slug])
    assert result.exit_code == 0, result.output
    assert "Imported drop-in (version 1)" in result.output
    survey = db.exec(select(Survey).where(Survey.slug == "drop-in")).one()
    assert survey.area_id == area.id


def test_an_invalid_survey_file_is_refused_with_file_line_and_field(app, db, area, tmp_path):
    path = _write(tmp_path, "bad.yaml", BAD_SURVEY)
    before = _count(db, Survey)
    result = app.test_cli_runner().invoke(main, ["import-survey", str(path), "--area", area.slug])
    assert result.exit_code == 1
    assert "Nothing was imported" in result.output
    assert "bad.yaml, line 12, questions[0].type" in result.output
    assert _count(db, Survey) == before


def test_uploading_an_invalid_file_lists_its_problems_and_imports_nothing(signed_in, db):
    before = _count(db, Survey)
    officer = signed_in(Role.OFFICER)
    page = officer.page("/staff/surveys/upload")
    data = {**page.form_data(), "file": (io.BytesIO(BAD_SURVEY.encode()), "bad.yaml")}
    refused = Page(officer.post("/staff/surveys/upload", data=data,
                                content_type="multipart/form-data"))
    assert refused.status == 400
    assert refused.title.startswith("Error:")
    assert any(e.startswith("bad.yaml, line 12, questions[0].type") for e in refused.errors)
    assert _count(db, Survey) == before


def test_uploading_a_good_file_makes_a_draft(signed_in, db, area):
    officer = signed_in(Role.FORUM)
    page = officer.page("/staff/surveys/upload")
    text = (SURVEYS_DIR / "caseworker.yaml").read_bytes()
    data = {**page.form_data(), "file": (io.BytesIO(text), "caseworker.yaml")}
    done = Page(officer.post("/staff/surveys/upload", data=data, follow_redirects=True,
                             content_type="multipart/form-data"))
    assert "Survey imported as a draft." in done.text
    assert db.exec(select(Survey).where(Survey.area_id == area.id)).one().slug == "caseworker"


def test_reimporting_a_changed_survey_makes_version_2_and_old_responses_keep_version_1(
        app, db, area, tmp_path):
    definition = tiny_definition("drop-in")
    runner = app.test_cli_runner()
    runner.invoke(main, ["import-survey", str(_write(tmp_path, "a.yaml", definition)),
                         "--area", area.slug])
    survey = db.exec(select(Survey).where(Survey.slug == "drop-in")).one()
    first = add_response(db, survey, {"feel": "happy", "say": "It was good"})
    definition["questions"][1]["text"] = "What else would you like to say?"
    result = runner.invoke(main, ["import-survey", str(_write(tmp_path, "b.yaml", definition)),
                                  "--area", area.slug])
    assert "Updated drop-in (version 2)" in result.output
    versions = db.exec(select(SurveyVersion).where(SurveyVersion.survey_id == survey.id)
                       .order_by(SurveyVersion.number)).all()
    assert [v.number for v in versions] == [1, 2]
    db.refresh(first)
    assert first.version_id == versions[0].id
    second = add_response(db, survey, {"feel": "ok"})
    assert second.version_id == versions[1].id


def test_reimporting_without_responses_replaces_the_version_in_place(db, area):
    defn = library.load_survey_text(yaml.safe_dump(tiny_definition("no-answers-yet")))
    library.import_definition(db, area.id, defn)
    done = library.import_definition(db, area.id, defn)
    assert (done.created, done.new_version, done.version.number) == (False, False, 1)


def test_a_slug_used_in_another_area_is_refused(db, area):
    from tests import factories

    other = factories.make_area(db)
    make_survey(db, other, definition=tiny_definition("taken"))
    defn = library.load_survey_text(yaml.safe_dump(tiny_definition("taken")))
    try:
        library.import_definition(db, area.id, defn, filename="taken.yaml")
    except library.SurveyFileError as error:
        assert error.field == "slug"
    else:
        raise AssertionError("expected the slug to be refused")


def test_check_survey_command_exits_1_with_warnings_and_0_when_clean(app, tmp_path):
    runner = app.test_cli_runner()
    clean = runner.invoke(main, ["check-survey", str(SURVEYS_DIR / "event-feedback.yaml")])
    assert clean.exit_code == 0, clean.output
    definition = tiny_definition("wordy")
    definition["questions"][1]["easy_read_text"] = "Tell us about three things and your EHCP."
    warned = runner.invoke(main, ["check-survey", str(_write(tmp_path, "wordy.yaml", definition))])
    assert warned.exit_code == 1
    assert "wordy.yaml, line" in warned.output and "(number-words)" in warned.output
    broken = runner.invoke(main, ["check-survey", str(_write(tmp_path, "bad.yaml", BAD_SURVEY))])
    assert broken.exit_code == 1 and "questions[0].type" in broken.output


# --- paper responses from CSV ------------------------------------------------------------------

def _upload_csv(client, survey, text: str):
    url = f"/staff/surveys/{survey.id}/import-responses"
    page = client.page(url)
    data = {**page.form_data(), "file": (io.BytesIO(text.encode("utf-8")), "paper.csv")}
    return Page(client.post(url, data=data, follow_redirects=True,
                            content_type="multipart/form-data"))


def test_paper_responses_are_imported_from_csv(signed_in, db, area):
    survey = make_survey(db, area)
    text = ("feel,say,date,helped\r\n"
            "happy,Cafe was great 😊,2026-03-14,family_helped\r\n"
            "Sad,بطيء جدا,14/03/2026,\r\n")
    page = _upload_csv(signed_in(Role.OFFICER), survey, text)
    assert "2 responses imported." in page.text
    responses = db.exec(select(SurveyResponse).where(SurveyResponse.survey_id == survey.id)
                        .order_by(SurveyResponse.id)).all()
    assert [r.channel for r in responses] == [Channel.PAPER, Channel.PAPER]
    assert responses[0].helped == "family_helped"
    answers = db.exec(select(SurveyAnswer).where(SurveyAnswer.response_id == responses[1].id)
                      .order_by(SurveyAnswer.question_id)).all()
    assert [(a.question_id, a.value) for a in answers] == [("feel", "sad"), ("say", "بطيء جدا")]


def test_bad_csv_rows_are_listed_by_row_and_column_and_nothing_is_imported(signed_in, db, area):
    survey = make_survey(db, area)
    text = ("feel,say,date\n"
            "happy,Fine,2026-03-14\n"
            "ecstatic,Great,2026-03-14\n"
            ",No face chosen,2026-03-14\n"
            "ok,Bad date,31/02/2026\n")
    page = _upload_csv(signed_in(Role.OFFICER), survey, text)
    assert page.status == 400
    assert page.title.startswith("Error:")
    assert page.errors == [
        "paper.csv, row 3, column 'feel': 'ecstatic' is not an answer to this question: "
        "choose from happy, ok, sad, dont_understand",
        "paper.csv, row 4, column 'feel': enter an answer, this question must be answered",
        "paper.csv, row 5, column 'date': '31/02/2026' is not a real date: write it like "
        "2026-03-14 or 14/03/2026",
    ]
    assert db.exec(select(SurveyResponse).where(SurveyResponse.survey_id == survey.id)).all() == []


def test_a_csv_with_an_unknown_column_is_refused(signed_in, db, area):
    survey = make_survey(db, area)
    page = _upload_csv(signed_in(Role.FORUM), survey, "feel,favourite_colour\nhappy,blue\n")
    assert page.status == 400
    assert page.errors[0].startswith("paper.csv: Column 'favourite_colour' is not a question in "
                                     "this survey")
