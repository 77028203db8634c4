"""Sign-in and invitation forms."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovPasswordInput,
    GovSubmitInput,
    GovTextInput,
)
from wtforms import EmailField, PasswordField, StringField, SubmitField
from wtforms.validators import EqualTo, Length

from coprod.areas.models import Role
from coprod.auth.passwords import MIN_LENGTH
from coprod.common.forms import (
    ChoiceField,
    NotOnlySpaces,
    RadioInput,
    choices,
    email_address,
    required,
)

ROLE_LABELS = {
    Role.ADMIN: _l("Admin: everything in the area, including people and roles"),
    Role.OFFICER: _l("Officer: runs surveys, events, theming, you said we did and reports"),
    Role.FORUM: _l("Parent carer forum: drafts and runs consultations, adds evidence"),
    Role.LEADER: _l("Leader: reads dashboards and reports"),
    Role.SAFEGUARDING: _l("Safeguarding lead: sees and acts on safeguarding flags"),
}


class SignInForm(FlaskForm):
    """Email address and password."""

    email = EmailField(_l("Email address"), validators=email_address(), widget=GovTextInput())
    password = PasswordField(_l("Password"), validators=[required(_l("Enter your password"))],
                             widget=GovPasswordInput())
    submit = SubmitField(_l("Sign in"), widget=GovSubmitInput())


class InviteForm(FlaskForm):
    """Who to invite, and with which role."""

    email = EmailField(_l("Email address"), validators=email_address(), widget=GovTextInput())
    role = ChoiceField(_l("Role"), choices=choices(
        (r.value, label) for r, label in ROLE_LABELS.items()),
                       validators=[required(_l("Select a role"))], widget=RadioInput(),
                       invalid_message=_l("Select a role"))
    submit = SubmitField(_l("Create invitation link"), widget=GovSubmitInput())


def _new_password() -> list:
    return [required(_l("Enter a password")),
            Length(min=MIN_LENGTH, max=200,
                   message=_l("Password must be between %(min)d and 200 characters",
                              min=MIN_LENGTH))]


class AcceptInviteForm(FlaskForm):
    """A new person's name and password."""

    name = StringField(_l("Your full name"), widget=GovTextInput(),
                       validators=[required(_l("Enter your full name")),
                                   NotOnlySpaces(_l("Enter your full name")),
                                   Length(max=200, message=_l(
                                       "Name must be 200 characters or fewer"))])
    password = PasswordField(_l("Create a password"), widget=GovPasswordInput(),
                             description=_l("Use at least %(min)d characters. "
                                            "A few unrelated words is a good choice.",
                                            min=MIN_LENGTH),
                             validators=_new_password())
    confirm = PasswordField(_l("Type the password again"), widget=GovPasswordInput(),
                            validators=[required(_l("Type the password again")),
                                        EqualTo("password", _l("The passwords do not match"))])
    submit = SubmitField(_l("Create account"), widget=GovSubmitInput())


class JoinAreaForm(FlaskForm):
    """An existing person confirms it is them with their password."""

    password = PasswordField(_l("Your coprod password"), widget=GovPasswordInput(),
                             validators=[required(_l("Enter your password"))])
    submit = SubmitField(_l("Join this area"), widget=GovSubmitInput())


class SwitchAreaForm(FlaskForm):
    """Which of your areas to work in."""

    area = ChoiceField(_l("Which area do you want to work in?"), coerce=int,
                       validators=[required(_l("Select an area"))], widget=RadioInput(),
                       invalid_message=_l("Select one of your areas"))
    submit = SubmitField(_l("Continue"), widget=GovSubmitInput())


class ChangeRoleForm(FlaskForm):
    """A person's new role in the area."""

    role = ChoiceField(_l("Role"), choices=choices(
        (r.value, label) for r, label in ROLE_LABELS.items()),
                       validators=[required(_l("Select a role"))], widget=RadioInput(),
                       invalid_message=_l("Select a role"))
    submit = SubmitField(_l("Change role"), widget=GovSubmitInput())
