"""Forms for reviewing themes, the safeguarding queue and editing the area's codebook."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import BooleanField, HiddenField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import Length

from coprod.analysis.review import ALL, NEEDS_DECISION, NO_THEME, ReviewFilters
from coprod.common.forms import (
    NotBefore,
    NotOnlySpaces,
    RadioInput,
    choices,
    phone_number,
    required,
)
from coprod.voice.findings import OUTCOME_LABELS, SENTIMENT_LABELS
from coprod.voice.forms import GovDateField, as_choices
from coprod.voice.models import GROUP_LABELS

SHOW_LABELS = {NEEDS_DECISION: _l("Themes waiting for a decision"),
               NO_THEME: _l("Comments with no theme"), ALL: _l("Every comment")}
PERIODS = ((30, _l("The last 30 days")), (90, _l("The last 90 days")),
           (180, _l("The last 6 months")), (365, _l("The last year")))


class ReviewFilterForm(FlaskForm):
    """Narrow the review list (sent with GET, so a filtered list can be shared)."""

    class Meta:
        csrf = False

    show = SelectField(_l("Show"), choices=choices(SHOW_LABELS.items()), default=NEEDS_DECISION,
                       widget=GovSelect())
    low = BooleanField(_l("Only suggestions the analysis was unsure of (confidence under 60%)"),
                       widget=GovCheckboxInput())
    theme = SelectField(_l("Theme"), choices=[], default="", widget=GovSelect())
    group = SelectField(_l("Who said it"), choices=as_choices(GROUP_LABELS, _l("Anyone")),
                        default="", widget=GovSelect())
    submit = SubmitField(_l("Apply filters"), widget=GovSubmitInput())

    def filters(self) -> ReviewFilters:
        """The filters as the review query takes them (unknown values are left out)."""
        show = self.show.data if self.show.data in SHOW_LABELS else NEEDS_DECISION
        known = {c.value for c in self.theme.choices}
        theme = self.theme.data if self.theme.data in known else None
        return ReviewFilters(show=show, low_confidence=bool(self.low.data),
                             theme_id=theme or None, group=self.group.data or None)


class CarryOnForm(FlaskForm):
    """Start re-theming again where it stopped."""

    submit = SubmitField(_l("Carry on re-theming"), widget=GovSubmitInput())


class AddThemeForm(FlaskForm):
    """A person puts a theme on a comment."""

    theme = SelectField(_l("Add a theme"), choices=[], widget=GovSelect(),
                        validators=[required(_l("Select a theme to add"))])
    submit = SubmitField(_l("Add theme"), widget=GovSubmitInput())


class SentimentForm(FlaskForm):
    """A person chooses how the comment feels."""

    sentiment = SelectField(_l("How does this comment feel?"),
                            choices=as_choices(SENTIMENT_LABELS), widget=RadioInput(),
                            validators=[required(_l("Select how the comment feels"))])
    submit = SubmitField(_l("Save sentiment"), widget=GovSubmitInput())


class RaiseFlagForm(FlaskForm):
    """Someone reviewing comments thinks one may be a safeguarding concern."""

    reason = TextAreaField(_l("Why might this be a safeguarding concern? (optional)"),
                           widget=GovTextArea(), validators=[Length(max=500, message=_l(
                               "Your reason must be 500 characters or fewer"))])
    submit = SubmitField(_l("Send to the safeguarding lead"), widget=GovSubmitInput())


class HandleFlagForm(FlaskForm):
    """Move a flag on in the casework: in progress (with whom), referred (to whom), decided."""

    outcome = SelectField(_l("What happened?"), choices=as_choices(OUTCOME_LABELS),
                          widget=RadioInput(),
                          validators=[required(_l("Select what happened"))])
    assigned_to = SelectField(_l("Who is looking into it"), choices=[], default="",
                              description=_l("Needed for in progress"), widget=GovSelect())
    referred_to = StringField(_l("Who it was referred to"), widget=GovTextInput(),
                              description=_l("Needed for referred: for example, children's "
                                             "services front door (MASH)"),
                              validators=[Length(max=200, message=_l(
                                  "Who it was referred to must be 200 characters or fewer"))])
    note = TextAreaField(_l("Note"), widget=GovTextArea(),
                         description=_l("What you did, what you are doing, or why it is not "
                                        "a concern. Only the safeguarding role can read this."),
                         validators=[required(_l("Enter a note")), NotOnlySpaces(_l(
                             "Enter a note")), Length(max=2000, message=_l(
                                 "Your note must be 2,000 characters or fewer"))])
    submit = SubmitField(_l("Save decision"), widget=GovSubmitInput())


def _name_field() -> StringField:
    return StringField(_l("Theme name"), widget=GovTextInput(),
                       validators=[required(_l("Enter a theme name")),
                                   NotOnlySpaces(_l("Enter a theme name")),
                                   Length(max=100, message=_l(
                                       "Theme name must be 100 characters or fewer"))])


def _cues_field() -> TextAreaField:
    return TextAreaField(_l("Cue phrases this area has added"), widget=GovTextArea(),
                         description=_l("One phrase on each line, like “respite care”. A "
                                        "phrase alone is enough to suggest the theme; add a "
                                        "weight after a colon for a weaker cue, like "
                                        "“letter: 0.5”. End a word with * to match words that "
                                        "start with it."))


class ThemeForm(FlaskForm):
    """A theme's names, description and how to recognise it."""

    name = _name_field()
    easy_read = StringField(_l("Easy read name"), widget=GovTextInput(),
                            validators=[Length(max=60, message=_l(
                                "Easy read name must be 60 characters or fewer"))])
    description = TextAreaField(_l("What belongs in this theme"), widget=GovTextArea(),
                                validators=[Length(max=1000, message=_l(
                                    "Description must be 1,000 characters or fewer"))])
    cues = _cues_field()
    exclusions = TextAreaField(_l("Phrases that never count towards this theme"),
                               widget=GovTextArea(),
                               description=_l("One on each line, like “needs assessment”."))
    switched_off = TextAreaField(_l("Cue phrases to switch off"), widget=GovTextArea(),
                                 description=_l("Standard cue phrases that suggest this theme "
                                                "wrongly in your area. One on each line."))
    submit = SubmitField(_l("Save and re-theme comments"), widget=GovSubmitInput())


class UsePhraseForm(FlaskForm):
    """Turn an emerging phrase into a new theme or a cue of an existing one."""

    phrase = HiddenField()
    target = SelectField(_l("Where should this phrase go?"), choices=[], widget=GovSelect(),
                         validators=[required(_l("Select where the phrase should go"))])
    submit = SubmitField(_l("Save and re-theme comments"), widget=GovSubmitInput())


class ProcedureForm(FlaskForm):
    """The area's local safeguarding procedure, shown on every flag page."""

    text = TextAreaField(_l("What to do with a concern"), widget=GovTextArea(),
                         description=_l("A few lines: who to tell, how fast, and where to record "
                                        "it."),
                         validators=[required(_l("Enter what to do with a concern")),
                                     NotOnlySpaces(_l("Enter what to do with a concern")),
                                     Length(max=2000, message=_l(
                                         "The procedure must be 2,000 characters or fewer"))])
    front_door_phone = StringField(
        _l("Children's services front door phone number"), widget=GovTextInput(),
        description=_l("For example, 0113 496 0000"),
        validators=[required(_l("Enter the front door phone number")), phone_number(_l(
            "Enter the front door phone number as a UK phone number, like 0113 496 0000"))])
    out_of_hours_phone = StringField(
        _l("Out of hours phone number (optional)"), widget=GovTextInput(),
        validators=[phone_number(_l(
            "Enter the out of hours phone number as a UK phone number, like 0113 496 0001"))])
    submit = SubmitField(_l("Save procedure"), widget=GovSubmitInput())


class HistoryFilterForm(FlaskForm):
    """Narrow the history of decided flags (sent with GET)."""

    class Meta:
        csrf = False

    outcome = SelectField(_l("Decision"), default="", widget=GovSelect(), choices=choices([
        ("", _l("Any decision")), ("acted_on", _l("Acted on")),
        ("not_a_concern", _l("Not a concern"))]))
    decided_by = SelectField(_l("Decided by"), default="", choices=[], widget=GovSelect())
    decided_from = GovDateField(_l("Decided on or after"),
                                invalid_message=_l("Decided on or after must be a real date"))
    decided_to = GovDateField(_l("Decided on or before"),
                              invalid_message=_l("Decided on or before must be a real date"),
                              validators=[NotBefore("decided_from", _l(
                                  "'Decided on or before' must be the same as or after "
                                  "'Decided on or after'"))])
    submit = SubmitField(_l("Apply filters"), widget=GovSubmitInput())


class BulkReviewForm(FlaskForm):
    """One action on many comments ticked on the review page (their checkboxes, named
    `comment`, sit in the list and point at this form, so other buttons can post them too)."""

    sentiment = SelectField(_l("Set their sentiment"), default="", widget=GovSelect(),
                            choices=as_choices(SENTIMENT_LABELS, _l("Leave it as it is")))
