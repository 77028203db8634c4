"""Every easy-read picture the surveys use exists in Twemoji and is copied by the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from coprod.surveys.definition.survey import (
    ABOUT_YOU_OPTIONS,
    AGREEMENT,
    DONT_UNDERSTAND_OPTION,
    FACES_5,
    HELPED_QUESTION,
    PREFER_NOT_TO_SAY_OPTION,
    YES_NO_NOT_SURE,
    load_survey_file,
    shipped_survey_files,
)
from coprod.surveys.definition.symbols import (
    alt_text,
    copy_symbols,
    load_symbols,
    missing_files,
    symbols_credit,
)

NODE_MODULES = Path(__file__).resolve().parents[3] / "node_modules"
needs_npm = pytest.mark.skipif(
    not (NODE_MODULES / "@twemoji" / "svg").is_dir(), reason="npm packages are not installed"
)


def used_symbols() -> set[str]:
    """Symbols named by the shipped templates and by the answers the app adds."""
    options = [*FACES_5, *YES_NO_NOT_SURE, *AGREEMENT, DONT_UNDERSTAND_OPTION]
    options += [PREFER_NOT_TO_SAY_OPTION, *HELPED_QUESTION.options]
    options += [option for group in ABOUT_YOU_OPTIONS.values() for option in group]
    names = {option.symbol for option in options} | {HELPED_QUESTION.symbol}
    for path in shipped_survey_files():
        for question in load_survey_file(path).questions:
            names |= {question.symbol} | {option.symbol for option in question.options}
    return {name for name in names if name}


def test_every_symbol_used_is_in_the_catalogue() -> None:
    assert used_symbols() <= set(load_symbols())


def test_every_symbol_has_plain_alt_text() -> None:
    for symbol in load_symbols().values():
        assert symbol.alt.strip(), symbol.name
        assert symbol.file.endswith(".svg"), symbol.name


def test_a_survey_can_give_its_own_alt_text() -> None:
    assert alt_text("bus") == "A bus"
    assert alt_text("bus", "The number 7 bus to college") == "The number 7 bus to college"
    assert alt_text("no_such_symbol") == ""


def test_the_credit_names_the_licence() -> None:
    assert "Twemoji" in symbols_credit()
    assert "CC BY 4.0" in symbols_credit()


@needs_npm
def test_every_mapped_file_exists_in_the_twemoji_package() -> None:
    assert missing_files(NODE_MODULES) == []


@needs_npm
def test_the_build_copies_only_the_catalogued_symbols_by_name(tmp_path: Path) -> None:
    copied = copy_symbols(NODE_MODULES, tmp_path / "symbols")
    written = sorted(path.name for path in (tmp_path / "symbols").iterdir())
    assert copied == len(load_symbols()) == len(written)
    assert written == sorted(f"{name}.svg" for name in load_symbols())
    happy = (tmp_path / "symbols" / "happy.svg").read_bytes()
    assert happy == (NODE_MODULES / "@twemoji" / "svg" / "1f642.svg").read_bytes()


@needs_npm
def test_the_build_can_copy_just_some_symbols(tmp_path: Path) -> None:
    assert copy_symbols(NODE_MODULES, tmp_path, ["happy", "sad"]) == 2
    assert sorted(path.name for path in tmp_path.iterdir()) == ["happy.svg", "sad.svg"]


def test_copying_an_unknown_symbol_or_a_missing_package_fails_loudly(tmp_path: Path) -> None:
    with pytest.raises(KeyError):
        copy_symbols(NODE_MODULES, tmp_path, ["unicorn_sparkles"])
    with pytest.raises(FileNotFoundError):
        copy_symbols(tmp_path / "no_node_modules", tmp_path / "out")
