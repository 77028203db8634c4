"""Importing a charter: the command, refusing a bad file with nothing stored, and versions
with "what changed and why"."""

from pathlib import Path

from sqlmodel import select

from coprod.charters import services
from coprod.charters.files import CHARTERS_DIR, CharterFileError, parse_charter
from coprod.charters.models import Charter, CharterVersion
from coprod.cli import main

MODEL = (CHARTERS_DIR / "model-charter.yaml").read_text()


def _import(db, area, text, name="model-charter.yaml"):
    return services.import_charter(db, area.id, parse_charter(text, name))


def test_a_new_charter_is_version_1(db, area):
    done = _import(db, area, MODEL)
    assert (done.outcome, done.version.number) == ("created", 1)
    assert services.area_charter_text(db, area.id).title == (
        "Working together: our co-production charter")


def test_the_same_file_again_changes_nothing(db, area):
    _import(db, area, MODEL)
    again = _import(db, area, MODEL)
    assert (again.outcome, again.version.number) == ("unchanged", 1)
    assert len(db.exec(select(CharterVersion)).all()) == 1


def test_a_changed_charter_needs_what_changed_and_why(db, area):
    _import(db, area, MODEL)
    changed = MODEL.replace("review_on: 2027-06-30", "review_on: 2027-09-30")
    try:
        _import(db, area, changed)
    except CharterFileError as error:
        assert error.field == "what_changed" and "different from version 1" in error.message
    else:
        raise AssertionError("a changed charter with no 'what changed' was stored")
    assert services.area_charter_text(db, area.id).review_on.month == 6


def test_a_changed_charter_with_its_reason_is_a_new_version(db, area):
    _import(db, area, MODEL)
    changed = MODEL.replace("review_on: 2027-06-30", "review_on: 2027-09-30") + (
        "what_changed: Review moved to September, after the forum's summer survey.\n")
    done = _import(db, area, changed)
    assert (done.outcome, done.version.number) == ("new version", 2)
    charter = db.exec(select(Charter).where(Charter.area_id == area.id)).one()
    history = services.versions(db, charter)
    assert [(v.number, v.what_changed) for v in history] == [
        (2, "Review moved to September, after the forum's summer survey."), (1, "")]
    assert services.area_charter_text(db, area.id).review_on.month == 9


def test_the_command_imports_and_refuses_with_file_line_and_field(app, db, area, tmp_path):
    runner = app.test_cli_runner()
    good = runner.invoke(main, ["import-charter", str(CHARTERS_DIR / "model-charter.yaml"),
                                "--area", area.slug])
    assert good.exit_code == 0, good.output
    assert "created (version 1)" in good.output
    bad = Path(tmp_path) / "ours.yaml"
    bad.write_text(MODEL.replace("symbol: book", "symbol: bok"))
    refused = runner.invoke(main, ["import-charter", str(bad), "--area", area.slug])
    assert refused.exit_code == 1
    assert "Nothing was imported" in refused.output
    assert "ours.yaml, line 63, principles[2].easy_read.symbol: symbol 'bok'" in refused.output
