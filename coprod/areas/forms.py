"""The audit log's filters, the area's helpline, and how families contact the area."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSelect, GovSubmitInput, GovTextInput
from wtforms import SelectField, StringField, SubmitField
from wtforms.validators import Email, Length, Optional, ValidationError

from coprod.common.edit_forms import EditForm
from coprod.common.forms import GovDateField, NotBefore, phone_number


class AuditFilterForm(FlaskForm):
    """Narrow the audit log by who, which kind of record and when (sent with GET)."""

    class Meta:
        csrf = False

    who = SelectField(_l("Who"), default="", choices=[], widget=GovSelect())
    kind = SelectField(_l("Kind of record"), default="", choices=[], widget=GovSelect())
    since = GovDateField(_l("On or after"), invalid_message=_l("On or after must be a real date"))
    until = GovDateField(_l("On or before"),
                         invalid_message=_l("On or before must be a real date"),
                         validators=[NotBefore("since", _l(
                             "'On or before' must be the same as or after 'On or after'"))])
    submit = SubmitField(_l("Apply filters"), widget=GovSubmitInput())


class HelplineForm(EditForm):
    """The helpline coprod names wherever it tells someone who may not be safe to seek help.
    Both empty: the national one (Childline). Two admins may change it at once without
    undoing each other (common.edit_forms)."""

    name = StringField(_l("Name of the helpline"), widget=GovTextInput(),
                       description=_l("For example, Northvale Children's Services front door"),
                       validators=[Length(max=100, message=_l(
                           "The name must be 100 characters or fewer"))])
    phone = StringField(_l("Phone number"), widget=GovTextInput(),
                        description=_l("A UK phone number, like 0808 800 5000"),
                        validators=[phone_number(_l("Enter the phone number as a UK phone "
                                                    "number, like 0808 800 5000"))])
    submit = SubmitField(_l("Save helpline"), widget=GovSubmitInput())

    def validate_name(self, field) -> None:
        if (self.phone.data or "").strip() and not (field.data or "").strip():
            raise ValidationError(_l("Enter the name of the helpline"))

    def validate_phone(self, field) -> None:
        if (self.name.data or "").strip() and not (field.data or "").strip():
            raise ValidationError(_l("Enter the helpline's phone number"))


def _trimmed(text: str | None) -> str | None:
    """A pasted address often brings a space with it: not a reason to refuse it."""
    return text.strip() if text else text


class ContactForm(EditForm):
    """How families and young people reach the participation team with feedback about coprod,
    or to ask for a page in another format; both may be empty (the statement then tells them
    to ask their team or forum, which they may not know how to reach)."""

    email = StringField(_l("Email address"), widget=GovTextInput(),
                        description=_l("For example, send.participation@northvale.gov.uk"),
                        filters=[_trimmed], validators=[Optional(), Email(message=_l(
                            "Enter an email address in the correct format, like "
                            "name@example.com"), check_deliverability=False),
                            Length(max=254, message=_l(
                                "The email address must be 254 characters or fewer"))])
    phone = StringField(_l("Phone number"), widget=GovTextInput(),
                        description=_l("A UK phone number, like 0113 496 0000"),
                        validators=[phone_number(_l("Enter the phone number as a UK phone "
                                                    "number, like 0113 496 0000"))])
    submit = SubmitField(_l("Save contact details"), widget=GovSubmitInput())
