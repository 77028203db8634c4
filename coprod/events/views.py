"""Listening events: staff pages to record them, and public pages to find and read about them."""

from __future__ import annotations

from dataclasses import asdict

from flask import Blueprint, abort, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.routing import BuildError

from coprod.areas.models import Area
from coprod.areas.services import area_by_slug
from coprod.areas.web import default_area, show_area
from coprod.common.edit_forms import merge_on_submit
from coprod.common.forms import ButtonForm, choices
from coprod.common.permissions import current_role, require
from coprod.common.records import get_in_area
from coprod.db import get_session
from coprod.events import attendance, feedback, services
from coprod.events.forms import (
    ActionForm,
    ActionStatusForm,
    ChangeActionForm,
    EventForm,
    HeardForm,
)
from coprod.events.models import (
    ADJUSTMENT_LABELS,
    ATTENDANCE,
    EVENT_TYPE_LABELS,
    ActionStatus,
    EventAction,
    ListeningEvent,
)
from coprod.voice.messages import saved_message
from coprod.voice.models import GROUP_LABELS
from coprod.voice.parsing import local_today

bp = Blueprint("events", __name__)
PAST_EVENTS_SHOWN = 12
QUOTES_SHOWN = 10
FEEDBACK_SURVEY_ENDPOINT = "journey.start_page"  # the surveys module's public start page
ACTION_TAGS = {ActionStatus.TO_DO: "govuk-tag--grey", ActionStatus.DOING: "govuk-tag--blue",
               ActionStatus.DONE: "govuk-tag--green", ActionStatus.WONT_DO: "govuk-tag--orange"}


@bp.context_processor
def _labels() -> dict:
    return {"event_type_labels": EVENT_TYPE_LABELS, "adjustment_labels": ADJUSTMENT_LABELS,
            "attendance_groups": ATTENDANCE, "group_labels": GROUP_LABELS,
            "today": local_today(), "action_tags": ACTION_TAGS,
            "survey_not_found": feedback.not_found_words}


@bp.app_template_filter("public_count")
def _public_count(number: int) -> str:
    return _(attendance.public_count(number))


# Public pages: no sign-in, no JavaScript needed.

def _public_list(area):
    if area is None:
        abort(404)
    show_area(area)
    db, today = get_session(), local_today()
    return render_template("events/public_list.html", area=area,
                           upcoming=services.upcoming_events(db, area.id, today),
                           past=services.past_events(db, area.id, today, PAST_EVENTS_SHOWN))


@bp.get("/events/")
def public_events():
    """The home area's upcoming and recent listening events."""
    return _public_list(default_area())


@bp.get("/areas/<area_slug>/events/")
def area_events(area_slug: str):
    """Any area's upcoming and recent listening events."""
    return _public_list(area_by_slug(get_session(), area_slug))


def _feedback_url(event: ListeningEvent) -> str | None:
    """The start page of the event's feedback survey, if it is its area's and open today."""
    slug = event.feedback_survey_slug
    if not feedback.feedback_survey_open(get_session(), event.area_id, slug):
        return None
    try:
        return url_for(FEEDBACK_SURVEY_ENDPOINT, slug=slug)
    except BuildError:
        return None


@bp.get("/events/<int:event_id>/")
def public_event(event_id: int):
    """One event: when and where, the help offered, and (once it has happened) what we heard."""
    event = services.event_by_id(get_session(), event_id) or abort(404)
    show_area(get_session().get(Area, event.area_id) or abort(404))
    counts = services.heard_counts(get_session(), event, None)
    quotes = services.public_quotes(get_session(), event, QUOTES_SHOWN)
    return render_template("events/public_event.html", event=event,
                           heard=attendance.public_group_counts(counts), quotes=quotes,
                           feedback_url=_feedback_url(event))


# Staff pages.

@bp.get("/staff/events/")
@require("view_voice")
def list_events():
    """Every event in the area, with attendance by financial quarter."""
    events = services.events_in_area(get_session(), g.area.id)
    quarters, overall = attendance.totals_by_quarter(events)
    return render_template("events/list_events.html", events=events, quarters=quarters,
                           overall=overall)


def _event_form(data: dict | None = None, kept_survey: str | None = None) -> EventForm:
    """The event form, offering this area's surveys as its feedback survey."""
    form = EventForm(data=data)
    form.feedback_survey_slug.choices = choices(
        feedback.feedback_survey_choices(get_session(), g.area.id, kept_survey))
    return form


@bp.route("/staff/events/new", methods=["GET", "POST"])
@require("manage_events")
def add_event():
    """Record a new listening event."""
    form = _event_form()
    if form.validate_on_submit():
        event = services.create_event(get_session(), g.area.id, form.details(), current_user.id)
        flash(_("Event saved: %(title)s.", title=event.title), "success")
        return redirect(url_for("events.view_event", event_id=event.id))
    return render_template("events/event_form.html", form=form, event=None), (
        400 if form.errors else 200)


@bp.get("/staff/events/<int:event_id>/")
@require("view_voice")
def view_event(event_id: int):
    """Everything about one event: details, who came, what we heard, actions agreed."""
    db = get_session()
    event = get_in_area(db, ListeningEvent, event_id, g.area.id)
    counts, heard = services.heard_at(db, event, current_role())
    return render_template("events/view_event.html", event=event, counts=counts, heard=heard,
                           actions=services.actions_for(db, event.id))


@bp.route("/staff/events/<int:event_id>/edit", methods=["GET", "POST"])
@require("manage_events")
def edit_event(event_id: int):
    """Change an event's details, or add who came once it has happened."""
    event = get_in_area(get_session(), ListeningEvent, event_id, g.area.id)
    details = asdict(services.EventDetails.of(event))
    form = _event_form(details, event.feedback_survey_slug)
    if merge_on_submit(form, details):
        services.update_event(get_session(), event, form.details())
        flash(_("Event updated."), "success")
        return redirect(url_for("events.view_event", event_id=event.id))
    return render_template("events/event_form.html", form=form, event=event), (
        400 if form.errors else 200)


@bp.route("/staff/events/<int:event_id>/what-we-heard", methods=["GET", "POST"])
@require("manage_events")
def add_heard(event_id: int):
    """Add what was heard at the event, one comment per line."""
    event = get_in_area(get_session(), ListeningEvent, event_id, g.area.id)
    form = HeardForm()
    if form.validate_on_submit():
        parsed, added = services.add_heard(get_session(), event, form.lines.data,
                                           form.group.data, current_user.id,
                                           share_consent=form.share_consent.data == "yes")
        if not parsed.errors:
            flash(saved_message(added, parsed.blank, "line"), "success")
            return redirect(url_for("events.view_event", event_id=event.id))
        form.lines.errors = list(parsed.errors)
    return render_template("events/add_heard.html", form=form, event=event), (
        400 if form.errors else 200)


@bp.route("/staff/events/<int:event_id>/actions/new", methods=["GET", "POST"])
@require("manage_events")
def add_action(event_id: int):
    """Record an action agreed at the event."""
    event = get_in_area(get_session(), ListeningEvent, event_id, g.area.id)
    form = ActionForm()
    if form.validate_on_submit():
        services.add_action(get_session(), event, form.text.data, form.owner.data or "",
                            form.due_on.data)
        flash(_("Action added."), "success")
        return redirect(url_for("events.view_event", event_id=event.id))
    return render_template("events/add_action.html", form=form, event=event), (
        400 if form.errors else 200)


def _event_and_action(event_id: int, action_id: int) -> tuple[ListeningEvent, EventAction]:
    """The event and one of its actions, both in this area, else 404."""
    event = get_in_area(get_session(), ListeningEvent, event_id, g.area.id)
    action = get_in_area(get_session(), EventAction, action_id, g.area.id)
    if action.event_id != event.id:
        abort(404)
    return event, action


@bp.route("/staff/events/<int:event_id>/actions/<int:action_id>", methods=["GET", "POST"])
@require("manage_events")
def change_action(event_id: int, action_id: int):
    """Correct an action: what was agreed, who will do it, by when."""
    event, action = _event_and_action(event_id, action_id)
    now = {"text": action.text, "owner": action.owner, "due_on": action.due_on}
    form = ChangeActionForm(data=now)
    if merge_on_submit(form, now):
        services.change_action(get_session(), action, form.text.data, form.owner.data or "",
                               form.due_on.data)
        flash(_("Action changed."), "success")
        return redirect(url_for("events.view_event", event_id=event.id))
    return render_template("events/add_action.html", form=form, event=event, action=action), (
        400 if form.errors else 200)


@bp.route("/staff/events/<int:event_id>/actions/<int:action_id>/status",
          methods=["GET", "POST"])
@require("manage_events")
def action_status(event_id: int, action_id: int):
    """Say where an action stands: to do, doing, done, or won't do (with the reason)."""
    event, action = _event_and_action(event_id, action_id)
    now = {"status": action.status, "reason": action.reason}
    form = ActionStatusForm(data=now)
    if merge_on_submit(form, now):
        services.set_action_status(get_session(), action, ActionStatus(form.status.data),
                                   form.reason.data or "")
        flash(_("The action '%(text)s' is now: %(status)s.", text=action.text,
                status=action.status_words.lower()), "success")
        return redirect(url_for("events.view_event", event_id=event.id) + "#actions")
    return render_template("events/action_status.html", form=form, event=event, action=action), (
        400 if form.errors else 200)


@bp.route("/staff/events/<int:event_id>/actions/<int:action_id>/remove",
          methods=["GET", "POST"])
@require("manage_events")
def remove_action(event_id: int, action_id: int):
    """Ask, then remove an action added by mistake."""
    event, action = _event_and_action(event_id, action_id)
    form = ButtonForm()
    if form.validate_on_submit():
        services.remove_action(get_session(), action)
        flash(_("Action removed."), "success")
        return redirect(url_for("events.view_event", event_id=event.id))
    return render_template("events/remove_action.html", form=form, event=event, action=action)
