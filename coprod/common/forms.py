"""Shared form pieces with GOV.UK wording."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import phonenumbers
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxesInput, GovDateInput, GovRadioInput
from jinja2.runtime import Context
from jinja2.utils import pass_context
from wtforms import DateField, Form, IntegerField, RadioField, SelectField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Email, InputRequired, Length, StopValidation, ValidationError


def choices(pairs: Iterable[tuple[Any, Any]]) -> list[SelectChoice]:
    """(value, label) pairs as WTForms choices (tuples are deprecated in WTForms 3.3)."""
    return [SelectChoice(value, label) for value, label in pairs]


def required(message: str) -> InputRequired:
    """A required field with a GOV.UK message, without the browser's own pop-up."""
    validator = InputRequired(message=message)
    validator.field_flags = {}
    return validator


def email_address() -> list[Any]:
    """Validators for an email address field."""
    return [required(_l("Enter an email address")),
            Email(message=_l("Enter an email address in the correct format, "
                             "like name@example.com"), check_deliverability=False),
            Length(max=254, message=_l("Email address must be 254 characters or fewer"))]


def phone_number(message: str) -> Callable[[Any, Any], None]:
    """A UK phone number that the phonenumbers library says can exist (blank is allowed)."""

    def check(_form: Any, field: Any) -> None:
        if (field.data or "").strip() and uk_phone(field.data) is None:
            raise ValidationError(message)

    return check


def uk_phone(text: str) -> str | None:
    """A UK phone number written the usual way ("0800 1111", "0113 496 0000"), or None when
    the phonenumbers library says it cannot exist."""
    try:
        number = phonenumbers.parse(text.strip(), "GB")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


class NotOnlySpaces:
    """Refuse text that is only spaces."""

    def __init__(self, message: str) -> None:
        self.message = message

    def __call__(self, _form: Any, field: Any) -> None:
        if field.data is not None and not str(field.data).strip():
            raise ValidationError(self.message)


class NotBefore:
    """Refuse a 'to' date before its 'from' date (another field of the form, by name): a
    period that ends before it starts would only ever match nothing. Blank dates pass."""

    def __init__(self, other: str, message: str) -> None:
        self.other, self.message = other, message

    def __call__(self, form: Any, field: Any) -> None:
        first = form[self.other].data
        if first and field.data and field.data < first:
            raise ValidationError(self.message)


class _SaysWhichChoice:
    """A choice field whose 'not one of the choices' error speaks GOV.UK, like the required
    message, rather than WTForms' "Not a valid choice."."""

    def __init__(self, *args: Any, invalid_message: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.invalid_message = invalid_message

    def pre_validate(self, form: Any) -> None:
        try:
            super().pre_validate(form)  # type: ignore[misc]
        except ValueError as error:
            raise ValidationError(self.invalid_message or str(error)) from error


class ChoiceField(_SaysWhichChoice, RadioField):
    """Radios whose 'not one of the choices' error speaks GOV.UK."""


class SelectChoiceField(_SaysWhichChoice, SelectField):
    """A GOV.UK select (for a list too long for radios) whose wrong choice is said plainly."""


NOT_A_WHOLE_NUMBER = _l("%(label)s must be a whole number, like 10")


class WholeNumberField(IntegerField):
    """A number typed in a box, refused in GOV.UK words ("Enter how many minutes it takes as a
    whole number, like 10") rather than WTForms' "Not a valid integer value."; blank is
    `blank`."""

    def __init__(self, label: Any = None, blank: int | None = None,
                 invalid_message: Any = NOT_A_WHOLE_NUMBER,
                 **kwargs: Any) -> None:
        super().__init__(label, **kwargs)
        self.blank = blank
        self.invalid_message = invalid_message  # may name the field as %(label)s

    def process_formdata(self, valuelist: list[str]) -> None:
        text = (valuelist[0] if valuelist else "").strip().replace(",", "")
        self.data: int | None = self.blank
        if text:
            if not text.isdigit():
                raise ValueError(self.invalid_message % {"label": self.label.text})
            self.data = int(text)


class _LegendFromLabel:
    """A template that styles the legend (`{"fieldset": {"legend": {"classes": ...}}}`) must
    not lose its words: govuk-frontend-wtf only fills the legend when no fieldset is given, so
    such groups rendered with no legend at all and a screen reader never heard the question."""

    def map_gov_params(self, field: Any, **kwargs: Any) -> dict[str, Any]:
        params: dict[str, Any] = super().map_gov_params(field, **kwargs)  # type: ignore[misc]
        fieldset = dict(params.get("fieldset") or {})
        legend = dict(fieldset.get("legend") or {})
        if not (legend.get("text") or legend.get("html")):
            legend["text"] = field.label.text
        params["fieldset"] = {**fieldset, "legend": legend}
        return params


class RadioInput(_LegendFromLabel, GovRadioInput):
    """GOV.UK radios that always have a legend."""


class CheckboxesInput(_LegendFromLabel, GovCheckboxesInput):
    """GOV.UK checkboxes that always have a legend."""


class DateInput(_LegendFromLabel, GovDateInput):
    """A GOV.UK date input that always has a legend."""


class ButtonForm(FlaskForm):
    """A button that changes something (move, remove, close...): only its CSRF token."""


class GovDateField(DateField):
    """Day, month and year boxes with GOV.UK messages for a missing or impossible date."""

    def __init__(self, label: str, *, required_message: str | None = None,
                 invalid_message: str = "", **kwargs: Any) -> None:
        super().__init__(label, format="%d %m %Y", widget=DateInput(), **kwargs)
        self.required_message = required_message
        self.invalid_message = invalid_message

    def process_formdata(self, valuelist: list[str]) -> None:
        if len(valuelist) != 3:
            self.data, self.raw_data = None, None  # nothing sent: show empty boxes
            return
        day, month, year = (part.strip() for part in valuelist)
        if not (day or month or year):
            self.data = None
            return
        try:
            if len(year) != 4:
                raise ValueError("year must have 4 digits")
            self.data = date(int(year), int(month), int(day))
        except ValueError as error:
            self.data = None
            raise ValueError(self.invalid_message) from error

    def pre_validate(self, form: Any) -> None:
        if self.data is None and not self.process_errors and self.required_message:
            raise StopValidation(self.required_message)


def refuse_file(field: Any, problems: list[str]) -> None:
    """A file with any bad row imports nothing: the upload field says how many problems (the
    page lists each one in its error summary)."""
    field.errors = [ngettext("The file has %(num)d problem. Nothing was imported.",
                             "The file has %(num)d problems. Nothing was imported.",
                             len(problems))]


@pass_context
def failed_form(context: Context) -> Form | None:
    """The page's form that failed to validate, whatever the view named it (`form` first), so
    base.html gives a secondary form (a report's "Save for a board") the same error summary
    and "Error:" title as a page's main one, rather than only looking at `form`."""
    found = [value for value in context.get_all().values() if isinstance(value, Form)]
    main = context.get("form")
    if isinstance(main, Form):
        found.insert(0, main)
    return next((each for each in found if each.errors), None)
