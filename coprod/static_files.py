"""Static files as they travel: content-hashed names, gzip and Brotli, cached for a year.

scripts/build_assets.py (run by `make setup`) writes static/dist/: each file under a name with
a hash of its content, compressed copies beside it, and manifest.json from plain to hashed
name. WhiteNoise serves that folder ahead of Flask, the same under `make run`, gunicorn in
production and the test client; `url_for('static', filename=...)` gives the hashed address.
A file missing from the build (assets not built yet) keeps its plain address, which Flask's
own static route serves uncached.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flask import Flask
from whitenoise import WhiteNoise

from coprod.common.web import SECURITY_HEADERS

YEAR = 365 * 24 * 60 * 60


def init_app(app: Flask) -> None:
    """Serve static/dist/ with WhiteNoise and make url_for('static') name the hashed files."""
    dist = Path(app.static_folder or "static") / "dist"
    manifest_path = dist / "manifest.json"
    manifest: dict[str, str] = (json.loads(manifest_path.read_text("utf-8"))
                                if manifest_path.exists() else {})
    app.extensions["static_manifest"] = manifest

    @app.url_defaults
    def hashed_static_name(endpoint: str, values: dict[str, Any]) -> None:
        if endpoint == "static" and values.get("filename") in manifest:
            values["filename"] = manifest[values["filename"]]

    if manifest:
        app.wsgi_app = WhiteNoise(  # type: ignore[method-assign]
            app.wsgi_app, root=str(dist), prefix=app.static_url_path, max_age=YEAR,
            immutable_file_test=lambda _path, _url: True,  # every name in dist/ is hashed
            add_headers_function=_security_headers)


def _security_headers(headers: Any, _path: str, _url: str) -> None:
    """The pages' own security headers (an SVG opened on its own is a document too)."""
    for name, value in SECURITY_HEADERS:
        headers[name] = value
