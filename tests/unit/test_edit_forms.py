"""common.edit_forms: a form two people may save at once, without a page or a database."""

from __future__ import annotations

from datetime import date

from wtforms import BooleanField, DateField, SelectMultipleField, StringField, TextAreaField

from coprod.common.edit_forms import EditForm, merge_on_submit
from coprod.common.edits import fingerprint
from coprod.common.forms import choices

OPENED = {"words": "one\ntwo", "ticks": ["a", "b"], "blank": None, "sure": False,
          "on": date(2027, 3, 14)}


class _Form(EditForm):
    class Meta:
        csrf = False

    words = TextAreaField()
    ticks = SelectMultipleField(choices=choices([("a", "Apples"), ("b", "Bread"),
                                                 ("c", "Cheese")]))
    blank = StringField()
    sure = BooleanField()
    on = DateField()


def _opened(app) -> str:
    with app.test_request_context("/"):
        form = _Form(data=OPENED)
        assert not merge_on_submit(form, OPENED)
        return form.opened.data


def _sent(app, now: dict, **typed):
    sent = {"words": "one\ntwo", "ticks": ["a", "b"], "blank": "", "on": "2027-03-14",
            "opened": _opened(app), **typed}
    context = app.test_request_context("/", method="POST", data=sent)
    context.push()
    form = _Form(data=now)
    return form, merge_on_submit(form, now), context


def test_what_a_browser_sends_back_unchanged_is_not_a_change(app):
    """A text box comes back with \\r\\n and spaces, ticked boxes in page order, a blank box
    as "": none of these is this person's change, so someone else's is kept."""
    now = {**OPENED, "words": "one\ntwo", "ticks": ["b", "a"], "blank": "theirs", "sure": True}
    form, saving, context = _sent(app, now, words="one\r\ntwo  ", ticks=["a", "b"])
    try:
        assert saving and not form.errors
        assert (form.blank.data, form.sure.data) == ("theirs", True)
    finally:
        context.pop()


def test_a_field_both_changed_says_what_it_holds_now_in_words(app):
    now = {**OPENED, "ticks": ["c"], "sure": True, "on": date(2027, 4, 1)}
    form, saving, context = _sent(app, now, ticks=["a"], sure="y", on="2027-05-01")
    try:
        assert not saving
        said = {name: errors[0].split("“")[1].split("”")[0]
                for name, errors in form.errors.items()}
        assert said == {"ticks": "Cheese", "on": "1 April 2027"}  # both ticked it: the same
        assert form.ticks.data == ["a"] and form.on.data == date(2027, 5, 1)  # theirs, kept
        assert form.opened.data == fingerprint({
            "words": "one\ntwo", "ticks": ["c"], "blank": "", "sure": True,
            "on": date(2027, 4, 1)})  # saving again keeps them
    finally:
        context.pop()
