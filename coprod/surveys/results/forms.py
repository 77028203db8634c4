"""Forms for the results pages: filters and importing paper responses."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from govuk_frontend_wtf.wtforms_widgets import GovFileInput, GovSelect, GovSubmitInput
from wtforms import SelectField, SubmitField

from coprod.common.forms import NotBefore
from coprod.surveys.builder.forms import GovDateField


class ResultsFilterForm(FlaskForm):
    """Narrow results by group, channel and dates (a GET form: bookmarkable, no CSRF)."""

    class Meta:
        csrf = False

    group = SelectField(_l("Respondent group"), widget=GovSelect(), validate_choice=False)
    channel = SelectField(_l("How they answered"), widget=GovSelect(), validate_choice=False)
    date_from = GovDateField(_l("Answered from"), invalid_message=_l(
        "'Answered from' must be a real date"))
    date_to = GovDateField(_l("Answered up to"), invalid_message=_l(
        "'Answered up to' must be a real date"), validators=[NotBefore("date_from", _l(
            "'Answered up to' must be the same as or after 'Answered from'"))])
    submit = SubmitField(_l("Apply filters"), widget=GovSubmitInput())


class ResponseImportForm(FlaskForm):
    """A CSV file of paper responses."""

    file = FileField(_l("Upload a CSV file"), widget=GovFileInput(),
                     validators=[FileRequired(_l("Select a CSV file"))])
    submit = SubmitField(_l("Check and import"), widget=GovSubmitInput())
