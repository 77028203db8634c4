"""Forms for what people said: one comment, many pasted, a CSV file, and the list filters."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from govuk_frontend_wtf.wtforms_widgets import (
    GovCharacterCount,
    GovFileInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import SelectField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, StopValidation, ValidationError

from coprod.common.forms import GovDateField, NotBefore, NotOnlySpaces, RadioInput, required
from coprod.voice.models import (
    CHANNEL_LABELS,
    GROUP_LABELS,
    HOW_GIVEN_LABELS,
    MAX_COMMENT_LENGTH,
    Channel,
)
from coprod.voice.parsing import describe_line_numbers, local_today, split_lines, too_long_lines
from coprod.voice.services import CommentFilters

TOO_LONG = _l("Your comment must be 5,000 characters or fewer")


def as_choices(labels: dict, blank: str | None = None) -> list[SelectChoice]:
    """Enum labels as WTForms choices, with an optional 'any' first."""
    options = [SelectChoice("", blank)] if blank is not None else []
    return options + [SelectChoice(key.value, label) for key, label in labels.items()]


class NotInFuture:
    """Refuse a date after today (in England)."""

    def __init__(self, message: str) -> None:
        self.message = message

    def __call__(self, _form, field) -> None:
        if field.data is not None and field.data > local_today():
            raise ValidationError(self.message)


def said_on_field() -> GovDateField:
    """When it was said: a real date, today or before."""
    return GovDateField(_l("Date said"), description=_l("For example, 27 3 2025"),
                        required_message=_l("Enter the date it was said"),
                        invalid_message=_l("Date said must be a real date"),
                        validators=[NotInFuture(_l("Date said must be today or in the past"))])


def group_field(label: str = _l("Who said it?")) -> SelectField:
    """Who said it, as radios."""
    return SelectField(label, choices=as_choices(GROUP_LABELS), widget=RadioInput(),
                       validators=[required(_l("Select who said it"))])


def channel_field() -> SelectField:
    """How it reached us, as radios (events have their own page)."""
    labels = {key: label for key, label in CHANNEL_LABELS.items() if key != Channel.EVENT}
    return SelectField(_l("How did it reach us?"), choices=as_choices(labels),
                       widget=RadioInput(),
                       validators=[required(_l("Select how it reached us"))])


def how_given_field() -> SelectField:
    """Whether they said it alone, with help, or someone spoke for them."""
    return SelectField(_l("How was it given?"), choices=as_choices(HOW_GIVEN_LABELS),
                       default="alone", widget=RadioInput(),
                       validators=[required(_l("Select how it was given"))])


SHARE_CHOICES = [SelectChoice("yes", _l("Yes, they agreed their words can be shared")),
                 SelectChoice("no", _l("No, or we did not ask"))]


def share_consent_field(label: str = _l("Did they agree their words can be shared?")
                        ) -> SelectField:
    """The person's own yes to quoting their words (without their name) on public pages and
    in reports: No unless someone asked them and they said yes."""
    return SelectField(label, choices=SHARE_CHOICES, default="no", widget=RadioInput(),
                       description=_l("Only words from someone who said yes can be approved "
                                      "for public pages. Ask them first. If you did not ask, "
                                      "choose No."),
                       validators=[required(_l("Select whether they agreed their words can "
                                               "be shared"))])


class ConsentForm(FlaskForm):
    """Record, after the fact, whether the person agreed their words can be shared."""

    share_consent = share_consent_field()
    submit = SubmitField(_l("Save their answer"), widget=GovSubmitInput())

    @property
    def agreed(self) -> bool:
        """True only for a yes."""
        return self.share_consent.data == "yes"


class CommentForm(FlaskForm):
    """One thing someone said."""

    text = TextAreaField(_l("What was said"), widget=GovCharacterCount(),
                         description=_l("Copy their words exactly, including spelling."),
                         validators=[required(_l("Enter what was said")),
                                     NotOnlySpaces(_l("Enter what was said")),
                                     Length(max=MAX_COMMENT_LENGTH, message=TOO_LONG)])
    group = group_field()
    channel = channel_field()
    said_on = said_on_field()
    how_given = how_given_field()
    share_consent = share_consent_field()
    submit = SubmitField(_l("Save comment"), widget=GovSubmitInput())


class PastedLines:
    """Every non-blank line must fit the limit; say which lines do not."""

    def __call__(self, _form, field) -> None:
        lines, _blank = split_lines(field.data or "")
        if not lines:
            raise StopValidation(_l("Enter what was said, one comment on each line"))
        long_lines = too_long_lines(lines)
        if long_lines:
            raise ValidationError(_l("%(lines)s must be 5,000 characters or fewer. Shorten "
                                     "or split it, then try again",
                                     lines=describe_line_numbers(long_lines)))


def pasted_lines_field(label: str = _l("What was said")) -> TextAreaField:
    """Many comments, one on each line."""
    return TextAreaField(label, widget=GovTextArea(),
                         description=_l("Put each comment on its own line. Blank lines are "
                                        "skipped."),
                         validators=[PastedLines()])


class PasteForm(FlaskForm):
    """Many comments, one per line, all from the same group, channel and date."""

    lines = pasted_lines_field()
    group = group_field(_l("Who said these?"))
    channel = channel_field()
    said_on = said_on_field()
    how_given = how_given_field()
    share_consent = share_consent_field(_l("Did they all agree their words can be shared?"))
    submit = SubmitField(_l("Save comments"), widget=GovSubmitInput())


class ImportForm(FlaskForm):
    """A CSV file of comments."""

    file = FileField(_l("Upload a CSV file"), widget=GovFileInput(),
                     validators=[FileRequired(_l("Select a CSV file"))])
    submit = SubmitField(_l("Check and import"), widget=GovSubmitInput())


class FilterForm(FlaskForm):
    """Narrow the list of comments (sent with GET, so links to a filtered list can be shared)."""

    class Meta:
        csrf = False

    q = StringField(_l("Words in the comment"), widget=GovTextInput(),
                    validators=[Length(max=200, message=_l("Search words must be 200 "
                                                           "characters or fewer"))])
    group = SelectField(_l("Who said it"), choices=as_choices(GROUP_LABELS, _l("Anyone")),
                        default="", widget=GovSelect())
    channel = SelectField(_l("How it reached us"),
                          choices=as_choices(CHANNEL_LABELS, _l("Any way")), default="",
                          widget=GovSelect())
    event = SelectField(_l("Listening event"), choices=[], default="", widget=GovSelect())
    said_from = GovDateField(_l("Said on or after"),
                             invalid_message=_l("Said on or after must be a real date"))
    said_to = GovDateField(_l("Said on or before"),
                           invalid_message=_l("Said on or before must be a real date"),
                           validators=[NotBefore("said_from", _l(
                               "'Said on or before' must be the same as or after "
                               "'Said on or after'"))])
    submit = SubmitField(_l("Apply filters"), widget=GovSubmitInput())

    def filters(self) -> CommentFilters:
        """The filters as the comments query takes them (bad dates are left out)."""
        return CommentFilters(group=self.group.data or None, channel=self.channel.data or None,
                              said_from=self.said_from.data, said_to=self.said_to.data,
                              event_id=int(self.event.data)
                              if (self.event.data or "").isdigit() else None,
                              text=(self.q.data or "").strip()[:200] or None)
