"""Issue 18: dates read the GOV.UK way in any language Babel knows, plurals are right ("found 1
thing"), and the words built in Python (the easy-read checker, chart alt text, the question
count) are marked so `pybabel extract` hands them to translators."""

import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from babel.messages.pofile import read_po

from coprod.common.i18n import govuk_date, govuk_day

ROOT = Path(__file__).resolve().parents[2]


def test_dates_read_the_govuk_way(app):
    with app.test_request_context():
        assert govuk_date(date(2025, 3, 4)) == "4 March 2025"
        assert govuk_day(date(2025, 3, 14)) == "Friday 14 March 2025"
        # 23:30 UTC on 31 March is already 1 April in England (summer time).
        assert govuk_date(datetime(2025, 3, 31, 23, 30, tzinfo=UTC)) == "1 April 2025"
        assert govuk_date(None) == ""


def test_pybabel_extract_finds_the_messages_built_in_python(tmp_path):
    out = tmp_path / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F",
                    str(ROOT / "babel.cfg"), "-k", "_l", "-o", str(out), "."],
                   cwd=ROOT, check=True, capture_output=True)
    with out.open("rb") as handle:
        catalogue = read_po(handle)
    ids = {message.id if isinstance(message.id, str) else message.id[0]
           for message in catalogue if message.id}
    for wanted in (
            'This sentence has %(count)d words: use 15 or fewer. "%(sentence)s"',
            'Explain "%(term)s" in plain words where it appears, like: %(example)s',
            "Bar chart for “%(question)s”: nobody has answered yet.",
            "Question %(number)d",
            "Closing date must be today or in the future",
            "The checker found %(num)d thing to look at again.",
            "Are you sure you want to delete your answers?"):
        assert wanted in ids, wanted


def test_the_checker_says_found_1_thing(signed_in, db, area):
    from coprod.areas.models import Role
    from tests.survey_factories import make_survey, tiny_definition

    definition = tiny_definition("one-warning")
    definition["questions"][0]["symbol"] = "eyes"
    definition["questions"][1]["symbol"] = "speech"
    definition["questions"][1]["easy_read_text"] = "Tell us more about the SENCO."
    survey = make_survey(db, area, definition=definition)
    page = signed_in(Role.OFFICER).page(f"/staff/surveys/{survey.id}")
    assert "The checker found 1 thing to look at again." in page.text
    assert "1 things" not in page.text
