"""Forms for the results pages: filters and importing paper responses."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from govuk_frontend_wtf.wtforms_widgets import GovFileInput, GovSelect, GovSubmitInput
from wtforms import SubmitField

from coprod.common.forms import NotBefore, SelectChoiceField
from coprod.surveys.builder.forms import GovDateField


class ResultsFilterForm(FlaskForm):
    """Narrow results by group, channel and dates (a GET form: bookmarkable, no CSRF)."""

    class Meta:
        csrf = False

    # Checked against their lists: an address typed or kept with a value the list does not
    # have would otherwise show "0 responses" under filters the boxes do not show.
    group = SelectChoiceField(_l("Respondent group"), default="", widget=GovSelect(),
                              invalid_message=_l("Select a respondent group from the list"))
    channel = SelectChoiceField(_l("How they answered"), default="", widget=GovSelect(),
                                invalid_message=_l("Select how they answered from the list"))
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
