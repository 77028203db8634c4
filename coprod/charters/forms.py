"""Forms for signatories, projects, evaluation links and evaluations (staff and public)."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSubmitInput, GovTextArea, GovTextInput
from wtforms import (
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, NumberRange, Optional

from coprod.charters.models import KIND_LABELS, LEVEL_LABELS, LEVEL_MEANINGS, STAGE_LABELS
from coprod.charters.scale import SCORES, STAFF_LABELS, Question
from coprod.charters.services import ProjectDetails
from coprod.common.edit_forms import EditForm
from coprod.common.forms import (
    CheckboxesInput,
    ChoiceField,
    NotOnlySpaces,
    RadioInput,
    WholeNumberField,
    required,
)
from coprod.voice.forms import GovDateField, as_choices

DONT_KNOW = "dont_know"


def _text(label, limit: int, message, *, area: bool = False, optional: bool = False, **kwargs):
    checks = [] if optional else [required(message), NotOnlySpaces(message)]
    checks.append(Length(max=limit, message=_l("%(label)s must be %(limit)s characters or fewer",
                                               label=label, limit=f"{limit:,}")))
    field = TextAreaField if area else StringField
    return field(label, widget=GovTextArea() if area else GovTextInput(), validators=checks,
                 **kwargs)


class SignatoryForm(FlaskForm):
    """An organisation signing the charter, with its pledge in its own words."""

    organisation = _text(_l("Organisation"), 200, _l("Enter the organisation's name"))
    kind = SelectField(_l("Kind of organisation"), choices=as_choices(KIND_LABELS),
                       widget=RadioInput(),
                       validators=[required(_l("Select the kind of organisation"))])
    signed_by = _text(_l("Who signed"), 200, _l("Enter who signed for the organisation"),
                      description=_l("Their name and role, like Chief Executive"))
    signed_on = GovDateField(_l("Date signed"), description=_l("For example, 27 3 2026"),
                             required_message=_l("Enter the date it was signed"),
                             invalid_message=_l("Date signed must be a real date"))
    pledge = _text(_l("Pledge"), 2000, _l("Enter the organisation's pledge"), area=True,
                   description=_l("What they promise to do, in their own words"))
    submit = SubmitField(_l("Add signatory"), widget=GovSubmitInput())


class ProjectForm(EditForm):
    """A piece of co-production work: what, with whom, how far along, how far families took
    part, and what it links to (changed by two people at once without undoing each other)."""

    title = _text(_l("Name of the work"), 200, _l("Enter the name of the work"),
                  description=_l("For example, Redesigning annual reviews"))
    summary = _text(_l("What it is about (optional)"), 2000, "", area=True, optional=True)
    partners = _text(_l("Partners (optional)"), 500, "", optional=True,
                     description=_l("For example, Parent carer forum, SENDIASS, health"))
    stage = SelectField(_l("Stage"), choices=as_choices(STAGE_LABELS), widget=RadioInput(),
                        validators=[required(_l("Select the stage the work is at"))])
    level = SelectField(_l("Level of participation reached"),
                        choices=[SelectChoice(k.value, f"{label}: {LEVEL_MEANINGS[k]}")
                                 for k, label in LEVEL_LABELS.items()],
                        widget=RadioInput(),
                        validators=[required(_l("Select the level of participation reached"))])
    surveys = SelectMultipleField(_l("Surveys for this work (optional)"), coerce=int,
                                  widget=CheckboxesInput(), choices=[])
    events = SelectMultipleField(_l("Listening events for this work (optional)"), coerce=int,
                                 widget=CheckboxesInput(), choices=[])
    you_said = SelectMultipleField(_l("“You said, we did” items for this work (optional)"),
                                   coerce=int, widget=CheckboxesInput(), choices=[])
    submit = SubmitField(_l("Save project"), widget=GovSubmitInput())

    @staticmethod
    def values_of(details: ProjectDetails) -> dict[str, Any]:
        """A project's details under this form's names, to fill it."""
        return {"title": details.title, "summary": details.summary,
                "partners": details.partners, "stage": details.stage, "level": details.level,
                "surveys": details.survey_ids, "events": details.event_ids,
                "you_said": details.you_said_ids}

    def details(self) -> ProjectDetails:
        """What was entered, as the service takes it."""
        return ProjectDetails(title=self.title.data.strip(), stage=self.stage.data,
                              level=self.level.data, summary=(self.summary.data or "").strip(),
                              partners=(self.partners.data or "").strip(),
                              survey_ids=list(self.surveys.data or []),
                              event_ids=list(self.events.data or []),
                              you_said_ids=list(self.you_said.data or []))


class LinkForm(FlaskForm):
    """A public evaluation link: for families or young people; open or with printed codes."""

    audience = SelectField(_l("Who is it for?"), widget=RadioInput(), choices=[
        SelectChoice("family", _l("Parents and carers: the charter's principles")),
        SelectChoice("young_person", _l("Young people: the 4 Lundy questions"))],
        validators=[required(_l("Select who the link is for"))])
    kind = SelectField(_l("How will people use it?"), widget=RadioInput(), choices=[
        SelectChoice("open", _l("An open link: one evaluation per browser")),
        SelectChoice("codes", _l("Printed codes for a meeting: each code counts once"))],
        validators=[required(_l("Select how people will use the link"))])
    codes = WholeNumberField(_l("How many codes?"), widget=GovTextInput(),
                             invalid_message=_l("Enter how many codes as a whole number, like 30"),
                             description=_l("Only for printed codes: one for each person, up to "
                                            "200"),
                             validators=[Optional(), NumberRange(
                                 min=1, max=200, message=_l("How many codes must be 1 to 200"))])
    submit = SubmitField(_l("Make the link"), widget=GovSubmitInput())

    def validate(self, extra_validators=None) -> bool:
        """Printed codes need a number (Optional() stops the field's own checks when blank)."""
        valid = super().validate(extra_validators)
        if self.kind.data == "codes" and not self.codes.data and not self.codes.errors:
            self.codes.errors = [*self.codes.errors, _l("Enter how many codes to print")]
            return False
        return valid


SHARE_WORDS_CHOICES = [SelectChoice("yes", _l("Yes, you can use my words")),
                       SelectChoice("no", _l("No, do not use my words"))]


def share_words_field() -> SelectField:
    """ "Can we use your words?", as surveys ask it: the person's own yes or no to quoting
    what they wrote (without their name) in reports and on public pages."""
    return SelectField(_l("Can we use your words?"), choices=SHARE_WORDS_CHOICES,
                       widget=RadioInput(),
                       description=_l("We may quote what you wrote in our reports and on our "
                                      "website. We never use your name. We only do this if "
                                      "you say yes."),
                       validators=[required(_l("Select yes if we can use your words, or no"))])


def staff_evaluation_form(questions: list[Question],
                          ask_share_words: bool = False) -> type[FlaskForm]:
    """A form with, for each principle, a rating and a sentence of evidence; and for someone
    speaking as a family (a forum member), whether their words can be used."""
    attributes: dict[str, Any] = {}
    for question in questions:
        attributes[f"score_{question.key}"] = SelectField(
            question.name, widget=RadioInput(),
            choices=[SelectChoice(str(s), f"{s}: {STAFF_LABELS[s]}") for s in SCORES],
            validators=[required(_l("Select a rating for %(name)s", name=question.name))])
        attributes[f"evidence_{question.key}"] = _text(
            _l("Evidence for %(name)s", name=question.name), 1000,
            _l("Enter a sentence of evidence for %(name)s", name=question.name), area=True,
            description=_l("What happened that shows this, in a sentence"))
    if ask_share_words:
        attributes["share_words"] = share_words_field()
    attributes["submit"] = SubmitField(_l("Save evaluation"), widget=GovSubmitInput())
    return type("StaffEvaluationForm", (FlaskForm,), attributes)


class PublicAnswerForm(FlaskForm):
    """One easy-read question: a face, or "I do not know", and why (if they want to say)."""

    score = ChoiceField(choices=[*(str(s) for s in SCORES), DONT_KNOW],
                        validators=[required(_l("Choose an answer"))],
                        invalid_message=_l("Choose an answer"))
    evidence = _text(_l("Why? You do not have to say."), 1000, "", area=True, optional=True)


class PublicShareForm(FlaskForm):
    """Easy read "Can we share your words?": yes, no, or "I do not know" (which is not a yes)."""

    share = ChoiceField(choices=["yes", "no", DONT_KNOW],
                        validators=[required(_l("Choose an answer"))],
                        invalid_message=_l("Choose an answer"))


class CodeForm(FlaskForm):
    """The code from the paper someone was given at the meeting."""

    code = StringField(_l("Your code"), widget=GovTextInput(),
                       description=_l("It is on your paper. It looks like K7P4-QX9M."),
                       validators=[required(_l("Type the code from your paper"))])
