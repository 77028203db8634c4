"""Issue 11.2: a hostile survey file (a "billion laughs" of aliases, values nested thousands
deep, or a NUL character: a 500 before) is refused at once with a message that says what is
wrong, by the upload page and by `coprod check-survey`, and nothing is imported. Before:
148-167 s of CPU holding SQLite's write lock, and a RecursionError 500."""

import io
import time

import pytest
from sqlmodel import func, select

from coprod.areas.models import Role
from coprod.cli import main
from coprod.surveys.models import Survey
from tests.pages import Page

LAUGHS = "\n".join(["a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]"] + [
    f"{b}: &{b} [{','.join(['*' + a] * 9)}]" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
]) + "\n"
DEEP = "slug: deep\nquestions: " + "[" * 5000 + "]" * 5000 + "\n"
NUL = "slug: nul\ntitle: Short breaks\x00\n"  # found by tests/integration/test_fuzz_forms.py
CASES = [("laughs.yaml", LAUGHS, "line 2", "cannot use aliases"),
         ("deep.yaml", DEEP, "line 2", "nested more than 32 deep"),
         ("nul.yaml", NUL, "line 2", "hidden control character (U+0000)")]


@pytest.mark.parametrize(("name", "text", "line", "message"), CASES)
def test_a_hostile_survey_upload_is_refused_at_once(signed_in, db, name, text, line, message):
    before = db.exec(select(func.count()).select_from(Survey)).one()
    officer = signed_in(Role.OFFICER)
    page = officer.page("/staff/surveys/upload")
    data = {**page.form_data(), "file": (io.BytesIO(text.encode()), name)}
    started = time.monotonic()
    refused = Page(officer.post("/staff/surveys/upload", data=data,
                                content_type="multipart/form-data"))
    assert time.monotonic() - started < 5
    assert refused.status == 400
    assert [e for e in refused.errors if e.startswith(f"{name}, {line}") and message in e]
    assert db.exec(select(func.count()).select_from(Survey)).one() == before


@pytest.mark.parametrize(("name", "text", "line", "message"), CASES)
def test_check_survey_refuses_a_hostile_file_at_once(app, tmp_path, name, text, line, message):
    path = tmp_path / name
    path.write_text(text)
    started = time.monotonic()
    result = app.test_cli_runner().invoke(main, ["check-survey", str(path)])
    assert time.monotonic() - started < 5
    assert result.exit_code == 1
    assert f"{name}, {line}" in result.output and message in result.output


def test_an_oversized_survey_file_is_refused(app, tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text("slug: big\n# " + "x" * 600_000 + "\n")
    result = app.test_cli_runner().invoke(main, ["check-survey", str(path)])
    assert result.exit_code == 1
    assert "The file must be 512 KB or smaller" in result.output
