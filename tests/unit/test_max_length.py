"""A character count's limit comes from its field's Length validator (coprod.templating), so
the number a person sees counting down and the number the form refuses cannot drift apart."""

from __future__ import annotations

import pytest
from wtforms import Form, StringField, TextAreaField
from wtforms.validators import InputRequired, Length

from coprod.templating import max_length


class _Form(Form):
    limited = TextAreaField(validators=[InputRequired(), Length(max=5000)])
    two_limits = TextAreaField(validators=[Length(max=300), Length(min=2, max=50)])
    only_a_minimum = StringField(validators=[Length(min=3)])
    free = StringField()


@pytest.mark.parametrize("name,limit", [("limited", 5000), ("two_limits", 50),
                                        ("only_a_minimum", None), ("free", None)])
def test_a_fields_limit_is_the_most_its_length_validators_allow(name, limit):
    assert max_length(_Form()[name]) == limit


def test_templates_read_the_limit_through_the_filter(app):
    with app.test_request_context("/"):
        rendered = app.jinja_env.from_string(
            '{{ form.limited|max_length }} {{ form.free|max_length is none }}').render(
            form=_Form())
    assert rendered == "5000 True"
