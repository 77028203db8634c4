"""Staff type in paper, phone and event responses through the very same question pages.

Choosing the channel starts a response recorded with that channel and who entered it; from then
on the journey's own views run, so the pages (and their checks) are the ones respondents use.
"""

from __future__ import annotations

from flask import abort, g, redirect
from flask_login import current_user

from coprod.common.permissions import require
from coprod.common.records import get_in_area
from coprod.db import get_session
from coprod.surveys.journey import runner
from coprod.surveys.journey.forms import ChannelForm
from coprod.surveys.journey.web import page_after, remember, render
from coprod.surveys.models import Survey
from coprod.surveys.staff import bp


@bp.route("/<int:survey_id>/enter-response", methods=["GET", "POST"])
@require("enter_responses")
def enter_response(survey_id: int):
    """Say how the response reached you, then type in its answers page by page."""
    survey = get_in_area(get_session(), Survey, survey_id, g.area.id)
    journey = runner.load_journey_by_id(get_session(), survey.id)
    if journey is None:  # a draft takes no responses yet
        abort(404)
    form = ChannelForm()
    if form.validate_on_submit():
        response, code = runner.start(get_session(), journey, channel=form.channel.data,
                                      entered_by_id=current_user.id)
        remember(survey.slug, code)
        return redirect(page_after(journey, runner.questions_for(journey.definition, {})[0]))
    return render("surveys/journey/enter_response.html", journey=journey, form=form), (
        400 if form.errors else 200)
