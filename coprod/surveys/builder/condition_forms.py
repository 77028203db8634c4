"""Forms for "Only show this question if…": first which earlier question decides, then which
of its answers show the question. Two short pages, so it works without JavaScript."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSubmitInput
from wtforms import SelectMultipleField, SubmitField
from wtforms.validators import ValidationError

from coprod.common.forms import CheckboxesInput, ChoiceField, RadioInput, choices, required
from coprod.surveys.definition.survey import Question, answer_options

EVERYONE = "-everyone"  # never a question id: ids are lower-case letters, digits and "_"


class ShownToForm(FlaskForm):
    """Who sees a question: everyone, or people who gave some answers to an earlier question."""

    decided_by = ChoiceField(_l("Who should see this question?"), widget=RadioInput(),
                             validators=[required(_l("Select who should see this question"))],
                             invalid_message=_l("Select ‘Show it to everyone’ or a question "
                                                "asked before this one"))
    submit = SubmitField(_l("Continue"), widget=GovSubmitInput())

    def __init__(self, *args, deciding: list[tuple[int, Question]], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.decided_by.choices = choices(
            [(EVERYONE, _l("Show it to everyone"))]
            + [(q.id, _l("Only show it for some answers to question %(n)d: ‘%(text)s’",
                         n=n, text=q.text)) for n, q in deciding])


class ShownForAnswersForm(FlaskForm):
    """The answers to an earlier question that show this one."""

    answers = SelectMultipleField(_l("Answers that show this question"),
                                  widget=CheckboxesInput(), validate_choice=False,
                                  validators=[required(_l("Select at least one answer"))])
    submit = SubmitField(_l("Save"), widget=GovSubmitInput())

    def __init__(self, *args, deciding: Question, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.deciding = deciding
        self.answers.choices = choices([(o.value, o.label) for o in answer_options(deciding)])

    def validate_answers(self, field) -> None:
        allowed = {choice.value for choice in field.choices}
        if any(value not in allowed for value in field.data or []):
            raise ValidationError(_l("Select answers to ‘%(q)s’ only", q=self.deciding.text))
