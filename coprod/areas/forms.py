"""The audit log's filters."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSelect, GovSubmitInput
from wtforms import SelectField, SubmitField

from coprod.common.forms import GovDateField


class AuditFilterForm(FlaskForm):
    """Narrow the audit log by who, which kind of record and when (sent with GET)."""

    class Meta:
        csrf = False

    who = SelectField(_l("Who"), default="", choices=[], widget=GovSelect())
    kind = SelectField(_l("Kind of record"), default="", choices=[], widget=GovSelect())
    since = GovDateField(_l("On or after"), invalid_message=_l("On or after must be a real date"))
    until = GovDateField(_l("On or before"),
                         invalid_message=_l("On or before must be a real date"))
    submit = SubmitField(_l("Apply filters"), widget=GovSubmitInput())
