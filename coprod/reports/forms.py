"""Choosing a report's period and scope; the SEND population; the draft self-evaluation."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCharacterCount,
    GovSelect,
    GovSubmitInput,
    GovTextInput,
)
from wtforms import SelectField, SelectMultipleField, StringField, SubmitField, TextAreaField
from wtforms.validators import Length, StopValidation

from coprod.common.forms import CheckboxesInput, NotBefore, NotOnlySpaces, choices, required
from coprod.events.forms import CountField
from coprod.reports.models import PHASE_LABELS, Phase
from coprod.surveys.builder.forms import GovDateField
from coprod.voice.models import CHANNEL_LABELS, GROUP_LABELS


class ScopeForm(FlaskForm):
    """The period and who a report covers (a GET form: a report's address can be shared)."""

    class Meta:
        csrf = False

    date_from = GovDateField(_l("From"), invalid_message=_l("'From' must be a real date"))
    date_to = GovDateField(_l("To"), invalid_message=_l("'To' must be a real date"), validators=[
        NotBefore("date_from", _l("'To' must be the same as or after 'From'"))])
    groups = SelectMultipleField(_l("Who said it (leave all empty for everyone)"),
                                 choices=choices([(g.value, str(label)) for g, label in
                                                  GROUP_LABELS.items()]),
                                 widget=CheckboxesInput())
    channels = SelectMultipleField(_l("How it reached us (leave all empty for every way)"),
                                   choices=choices([(c.value, str(label)) for c, label in
                                                    CHANNEL_LABELS.items()]),
                                   widget=CheckboxesInput())
    survey = SelectField(_l("Survey"), choices=[], default="", widget=GovSelect())
    event = SelectField(_l("Listening event"), choices=[], default="", widget=GovSelect())
    project = SelectField(_l("Project"), choices=[], default="", widget=GovSelect())
    areas = SelectMultipleField(_l("Also include these areas"), choices=[],
                                widget=CheckboxesInput())
    submit = SubmitField(_l("Show the report"), widget=GovSubmitInput())

    def offer(self, surveys: list[tuple[int, str]], events: list[tuple[int, str]],
              projects: list[tuple[int, str]], other_areas: list[tuple[int, str]]) -> None:
        """What may be chosen: this area's surveys, events and projects, and only the other
        areas this person may see reports of (anything else is "not a valid choice")."""
        self.survey.choices = choices([("", _l("Every survey"))] + _named(surveys))
        self.event.choices = choices([("", _l("Every event"))] + _named(events))
        self.project.choices = choices([("", _l("No project"))] + _named(projects))
        self.areas.choices = choices(_named(other_areas))


def _named(pairs: list[tuple[int, str]]) -> list[tuple[str, str]]:
    return [(str(value), label) for value, label in pairs]


class PopulationField(CountField):
    """A head count from the SEN2 return or school census. Unlike an event's count, blank is
    "not known", not 0: the evidence pack divides voices heard by these numbers, so a box
    left empty would shrink the population and overstate reach. Blank is refused."""

    def __init__(self, label: str, required_message: str, **kwargs) -> None:
        super().__init__(label, default=None, **kwargs)  # nothing saved yet: empty, not 0
        self.required_message = required_message

    def process_formdata(self, valuelist: list[str]) -> None:
        super().process_formdata(valuelist)
        if not (valuelist[0] if valuelist else "").strip():
            self.data = None

    def pre_validate(self, form) -> None:
        if self.data is None and not self.process_errors:
            raise StopValidation(self.required_message)
        super().pre_validate(form)


class PopulationForm(FlaskForm):
    """Children and young people with an EHC plan or SEN support, by phase."""

    submit = SubmitField(_l("Save the numbers"), widget=GovSubmitInput())


for _phase in Phase:
    setattr(PopulationForm, f"{_phase.value}_ehc", PopulationField(
        _l("%(phase)s: with an EHC plan", phase=PHASE_LABELS[_phase]),
        _l("Enter how many in %(phase)s have an EHC plan, or 0 if none",
           phase=PHASE_LABELS[_phase])))
    setattr(PopulationForm, f"{_phase.value}_support", PopulationField(
        _l("%(phase)s: with SEN support", phase=PHASE_LABELS[_phase]),
        _l("Enter how many in %(phase)s have SEN support, or 0 if none",
           phase=PHASE_LABELS[_phase])))


class SelfEvaluationForm(FlaskForm):
    """The evidence pack's draft self-evaluation, in a leader's own words."""

    text = TextAreaField(_l("Self-evaluation"), widget=GovCharacterCount(), validators=[
        required(_l("Enter the self-evaluation")),
        NotOnlySpaces(_l("Enter the self-evaluation")),
        Length(max=10000, message=_l("Self-evaluation must be 10,000 characters or fewer"))])
    submit = SubmitField(_l("Save the self-evaluation"), widget=GovSubmitInput())


class SaveReportForm(FlaskForm):
    """A name for a report published for a board."""

    title = StringField(_l("Name this saved report"), widget=GovTextInput(), validators=[
        required(_l("Enter a name for the saved report")),
        NotOnlySpaces(_l("Enter a name for the saved report")),
        Length(max=200, message=_l("The name must be 200 characters or fewer"))])
    save = SubmitField(_l("Save this report"), widget=GovSubmitInput())
