"""Two fresh machines install the same versions: every declared package is pinned in
requirements.lock (run `make lock` after changing pyproject.toml), and the linters are exact."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = re.compile(r"^[A-Za-z0-9._-]+")


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    specs = project["dependencies"] + project["optional-dependencies"]["dev"]
    return {normalised(NAME.match(spec).group()): spec for spec in specs}


def locked() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text("utf-8").splitlines():
        if "==" in line and not line.startswith((" ", "#")):
            name, version = line.split("==")
            pins[normalised(name)] = version.strip()
    return pins


def test_every_declared_package_is_pinned_in_the_lock_file():
    missing = sorted(set(declared()) - set(locked()))
    assert not missing, f"not in requirements.lock (run `make lock`): {missing}"


def test_linters_are_pinned_exactly_and_match_the_lock():
    specs, pins = declared(), locked()
    for linter in ("ruff", "mypy", "import-linter"):
        assert specs[linter] == f"{linter}=={pins[linter]}"


def test_packages_imported_directly_are_declared_and_yake_is_gone():
    specs = declared()
    for name in ("sqlalchemy", "wtforms", "werkzeug", "click", "markupsafe", "babel",
                 "itsdangerous", "jinja2", "whitenoise"):
        assert name in specs, name
    assert "yake" not in specs and "yake" not in locked()
