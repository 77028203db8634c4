"""The respondent's forms: one answer form built for each question, and the code forms.

The fields are rendered by templates/surveys/journey/_question.html (so the builder's preview
shows exactly the same page); these classes only read and check what was sent.
"""

from __future__ import annotations

from functools import lru_cache

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSubmitInput, GovTextInput
from wtforms import BooleanField, SelectMultipleField, StringField, SubmitField, TextAreaField
from wtforms.validators import Length, ValidationError

from coprod.common.forms import ChoiceField, RadioInput, choices, required
from coprod.surveys.definition.survey import (
    DONT_UNDERSTAND_OPTION,
    Answer,
    Question,
    answer_options,
)
from coprod.surveys.journey.codes import normalise
from coprod.surveys.models import Channel

SELECT_MESSAGES = {"faces": _l("Select how you feel"),
                   "multiple_choice": _l("Select at least one answer")}
DONT_UNDERSTAND = DONT_UNDERSTAND_OPTION.value


def select_message(question: Question) -> str:
    """The GOV.UK message for a choice left empty: "Select how you feel", "Select an answer"."""
    return str(SELECT_MESSAGES.get(question.type, _l("Select an answer")))


def too_long_message(limit: int) -> str:
    """"Your answer must be 1,000 characters or fewer"."""
    return _("Your answer must be %(limit)s characters or fewer", limit=f"{limit:,}")


class Exclusive:
    """An exclusive option ("I don't understand", "None of these") cannot be picked with others.
    With JavaScript the checkboxes untick each other; without it, this explains."""

    def __init__(self, question: Question) -> None:
        options = answer_options(question)
        self.words = {o.value: o.words(True) for o in options if o.exclusive}

    def __call__(self, _form, field) -> None:
        picked = list(field.data or [])
        chosen = [value for value in picked if value in self.words]
        if chosen and len(picked) > 1:
            raise ValidationError(_("Select ‘%(option)s’ on its own, or choose other answers",
                                    option=self.words[chosen[0]]))


class NotWithDontUnderstand:
    """Free text and "I don't understand" together would be two answers: ask for one."""

    def __call__(self, form, field) -> None:
        if (field.data or "").strip() and form.dont_understand.data:
            raise ValidationError(_("Write your answer, or select ‘I don’t understand’, "
                                    "not both"))


def _choice_field(question: Question):
    message = select_message(question)
    pairs = [(o.value, o.label) for o in answer_options(question)]
    validators = [required(message)] if question.required else []
    if question.type == "multiple_choice":
        return SelectMultipleField(question.text, choices=choices(pairs),
                                   validators=[*validators, Exclusive(question)],
                                   invalid_choice_message=message)
    return ChoiceField(question.text, choices=choices(pairs), validate_choice=True,
                       validators=validators, invalid_message=message)


def _text_field(question: Question):
    limit = question.max_chars or 0
    validators = [Length(max=limit, message=too_long_message(limit))]
    if question.required:
        validators.insert(0, required(_("Enter your answer")))
    if question.offer_dont_understand:
        validators.append(NotWithDontUnderstand())
    return TextAreaField(question.text, validators=validators, filters=[_one_newline])


def _one_newline(text: str | None) -> str | None:
    """Browsers send a new line as two characters; count it as one, as the character count
    people see while typing does."""
    return text.replace("\r\n", "\n") if text else text


class _AnswerForm(FlaskForm):
    """Base of every answer form: the answer, and which button was pressed."""

    action = StringField()

    class Meta:
        # The app-wide CSRFProtect has checked the token before the view runs (and a public
        # form whose check failed is shown again, see common.web.public_form); checking it
        # again in the form only cost time on every page a respondent sends.
        csrf = False

        def get_translations(self, form):
            """None: every message here is our own, so WTForms' catalogue need not be loaded
            (flask-wtf would load it again for every form)."""
            return None


@lru_cache(maxsize=512)
def _form_class(question: Question) -> type[FlaskForm]:
    """One form class per question (questions are frozen, so this is built once per process)."""
    attrs: dict = {}
    if question.type == "free_text":
        attrs["answer"] = _text_field(question)
        if question.offer_dont_understand:
            attrs["dont_understand"] = BooleanField(DONT_UNDERSTAND_OPTION.label)
    else:
        attrs["answer"] = _choice_field(question)
    return type("AnswerForm", (_AnswerForm,), attrs)


def answer_form(question: Question, **kwargs) -> FlaskForm:
    """A form for one question, filled from the request (or from `data=`)."""
    form = _form_class(question)(**kwargs)
    if question.type != "free_text" and form.answer.data in ("", None):
        # Nothing picked: the required message says so (or, if optional, that is fine),
        # rather than RadioField's "not a valid choice" as well.
        form.answer.validate_choice = False
    return form


def typed_value(question: Question, form: FlaskForm) -> Answer:
    """What was sent, as it would be saved: text (or "dont_understand"), a value or a list."""
    data = form.answer.data
    if question.type == "free_text":
        if getattr(form, "dont_understand", None) is not None and form.dont_understand.data \
                and not (data or "").strip():
            return DONT_UNDERSTAND
        return (data or "").strip() or None
    if question.type == "multiple_choice":
        return list(data or [])
    return data or None


class CodeForm(FlaskForm):
    """A code someone wrote down: for coming back, or for deleting their answers."""

    code = StringField(_l("Your code"), widget=GovTextInput(),
                       description=_l("It looks like K7P4-QX9M."),
                       validators=[required(_l("Enter your code"))])
    submit = SubmitField(_l("Continue"), widget=GovSubmitInput())

    def validate_code(self, field) -> None:
        """A code is 8 letters and numbers, like K7P4-QX9M."""
        if not normalise(field.data):
            raise ValidationError(_("Enter your code as it was shown, like K7P4-QX9M"))


CHANNEL_LABELS = {
    Channel.PAPER: _l("On a paper form"),
    Channel.EVENT: _l("At an event or group"),
    Channel.PHONE: _l("On the phone"),
    Channel.ONLINE: _l("Online, with my help (for example, on my tablet)"),
}


class ChannelForm(FlaskForm):
    """How the response a member of staff is typing in reached them."""

    channel = ChoiceField(_l("How did you get this response?"), widget=RadioInput(),
                          choices=choices((c.value, label) for c, label in CHANNEL_LABELS.items()),
                          validators=[required(_l("Select how you got this response"))],
                          invalid_message=_l("Select how you got this response"))
    submit = SubmitField(_l("Start entering answers"), widget=GovSubmitInput())
