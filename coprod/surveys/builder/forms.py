"""Forms for the survey builder, uploads and publishing."""

from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxInput,
    GovFileInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import BooleanField, DateField, HiddenField, SelectField, StringField, SubmitField
from wtforms.validators import Length, NumberRange, Optional, StopValidation, ValidationError

from coprod.common.edit_forms import EditForm
from coprod.common.forms import (
    ChoiceField,
    DateInput,
    NotOnlySpaces,
    RadioInput,
    WholeNumberField,
    choices,
    required,
)
from coprod.surveys.definition.symbols import load_symbols
from coprod.surveys.staff.publishing import uk_today

AUDIENCES = [("young_people", _l("Young people")), ("parent_carers", _l("Parents and carers")),
             ("practitioners", _l("Practitioners")), ("everyone", _l("Everyone"))]
QUESTION_TYPES = [
    ("single_choice", _l("Choose one answer")),
    ("multiple_choice", _l("Choose all answers that apply")),
    ("faces", _l("Faces (happy, OK, sad)")),
    ("yes_no_not_sure", _l("Yes, no, not sure")),
    ("agreement", _l("Agree or disagree")),
    ("free_text", _l("Their own words (a text box)")),
    ("about_you", _l("About the person answering")),
]
SUBTYPES = [("respondent_group", _l("Who they are (young person, parent carer...)")),
            ("age_band", _l("Age")), ("ethnicity", _l("Ethnic group")), ("gender", _l("Gender")),
            ("disability", _l("Disability")), ("home_language", _l("Language at home"))]


def _validators(label, message: str, limit: int, optional: bool) -> list:
    too_long = Length(max=limit, message=_l("%(what)s must be %(n)s characters or fewer",
                                            what=label, n=f"{limit:,}"))
    if optional:
        return [too_long]
    return [required(message), NotOnlySpaces(message), too_long]


def _text(label, message: str, limit: int, hint=None, optional: bool = False) -> StringField:
    return StringField(label, description=hint, widget=GovTextInput(),
                       validators=_validators(label, message, limit, optional))


def _area(label, message: str, limit: int, hint=None, optional: bool = False) -> StringField:
    return StringField(label, description=hint, widget=GovTextArea(),
                       validators=_validators(label, message, limit, optional))


def symbol_choices() -> list:
    """The catalogue's symbols as people see them (what the picture shows, then its short name
    in words: "2 hands raised in the air (agree a lot)", not "agree_a_lot (...)"), in
    alphabetical order, with 'No picture' first."""
    pairs = sorted(((n, f"{s.alt[:1].upper()}{s.alt[1:]} ({n.replace('_', ' ')})")
                    for n, s in load_symbols().items()), key=lambda pair: pair[1].casefold())
    return choices([("", _l("No picture")), *pairs])


def _only_for_blank(form, field) -> None:
    """The audience is asked only of a blank survey (a template has its own). Optional() let
    a blank survey with no audience through, and saving it was a 500 (issue 11.11)."""
    if form.start.data != "blank":
        field.errors[:] = []
        raise StopValidation()


def _needed_about_you(form, field) -> None:
    """What an "about the person answering" question asks about; other types have none. (With
    Optional() an empty answer stopped the check, and the page said nothing.)"""
    if not field.data:
        field.errors[:] = []
        raise StopValidation(_l("Select what it asks about") if form.qtype.data == "about_you"
                             else None)


class StartSurveyForm(FlaskForm):
    """Start from a template or from a blank page."""

    start = ChoiceField(_l("How do you want to start?"), widget=RadioInput(),
                        validators=[required(_l("Select a template or a blank survey"))],
                        invalid_message=_l("Select a template or a blank survey"))
    title = _text(_l("Title of your survey"), _l("Enter a title for the survey"), 150,
                  hint=_l("People see it on your area's home page, so give each survey its own "
                          "title. For example, What makes a good caseworker? (2027)"))
    audience = ChoiceField(_l("Who is it for? (for a blank survey)"), widget=RadioInput(),
                           choices=choices(AUDIENCES), validators=[_only_for_blank],
                           invalid_message=_l("Select who the survey is for"))
    easy_read = BooleanField(_l("Make it an easy-read survey"), widget=GovCheckboxInput())
    submit = SubmitField(_l("Create survey"), widget=GovSubmitInput())

    def validate_audience(self, field) -> None:
        if self.start.data == "blank" and not field.data:
            raise ValidationError(_l("Select who the survey is for"))


class CopyForm(FlaskForm):
    """The title of a copy: a copy never shares its original's title."""

    title = _text(_l("Title of the copy"), _l("Enter a title for the copy"), 150,
                  hint=_l("People see it on your area's home page, so make it different from "
                          "the original."))
    submit = SubmitField(_l("Make a copy"), widget=GovSubmitInput())


class UploadForm(FlaskForm):
    """A survey file to import."""

    file = FileField(_l("Upload a survey file"), widget=GovFileInput(),
                     description=_l("A YAML file written to the survey schema, like the ones "
                                    "in the surveys folder"),
                     validators=[FileRequired(_l("Select a survey file"))])
    submit = SubmitField(_l("Import survey"), widget=GovSubmitInput())


class DetailsForm(EditForm):
    """The survey's title, audience and start-page words (changed by two people at once
    without undoing each other: common.edit_forms)."""

    title = _text(_l("Title"), _l("Enter a title"), 150)
    easy_read_title = _text(_l("Easy-read title"), _l("Enter an easy-read title"), 150)
    audience = ChoiceField(_l("Who is it for?"), widget=RadioInput(), choices=choices(AUDIENCES),
                           validators=[required(_l("Select who the survey is for"))],
                           invalid_message=_l("Select who the survey is for"))
    easy_read = BooleanField(_l("This is an easy-read survey"), widget=GovCheckboxInput())
    minutes = WholeNumberField(_l("How many minutes does it take?"), widget=GovTextInput(),
                               invalid_message=_l("Enter how many minutes it takes as a whole "
                                                  "number, like 10"),
                               validators=[required(_l("Enter how many minutes it takes")),
                                           NumberRange(1, 60, _l("Enter a number from 1 to 60"))])
    purpose = _area(_l("Why are you asking? (in easy read)"), _l("Enter why you are asking"), 2000)
    who_sees_answers = _area(_l("Who will see the answers? (in easy read)"),
                             _l("Enter who will see the answers"), 2000)
    what_happens_next = _area(_l("What happens next? (in easy read)"),
                              _l("Enter what happens next"), 2000)
    submit = SubmitField(_l("Save"), widget=GovSubmitInput())


class QuestionForm(EditForm):
    """One question's words, picture and settings (when changed, by two people at once
    without undoing each other)."""

    qtype = ChoiceField(_l("Type of question"), widget=RadioInput(),
                        choices=choices(QUESTION_TYPES),
                        validators=[required(_l("Select the type of question"))],
                        invalid_message=_l("Select the type of question"))
    text = _text(_l("Question"), _l("Enter the question"), 500)
    easy_read_text = _text(_l("Question in easy read"), "", 500, optional=True,
                           hint=_l("Needed on easy-read surveys. Short words, one thing."))
    hint = _area(_l("Hint (optional)"), "", 500, optional=True,
                 hint=_l("Each new line shows as a new line."))
    symbol = SelectField(_l("Picture (optional)"), widget=GovSelect(), validate_choice=False)
    symbol_alt = _text(_l("Alt text for the picture (optional)"), "", 150, optional=True,
                       hint=_l("What the picture shows. Leave empty to use the usual words."))
    must_answer = BooleanField(_l("People must answer this question"),
                               widget=GovCheckboxInput())
    subtype = ChoiceField(_l("What it asks about"), widget=RadioInput(),
                          choices=choices(SUBTYPES), validators=[_needed_about_you],
                          invalid_message=_l("Select what it asks about"))
    faces = ChoiceField(_l("How many faces?"), widget=RadioInput(), coerce=int,
                        choices=choices([(3, _l("3 faces")), (5, _l("5 faces"))]),
                        validators=[Optional()], invalid_message=_l("Select 3 or 5 faces"))
    max_chars = WholeNumberField(_l("Most characters allowed (optional)"), widget=GovTextInput(),
                                 invalid_message=_l("Enter the most characters allowed as a "
                                                    "whole number, like 500"),
                                 validators=[Optional(), NumberRange(1, 5000, _l(
                                     "Enter a number from 1 to 5,000"))])
    offer_not_applicable = BooleanField(
        _l("Offer “Not applicable”"), widget=GovCheckboxInput(),
        description=_l("For people the statement is not about. It is counted on its own, not "
                       "in the percentages."))
    answers = _area(_l("Answers, one on each line"), "", 5000, optional=True,
                    hint=_l("For 'choose one' and 'choose all' questions. You can add pictures "
                            "to each answer afterwards."))
    submit = SubmitField(_l("Save question"), widget=GovSubmitInput())

    def __init__(self, *args, easy_read: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.easy_read_survey = easy_read
        self.symbol.choices = symbol_choices()

    def validate(self, extra_validators=None) -> bool:
        """A setting the chosen type does not use (a character limit on a choice question) is
        not on the page once the type changes, so it is not checked: an error there could be
        neither seen nor fixed."""
        for field, used_by in ((self.max_chars, "free_text"), (self.faces, "faces")):
            if self.qtype.data != used_by:
                field.process_errors, field.raw_data, field.data = [], [], None
        return super().validate(extra_validators)

    def validate_easy_read_text(self, field) -> None:
        if self.easy_read_survey and not (field.data or "").strip():
            raise ValidationError(_l("Enter the question in easy read"))

    def fields_for_builder(self) -> dict:
        """The form's answers under the names a survey file uses."""
        return {"text": self.text.data, "easy_read_text": self.easy_read_text.data,
                "hint": self.hint.data, "symbol": self.symbol.data or None,
                "symbol_alt": self.symbol_alt.data if self.symbol.data else None,
                "required": self.must_answer.data, "subtype": self.subtype.data or None,
                "faces": self.faces.data if self.qtype.data == "faces" else None,
                "max_chars": self.max_chars.data if self.qtype.data == "free_text" else None,
                "offer_not_applicable": self.qtype.data == "agreement"
                and self.offer_not_applicable.data}


class QuestionTypeForm(FlaskForm):
    """The first page of adding a question: its type, so the next page asks only for what
    that type needs (no JavaScript hiding fields)."""

    qtype = ChoiceField(_l("What type of question is it?"), widget=RadioInput(),
                        choices=choices(QUESTION_TYPES),
                        validators=[required(_l("Select the type of question"))],
                        invalid_message=_l("Select the type of question"))
    submit = SubmitField(_l("Continue"), widget=GovSubmitInput())


TYPE_NAMES = dict(QUESTION_TYPES)


class OptionForm(EditForm):
    """One answer to a choice question (when changed, by two people at once without undoing
    each other: common.edit_forms)."""

    # The answer's value when the page was opened. The page's address says where the answer
    # was; someone may have moved or removed answers since, so it is found again by this.
    answer = HiddenField()

    label = _text(_l("Answer"), _l("Enter the answer"), 150)
    easy_read_label = _text(_l("Answer in easy read"), "", 150, optional=True)
    symbol = SelectField(_l("Picture (optional)"), widget=GovSelect(), validate_choice=False)
    symbol_alt = _text(_l("Alt text for the picture (optional)"), "", 150, optional=True)
    exclusive = BooleanField(_l("Picking this answer clears the others (like 'None of these')"),
                             widget=GovCheckboxInput())
    submit = SubmitField(_l("Save answer"), widget=GovSubmitInput())

    def __init__(self, *args, easy_read: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.easy_read_survey = easy_read
        self.symbol.choices = symbol_choices()

    def validate_easy_read_label(self, field) -> None:
        if self.easy_read_survey and not (field.data or "").strip():
            raise ValidationError(_l("Enter the answer in easy read"))

    def fields_for_builder(self) -> dict:
        """The form's answers under the names a survey file uses."""
        return {"label": self.label.data, "easy_read_label": self.easy_read_label.data,
                "symbol": self.symbol.data or None,
                "symbol_alt": self.symbol_alt.data if self.symbol.data else None,
                "exclusive": self.exclusive.data}


class GovDateField(DateField):
    """Day, month and year boxes with GOV.UK messages for an impossible date."""

    def __init__(self, label, *, invalid_message: str = "", **kwargs) -> None:
        super().__init__(label, format="%d %m %Y", widget=DateInput(), **kwargs)
        self.invalid_message = invalid_message

    def process_formdata(self, valuelist: list[str]) -> None:
        parts = [part.strip() for part in valuelist]
        if len(parts) != 3:
            self.data, self.raw_data = None, None  # nothing sent: show empty boxes
            return
        if not any(parts):
            self.data = None
            return
        try:
            if len(parts[2]) != 4:
                raise ValueError("year must have 4 digits")
            self.data = date(int(parts[2]), int(parts[1]), int(parts[0]))
        except ValueError as error:
            self.data = None
            raise ValueError(self.invalid_message) from error

    def pre_validate(self, form) -> None:
        if self.process_errors:
            raise StopValidation()


class PublishForm(FlaskForm):
    """When the survey opens and closes (both optional)."""

    opens_on = GovDateField(_l("Opens on (optional)"), description=_l(
        "Leave empty to open it now. A later date schedules it. For example, 14 3 2027"),
        invalid_message=_l("Opening date must be a real date"))
    closes_on = GovDateField(_l("Closes on (optional)"), description=_l(
        "The last day people can answer. For example, 30 4 2027"),
        invalid_message=_l("Closing date must be a real date"))
    submit = SubmitField(_l("Publish survey"), widget=GovSubmitInput())

    def validate_closes_on(self, field) -> None:
        if field.data and self.opens_on.data and field.data < self.opens_on.data:
            raise ValidationError(_l("Closing date must be the same as or after the opening "
                                     "date"))
        # Publishing with a past closing day would close the survey the moment it opened.
        if field.data and field.data < uk_today():
            raise ValidationError(_l("Closing date must be today or in the future"))
