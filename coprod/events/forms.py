"""Forms for a listening event, what was heard there and the actions agreed."""

from __future__ import annotations

import re
from datetime import datetime, time

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import Length, ValidationError

from coprod.common.edit_forms import EditForm
from coprod.common.forms import (
    CheckboxesInput,
    ChoiceField,
    NotOnlySpaces,
    RadioInput,
    SelectChoiceField,
    WholeNumberField,
    required,
)
from coprod.events.models import (
    ACTION_STATUS_LABELS,
    ADJUSTMENT_LABELS,
    ATTENDANCE,
    EVENT_TYPE_LABELS,
    ActionStatus,
    Adjustment,
)
from coprod.events.services import EventDetails
from coprod.voice.forms import (
    GovDateField,
    as_choices,
    group_field,
    pasted_lines_field,
    share_consent_field,
)

TIME_PATTERNS = ("%H:%M", "%H.%M", "%I:%M%p", "%I.%M%p", "%I%p")


def parse_time(text: str) -> time | None:
    """'14:30', '2:30pm', '2pm' or '14.30' as a time; None if it is none of those."""
    cleaned = text.strip().lower().replace(" ", "")
    for pattern in TIME_PATTERNS:
        try:
            return datetime.strptime(cleaned, pattern).time()
        except ValueError:
            continue
    return None


class TimeField(StringField):
    """A time typed as text (GOV.UK has no time component): '14:30' or '2:30pm'."""

    def __init__(self, label: str, *, invalid_message: str, **kwargs) -> None:
        super().__init__(label, widget=GovTextInput(), **kwargs)
        self.invalid_message = invalid_message
        self.time: time | None = None

    def process_data(self, value) -> None:
        self.time = value
        self.data = value.strftime("%H:%M") if isinstance(value, time) else (value or "")

    def pre_validate(self, form) -> None:
        self.time = parse_time(self.data) if (self.data or "").strip() else None
        if (self.data or "").strip() and self.time is None:
            raise ValidationError(self.invalid_message)


class CountField(WholeNumberField):
    """How many people came from one group: blank is 0; never negative, never a fraction."""

    def __init__(self, label: str, **kwargs) -> None:
        super().__init__(label, blank=0, widget=GovTextInput(), **{
            "default": 0, "invalid_message": _l("%(label)s must be a whole number, 0 or more"),
            **kwargs})

    def pre_validate(self, form) -> None:
        if self.data is not None and self.data > 100000:
            raise ValidationError(_l("%(label)s must be 100,000 or fewer", label=self.label.text))


def _text(label: str, limit: int, **kwargs) -> StringField:
    return StringField(label, widget=GovTextInput(), validators=[Length(
        max=limit, message=_l("%(label)s must be %(limit)s characters or fewer", label=label,
                              limit=f"{limit:,}"))], **kwargs)


class EventForm(EditForm):
    """A listening event's details: what, when, where, how people are helped to come, who came
    (changed by two people at once without undoing each other: common.edit_forms)."""

    title = StringField(_l("Event name"), widget=GovTextInput(),
                        validators=[required(_l("Enter the event name")),
                                    NotOnlySpaces(_l("Enter the event name")),
                                    Length(max=200, message=_l("Event name must be 200 "
                                                               "characters or fewer"))])
    event_type = SelectField(_l("Type of event"), choices=as_choices(EVENT_TYPE_LABELS),
                             widget=RadioInput(),
                             validators=[required(_l("Select the type of event"))])
    held_on = GovDateField(_l("Date"), description=_l("For example, 27 3 2026"),
                           required_message=_l("Enter the date of the event"),
                           invalid_message=_l("Date must be a real date"))
    starts_at = TimeField(_l("Start time"), description=_l("For example, 10:00 or 6:30pm"),
                          invalid_message=_l("Enter the start time like 10:00 or 6:30pm"))
    ends_at = TimeField(_l("End time"), description=_l("For example, 12:00 or 8pm"),
                        invalid_message=_l("Enter the end time like 12:00 or 8pm"))
    place = _text(_l("Place"), 500, description=_l("The building and address, with any "
                                                   "directions people need"))
    online_link = _text(_l("Online link"), 500, description=_l("For an online session: the "
                                                               "full web address to join"))
    partners = _text(_l("Organising partners"), 500,
                     description=_l("For example, Parent carer forum, SENDIASS, CAMHS"))
    facilitators = _text(_l("Facilitators"), 500,
                         description=_l("Names of staff running it. Never the names of "
                                        "families."))
    adjustments = SelectMultipleField(_l("Help offered so people can take part"),
                                      choices=as_choices(ADJUSTMENT_LABELS),
                                      widget=CheckboxesInput(),
                                      description=_l("Select all that apply."))
    adjustments_other = _text(_l("Other help offered"), 200)
    young_people_count = CountField(ATTENDANCE[0][2])
    children_count = CountField(ATTENDANCE[1][2])
    parent_carers_count = CountField(ATTENDANCE[2][2])
    practitioners_count = CountField(ATTENDANCE[3][2])
    others_count = CountField(ATTENDANCE[4][2])
    notes = TextAreaField(_l("Notes"), widget=GovTextArea(), validators=[Length(
        max=5000, message=_l("Notes must be 5,000 characters or fewer"))])
    # Its choices are the area's surveys (events.feedback), set by the view.
    feedback_survey_slug = SelectChoiceField(
        _l("Feedback survey (optional)"), choices=[], default="", widget=GovSelect(),
        description=_l("The easy read survey people fill in about the event"),
        invalid_message=_l("Select the feedback survey from the list, or No feedback survey"))
    submit = SubmitField(_l("Save event"), widget=GovSubmitInput())

    def validate_online_link(self, field) -> None:
        if field.data and not re.match(r"^https?://[^\s/]+\.[^\s]+$", field.data.strip()):
            raise ValidationError(_l("Enter the online link in the correct format, like "
                                     "https://meet.example.org/forum"))

    def validate_place(self, field) -> None:
        if not (field.data or "").strip() and not (self.online_link.data or "").strip():
            raise ValidationError(_l("Enter the place, or an online link if it is online"))

    def validate_ends_at(self, field) -> None:
        if self.starts_at.time and field.time and field.time <= self.starts_at.time:
            raise ValidationError(_l("End time must be after the start time"))

    def details(self) -> EventDetails:
        """What was entered, as the events service takes it."""
        values = {name: getattr(self, name).data for name in (
            "title", "event_type", "held_on", "place", "online_link", "partners",
            "facilitators", "adjustments_other", "notes", *(c for c, _g, _l in ATTENDANCE))}
        values = {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}
        return EventDetails(**values, starts_at=self.starts_at.time, ends_at=self.ends_at.time,
                            adjustments=[a.value for a in Adjustment
                                         if a.value in (self.adjustments.data or [])],
                            feedback_survey_slug=(self.feedback_survey_slug.data or None))


class HeardForm(FlaskForm):
    """What was heard at an event: one comment per line, all from one group."""

    lines = pasted_lines_field(_l("What we heard"))
    group = group_field(_l("Who said these?"))
    share_consent = share_consent_field(_l("Did they all agree their words can be shared?"))
    submit = SubmitField(_l("Save what we heard"), widget=GovSubmitInput())


class ActionForm(FlaskForm):
    """An action agreed at an event."""

    text = StringField(_l("Action agreed"), widget=GovTextInput(),
                       validators=[required(_l("Enter the action agreed")),
                                   NotOnlySpaces(_l("Enter the action agreed")),
                                   Length(max=1000, message=_l("Action agreed must be 1,000 "
                                                               "characters or fewer"))])
    owner = _text(_l("Who will do it (optional)"), 200)
    due_on = GovDateField(_l("Due by (optional)"), description=_l("For example, 30 6 2026"),
                          invalid_message=_l("Due by must be a real date"))
    submit = SubmitField(_l("Add action"), widget=GovSubmitInput())


class ChangeActionForm(EditForm, ActionForm):
    """The same action, changed (by two people at once without undoing each other)."""

    submit = SubmitField(_l("Save action"), widget=GovSubmitInput())


class ActionStatusForm(EditForm):
    """Where an action stands; "won't do" needs the reason."""

    status = ChoiceField(_l("Where does this action stand?"),
                         choices=as_choices(ACTION_STATUS_LABELS), widget=RadioInput(),
                         validators=[required(_l("Select where the action stands"))],
                         invalid_message=_l("Select where the action stands"))
    reason = TextAreaField(
        _l("If you won't do it, say why"), widget=GovTextArea(),
        description=_l("Needed for \"Won't do\". Write it so that families can read it."),
        validators=[Length(max=1000, message=_l("The reason must be 1,000 characters or "
                                                "fewer"))])
    submit = SubmitField(_l("Save status"), widget=GovSubmitInput())

    def validate_reason(self, field) -> None:
        if self.status.data == ActionStatus.WONT_DO.value and not (field.data or "").strip():
            raise ValidationError(_l("Say why the action will not be done"))
