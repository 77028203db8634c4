"""The app side of analysis: stored results, review, codebooks, safeguarding casework and
re-theming. The text engine they run is coprod.text (no Flask, no database)."""

from flask import Blueprint

bp = Blueprint("analysis", __name__, url_prefix="/staff/analysis")
