"""Issue 18: every message a person reads that is built in Python (parsing pasted comments,
CSV and survey-file imports, the builder, the easy-read checker, chart alt text, the safeguarding
moves, the audit log) is marked for translation, so Babel's extraction hands it to
translators; and the marked messages still work outside a request (a command, a job)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg

from coprod.common.csv_files import CsvFileError, csv_text
from coprod.surveys.definition.survey import SurveyFileError, survey_from_dict
from coprod.voice.parsing import parse_csv, pasted_comments

ROOT = Path(__file__).resolve().parents[2]
# A sample from each place that builds messages in Python.
WANTED = {
    "coprod/voice/parsing.py": ["%(file)s, row %(number)d, column %(column)s: %(message)s",
                                "enter the date it was said", "Lines %(listed)s and %(last)d"],
    "coprod/common/csv_files.py": ["In Excel, choose 'Save as' and then 'CSV UTF-8'"],
    "coprod/surveys/staff/response_import.py": [
        "'channel': '%(cell)s' is not a channel: use paper, phone or event"],
    "coprod/surveys/definition/messages.py": ["Enter %(what)s", "the survey's title",
                                              "%(name)s must be %(limit)s characters or fewer"],
    "coprod/surveys/definition/rules.py": ["There is no question with the id '%(id)s'"],
    "coprod/surveys/builder/edits.py": ["Enter at least 2 answers, one on each line"],
    "coprod/surveys/easy_read/checker.py": [
        'This sentence has %(count)d words: use 15 or fewer. "%(sentence)s"'],
    "coprod/surveys/results/charts.py": [
        "Bar chart for “%(question)s”: nobody has answered yet.",
        ". %(count)d more said “Not applicable”, not counted in the percentages"],
    "coprod/charters/files.py": ["key '%(key)s' is used twice: give each principle its own key"],
    "coprod/analysis/flags.py": ["Select who is looking into it"],
    "coprod/voice/area_codebooks.py": ["There is already a theme called '%(name)s'"],
    "coprod/areas/audit_words.py": ["the %(kind)s '%(label)s'"],
    "coprod/events/services.py": ["You can add what was heard once the event has happened"],
    "coprod/yousaid/measures.py": ["There are no items yet."],
}


def _extracted() -> dict[str, set[str]]:
    """What Babel's extraction finds in coprod/, by file, with the project's babel.cfg (the
    Python part; `_l` is Flask-Babel's lazy_gettext, as `pybabel extract -k _l` is told)."""
    with (ROOT / "babel.cfg").open() as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    python_only = [(pattern, method) for pattern, method in method_map if method == "python"]
    keywords = {**DEFAULT_KEYWORDS, "_l": None, "lazy_gettext": None}
    found: dict[str, set[str]] = {}
    for filename, _line, message, _comments, _context in extract_from_dir(
            str(ROOT), python_only, options_map, keywords=keywords):
        first = message[0] if isinstance(message, tuple) else message
        found.setdefault(filename, set()).add(first)
    return found


def test_babel_extraction_finds_the_messages_built_in_python():
    found = _extracted()
    missing = {path: [m for m in messages if m not in found.get(path, set())]
               for path, messages in WANTED.items()}
    assert {path: m for path, m in missing.items() if m} == {}


def test_messages_work_outside_a_request_and_outside_the_app():
    parsed = parse_csv(b"text,group,channel,said_on\nToo long a wait,parent_carer,fax,"
                       b"2025-03-14\n", date(2026, 1, 1), "comments.csv")
    [error] = parsed.errors
    assert error.startswith("comments.csv, row 2, column channel: 'fax' is not "
                            "recognised: use one of ")
    assert "social_media" in error
    long_lines = pasted_comments("ok\n" + "x" * 5001 + "\n" + "y" * 5001, "parent_carer",
                                 "email", date(2026, 1, 1))
    assert long_lines.errors == ["Lines 2 and 3 must be 5,000 characters or fewer"]
    with pytest.raises(CsvFileError, match="In Excel, choose 'Save as' and then 'CSV UTF-8'"):
        csv_text(b"\xff\xfet\x00e\x00")
    with pytest.raises(SurveyFileError) as refused:
        survey_from_dict({"slug": "x"})
    assert any("Enter the survey's title" in line for line in refused.value.lines())


def test_messages_work_in_a_command_inside_the_app(app):
    with app.app_context():
        parsed = pasted_comments("x" * 5001, "parent_carer", "email", date(2026, 1, 1))
    assert parsed.errors == ["Line 1 must be 5,000 characters or fewer"]
