"""The easy-read symbols catalogue: one picture per meaning, from Twemoji, copied at build time."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

import yaml

CATALOGUE_PATH = Path(__file__).with_name("symbols.yaml")
TWEMOJI_DIR = Path("@twemoji") / "svg"


@dataclass(frozen=True)
class Symbol:
    """A named picture: its Twemoji file and the alt text used when a survey gives none."""

    name: str
    file: str
    alt: str


@cache
def _catalogue() -> dict:
    """Read symbols.yaml once; it ships with the package and never changes at run time."""
    with CATALOGUE_PATH.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def load_symbols() -> Mapping[str, Symbol]:
    """Every symbol by name, e.g. `load_symbols()["happy"].file == "1f642.svg"` (built once:
    pages look up alt text for every picture they show)."""
    entries = _catalogue()["symbols"]
    return MappingProxyType({name: Symbol(name, entry["file"], entry["alt"])
                             for name, entry in entries.items()})


def symbol_names() -> frozenset[str]:
    """The names a survey file may use for `symbol`."""
    return frozenset(_catalogue()["symbols"])


def symbols_credit() -> str:
    """The CC BY 4.0 credit the footer or accessibility statement must show."""
    return str(_catalogue()["credit"])


def alt_text(name: str | None, given: str | None = None) -> str:
    """The alt text to render: the survey's own words, else the catalogue's, else empty."""
    if given and given.strip():
        return given
    symbol = load_symbols().get(name or "")
    return symbol.alt if symbol else ""


def symbol_url_name(name: str) -> str:
    """The file name the build writes for a symbol, e.g. `happy.svg` under static symbols."""
    return f"{name}.svg"


def missing_files(node_modules: Path) -> list[str]:
    """Catalogue files absent from node_modules, so a build or test can say which."""
    source = Path(node_modules) / TWEMOJI_DIR
    return sorted(s.file for s in load_symbols().values() if not (source / s.file).is_file())


def copy_symbols(node_modules: Path, dest: Path, names: Iterable[str] | None = None) -> int:
    """Copy only the catalogued (or named) symbols to `dest/<name>.svg`; return how many."""
    symbols = load_symbols()
    wanted = sorted(symbols) if names is None else sorted(set(names))
    unknown = [name for name in wanted if name not in symbols]
    if unknown:
        raise KeyError(f"Not in the symbols catalogue: {', '.join(unknown)}")
    source = Path(node_modules) / TWEMOJI_DIR
    absent = [symbols[n].file for n in wanted if not (source / symbols[n].file).is_file()]
    if absent:
        raise FileNotFoundError(f"Missing from {source}: {', '.join(absent)} (run npm ci)")
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    for name in wanted:
        shutil.copyfile(source / symbols[name].file, dest / symbol_url_name(name))
    return len(wanted)
