"""Demo data for reports: the area's SEND population, and two reports saved for boards (the
last two quarters), so both reports and the comparison are full on a fresh `make run`."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app
from sqlmodel import Session

from coprod.areas.models import Area
from coprod.reports import saved, services
from coprod.voice.parsing import local_today

# Phase: (EHC plans, SEN support), about the size of a mid-sized English local area.
POPULATION = {"early_years": (180, 620), "primary": (1150, 3900), "secondary": (1320, 2800),
              "post_16": (900, 400)}


def seed(session: Session, area: Area) -> None:
    services.save_population(session, area.id, POPULATION)
    today = local_today()
    with current_app.test_request_context():  # labels are translated strings
        for title, start, end in (
                ("Health and Wellbeing Board, last quarter but one", today - timedelta(days=181),
                 today - timedelta(days=91)),
                ("Health and Wellbeing Board, last quarter", today - timedelta(days=90), today)):
            scope = services.Scope((area.id,), start, end)
            report = services.voice_report(session, scope, current_app.config["SMALL_NUMBER"])
            saved.save_report(session, area.id, report, title, None)
