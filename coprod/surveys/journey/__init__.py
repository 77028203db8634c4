"""The respondent journey: start page, one question per page, check answers, codes, thank you."""

from flask import Blueprint

from coprod.surveys.journey import display

bp = Blueprint("journey", __name__)
bp.record_once(lambda state: display.init_app(state.app))
