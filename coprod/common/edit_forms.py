"""Two people editing one record at once, for a form (common.edits does the sums). A form that
changes a record is an `EditForm`; its view fills it from the record as usual and calls
`merge_on_submit(form, record)` where it called `form.validate_on_submit()`. On opening, the
hidden `opened` field remembers what each field held; on saving, each field this person did
not change takes what the record holds now (someone may have saved it since), so the form's
data is what to save. Where both changed a field differently nothing is to be saved: the field
says what it holds now and keeps this person's words, and saving again keeps them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from flask_babel import gettext as _
from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField
from wtforms.validators import StopValidation, ValidationError

from coprod.common import edits
from coprod.common.i18n import govuk_date


class EditForm(FlaskForm):
    """A form that changes a record two people may edit at once. Its template puts
    `{{ form.opened }}` inside the <form>."""

    # What each field held when the page was opened: short digests, no words twice.
    opened = HiddenField()


def _plain(value: Any) -> Any:
    """A field's value as compared: blank is blank (None or ""), text without the spaces
    around it or a browser's \\r\\n, a set of ticked boxes in any order."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").strip()
    if isinstance(value, (list, tuple, set)):
        return sorted((_plain(each) for each in value), key=repr)
    return value


def _values(form: FlaskForm, names: Mapping[str, Any]) -> dict[str, Any]:
    return {name: _plain(form[name].data) for name in names}


def _filled(form: FlaskForm, record: Mapping[str, Any]) -> FlaskForm:
    """The same form filled from the record as it is now (nothing typed), with its choices."""
    now = type(form)(formdata=None, data=dict(record), meta={"csrf": False})
    for name in record:
        if hasattr(form[name], "choices"):
            now[name].choices = form[name].choices
    return now


def _words(field: Any) -> str:
    """What a field holds, as the person would read it on the page."""
    if isinstance(field, BooleanField):
        return str(_("ticked") if field.data else _("not ticked"))
    if hasattr(field, "iter_choices") and field.choices:
        return ", ".join(str(choice[1]) for choice in field.iter_choices() if choice[2])
    if isinstance(field.data, date):
        return govuk_date(field.data)
    return "" if field.data is None else str(field.data).strip()


def _take(field: Any, value: Any) -> None:
    """Put the record's value in a field as if the page had been opened with it."""
    field.process(None, value)
    field.raw_data = None  # shown from the value, not from what was typed


def _rules_across_fields(form: FlaskForm) -> bool:
    """The form's own rules between fields (its validate_<name> methods) over the merged
    values: each person's values kept them, but one's start time and another's end time may
    not."""
    kept = True
    for name, field in form._fields.items():
        rule = getattr(form, f"validate_{name}", None)
        if rule is None:
            continue
        try:
            rule(field)
        except (ValidationError, StopValidation) as problem:
            if problem.args and problem.args[0]:
                field.errors = [*field.errors, problem.args[0]]
                kept = False
    return kept


def merge_on_submit(form: EditForm, record: Mapping[str, Any]) -> bool:
    """`form.validate_on_submit()` for a form filled from `record` (the fields two people may
    change, by the form's names, as the form takes them). True when there is something to
    save: the form then holds this person's changes over the record as it is now."""
    now = _filled(form, record)
    if not form.is_submitted():
        form.opened.data = edits.fingerprint(_values(now, record))
        return False
    if not form.validate():
        return False  # the fingerprint stays: what was opened is still what was opened
    stored, mine = _values(now, record), _values(form, record)
    merged = edits.merge(form.opened.data, stored, mine)
    form.opened.data = edits.fingerprint(stored)  # the page now shows the record as it is
    taken = False
    for name in record:
        if name in merged.conflicts:
            form[name].errors = [*form[name].errors, _(
                "Someone else changed this after you opened the page. It now says: "
                "“%(now)s”. Your words are below: save again to keep them.",
                now=_words(now[name]) or _("nothing"))]
        elif merged.values[name] != mine[name]:
            _take(form[name], record[name])
            taken = True
    if merged.conflicts:
        return False
    return _rules_across_fields(form) if taken else True
