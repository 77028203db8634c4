"""Build the front-end assets from node_modules into static/ (git-ignored, never committed).

Copies GOV.UK Frontend's JS and images, compiles our Sass with GOV.UK Frontend, and copies
the easy-read symbols the surveys use. Skips work whose output is newer than its inputs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE = ROOT / "node_modules"
GOVUK = NODE / "govuk-frontend" / "dist" / "govuk"
STATIC = ROOT / "static"


def newest(paths: list[Path]) -> float:
    """The latest modification time among files and the files under folders."""
    times = [0.0]
    for path in paths:
        files = path.rglob("*") if path.is_dir() else [path]
        times += [f.stat().st_mtime for f in files if f.is_file()]
    return max(times)


def copy_govuk() -> None:
    """GOV.UK Frontend's script and images (not its fonts: we use the system font)."""
    dest = STATIC / "govuk"
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(GOVUK / "govuk-frontend.min.js", dest / "govuk-frontend.min.js")
    shutil.copytree(GOVUK / "assets" / "images", dest / "assets" / "images", dirs_exist_ok=True)
    shutil.copy2(GOVUK / "assets" / "manifest.json", dest / "assets" / "manifest.json")


def compile_css() -> None:
    """static/src/app.scss -> static/css/app.css, only when a source changed."""
    out = STATIC / "css" / "app.css"
    if out.exists() and out.stat().st_mtime >= newest([STATIC / "src", GOVUK / "index.scss"]):
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(NODE / ".bin" / "sass"), "--no-source-map", "--style=compressed",
                    "--quiet-deps", f"--load-path={NODE}", f"--load-path={STATIC / 'src'}",
                    str(STATIC / "src" / "app.scss"), str(out)], check=True)


def copy_symbols() -> None:
    """The easy-read symbols named in the symbols catalogue."""
    sys.path.insert(0, str(ROOT))
    try:
        from coprod.surveys.definition.symbols import copy_symbols as copy
    except ImportError:
        return
    copy(NODE, STATIC / "symbols")


def main() -> None:
    if not GOVUK.exists():
        sys.exit("node_modules/govuk-frontend is missing: run `npm ci` first (make does this).")
    copy_govuk()
    compile_css()
    copy_symbols()
    print("Front-end assets are in static/.")


if __name__ == "__main__":
    main()
