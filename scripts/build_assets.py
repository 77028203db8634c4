"""Build the front-end assets from node_modules into static/ (git-ignored, never committed).

Copies GOV.UK Frontend's JS and images, compiles our Sass with GOV.UK Frontend, and copies
the easy-read symbols the surveys use. Skips work whose output is newer than its inputs. Then
writes every static file again under a content-hashed name, gzip and Brotli beside it, into
static/dist/ (served by WhiteNoise with a year-long cache, see coprod/static_files.py).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from whitenoise.compress import Compressor

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


DIST = STATIC / "dist"
# Static paths written inside CSS and JS: "/static/govuk/assets/images/x.svg" in the compiled
# CSS, '../govuk/govuk-frontend.min.js' in an ES module import.
ABSOLUTE_REF = re.compile(r"/static/([\w./-]+\.\w+)")
RELATIVE_REF = re.compile(r"""(?<=['"])(\.\.?/[\w./-]+\.\w+)(?=['"])""")


def hashed_name(name: str, content: bytes) -> str:
    """css/app.css -> css/app.1a2b3c4d5e6f.css: a new name whenever the content changes."""
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}.{hashlib.sha256(content).hexdigest()[:12]}{dot}{suffix}"


def _rewrite(name: str, text: str, manifest: dict[str, str]) -> str:
    """Point the static paths a CSS or JS file names at their hashed copies."""
    text = ABSOLUTE_REF.sub(lambda m: "/static/" + manifest.get(m.group(1), m.group(1)), text)
    folder = Path(name).parent

    def relative(match: re.Match[str]) -> str:
        target = (Path("/") / folder / match.group(1)).resolve().relative_to("/").as_posix()
        if target not in manifest:
            return match.group(1)
        return match.group(1)[: -len(Path(target).name)] + Path(manifest[target]).name
    return RELATIVE_REF.sub(relative, text)


def hash_and_compress() -> None:
    """static/ (but src/) -> static/dist/ under hashed names, compressed, with manifest.json.
    Files that name others (CSS, JS) are written last, after the files they name."""
    sources = sorted(p for p in STATIC.rglob("*") if p.is_file()
                     and p.relative_to(STATIC).parts[0] not in {"src", "dist"})
    names = {p.relative_to(STATIC).as_posix(): p for p in sources}
    refers = [n for n in names if n.endswith((".css", ".js"))]
    shutil.rmtree(DIST, ignore_errors=True)
    manifest: dict[str, str] = {}
    compressor = Compressor(quiet=True)
    for name in [n for n in names if n not in refers] + refers:
        content = names[name].read_bytes()
        if name in refers:
            content = _rewrite(name, content.decode("utf-8"), manifest).encode("utf-8")
        manifest[name] = hashed_name(name, content)
        out = DIST / manifest[name]
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(content)
        for _ in compressor.compress(str(out)):
            pass
    (DIST / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True))


def main() -> None:
    if not GOVUK.exists():
        sys.exit("node_modules/govuk-frontend is missing: run `npm ci` first (make does this).")
    copy_govuk()
    compile_css()
    copy_symbols()
    hash_and_compress()
    print("Front-end assets are in static/, hashed and compressed in static/dist/.")


if __name__ == "__main__":
    main()
