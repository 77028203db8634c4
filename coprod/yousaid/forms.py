"""Forms for "you said, we did": the item, its status, progress, told families, the board."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from govuk_frontend_wtf.wtforms_widgets import (
    GovFileInput,
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
from wtforms.validators import Length

from coprod.common.edit_forms import EditForm
from coprod.common.forms import CheckboxesInput, NotOnlySpaces, RadioInput, choices, required
from coprod.events.forms import CountField
from coprod.voice.forms import GovDateField, NotInFuture, as_choices
from coprod.yousaid.board import BoardFilters
from coprod.yousaid.models import HOW_TOLD_LABELS, STATUS_LABELS
from coprod.yousaid.services import ItemWording


def _text(label: str, limit: int, area: bool = False, **kwargs):
    field = TextAreaField if area else StringField
    return field(label, widget=GovTextArea() if area else GovTextInput(), validators=[Length(
        max=limit, message=_l("%(label)s must be %(limit)s characters or fewer", label=label,
                              limit=f"{limit:,}"))] + kwargs.pop("validators", []), **kwargs)


class ItemForm(EditForm):
    """An item's words (plain and easy read), themes, owner, partners, target and impact."""

    you_said = _text(_l("You said"), 1000, True, validators=[
        required(_l("Enter what families said")), NotOnlySpaces(_l("Enter what families said"))],
        description=_l("What families told us, in plain words. This is shown in public "
                       "once the item is published: never copy a family's own words here."))
    you_said_easy = _text(_l("You said, in easy read"), 1000, True, description=_l(
        "Short sentences of 15 words or fewer. No percentages."))
    we_did = _text(_l("We did, or we will"), 2000, True,
                   description=_l("What was done, or what will be done, in plain words."))
    we_did_easy = _text(_l("We did, or we will, in easy read"), 1000, True)
    themes = SelectMultipleField(_l("Themes"), choices=[], widget=CheckboxesInput(),
                                 description=_l("Select all that apply."))
    owner = _text(_l("Owner organisation"), 200,
                  description=_l("For example, Northvale Council or the ICB"))
    lead = _text(_l("Named lead"), 200, description=_l("The person who answers for it"))
    partners = _text(_l("Partners"), 500)
    target_on = GovDateField(_l("Target date"), description=_l("For example, 27 3 2027"),
                             invalid_message=_l("Target date must be a real date"))
    impact = _text(_l("Evidence of impact"), 2000, True,
                   description=_l("What changed for children and families, and how you know"))
    submit = SubmitField(_l("Save item"), widget=GovSubmitInput())

    def wording(self) -> ItemWording:
        """What was typed, as the service takes it."""
        return ItemWording(
            you_said=self.you_said.data or "", you_said_easy=self.you_said_easy.data or "",
            we_did=self.we_did.data or "", we_did_easy=self.we_did_easy.data or "",
            impact=self.impact.data or "", themes=tuple(self.themes.data or ()),
            owner=self.owner.data or "", lead=self.lead.data or "",
            partners=self.partners.data or "", target_on=self.target_on.data)


class StatusForm(EditForm):
    """Move an item on: the new status, what was done or why not, and a note."""

    status = SelectField(_l("Status"), choices=as_choices(STATUS_LABELS), widget=RadioInput(),
                         validators=[required(_l("Select a status"))])
    we_did = _text(_l("What was done"), 2000, True, description=_l(
        "Needed when the item is done. If it still says what you will do, say what you did."))
    we_did_easy = _text(_l("What was done, in easy read"), 1000, True, description=_l(
        "Young people read this beside 'We did this.' Short sentences of 15 words or fewer."))
    reason = _text(_l("Why it cannot be done"), 2000, True, description=_l(
        "Needed for can't do. Be open and honest, in plain words."))
    note = _text(_l("Note for the timeline (optional)"), 2000, True)
    submit = SubmitField(_l("Save status"), widget=GovSubmitInput())


class UpdateForm(FlaskForm):
    """A dated note on the progress timeline."""

    text = _text(_l("What has happened"), 2000, True, validators=[
        required(_l("Enter what has happened")), NotOnlySpaces(_l("Enter what has happened"))])
    submit = SubmitField(_l("Add to timeline"), widget=GovSubmitInput())


class ToldForm(FlaskForm):
    """Families were told: when, how, to whom, how many."""

    told_on = GovDateField(_l("Date families were told"), description=_l("For example, 27 3 2026"),
                           required_message=_l("Enter the date families were told"),
                           invalid_message=_l("Date families were told must be a real date"),
                           validators=[NotInFuture(_l("Date families were told must be today "
                                                      "or in the past"))])
    how = SelectField(_l("How were families told?"), choices=as_choices(HOW_TOLD_LABELS),
                      widget=RadioInput(),
                      validators=[required(_l("Select how families were told"))])
    audience = _text(_l("Who was told (optional)"), 200,
                     description=_l("For example, parent carer forum members"))
    reached = CountField(_l("How many were reached (optional)"))
    submit = SubmitField(_l("Save"), widget=GovSubmitInput())


class BulkStatusForm(FlaskForm):
    """Several items' status changed at once."""

    item = SelectMultipleField(_l("Items"), choices=[], validate_choice=False, widget=None)
    new_status = SelectField(_l("Change the selected items to"),
                             choices=as_choices(STATUS_LABELS, _l("Choose a status")),
                             widget=GovSelect(), validators=[required(_l("Select a status"))])
    change = SubmitField(_l("Change status"), widget=GovSubmitInput())


class BoardFilterForm(FlaskForm):
    """Narrow the staff board (sent with GET, so a filtered board can be shared)."""

    class Meta:
        csrf = False

    status = SelectField(_l("Status"), choices=as_choices(STATUS_LABELS, _l("Any status")),
                         default="", widget=GovSelect())
    theme = SelectField(_l("Theme"), choices=[], default="", widget=GovSelect())
    owner = SelectField(_l("Owner"), choices=[], default="", widget=GovSelect())
    published = SelectField(_l("Published"), default="", widget=GovSelect(), choices=choices([
        ("", _l("Published or not")), ("yes", _l("Published")), ("no", _l("Not published"))]))
    only = SelectMultipleField(_l("Show only"), widget=CheckboxesInput(), choices=choices([
        ("overdue", _l("Overdue items")),
        ("not_told", _l("Items families have not been told about"))]))
    submit = SubmitField(_l("Apply filters"), widget=GovSubmitInput())

    def filters(self) -> BoardFilters:
        """The filters as the board query takes them."""
        only = self.only.data or ()
        return BoardFilters(status=self.status.data or None, theme=self.theme.data or None,
                            owner=self.owner.data or None, overdue="overdue" in only,
                            not_told="not_told" in only,
                            published=self.published.data or None)


class ImportForm(FlaskForm):
    """A CSV file of items."""

    file = FileField(_l("Upload a CSV file"), widget=GovFileInput(),
                     validators=[FileRequired(_l("Select a CSV file"))])
    submit = SubmitField(_l("Check and import"), widget=GovSubmitInput())
