"""Staff pages for surveys: the list, making, publishing and sharing, entering paper and phone
responses. The builder's and the results' pages are on this blueprint too (their own packages)."""

from flask import Blueprint

bp = Blueprint("surveys", __name__, url_prefix="/staff/surveys")
