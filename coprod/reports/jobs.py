"""PDFs are built by a worker, never in the web request that asks for one.

Asking for a PDF adds a pending `ReportJob` row and returns at once. A worker claims a job with
one guarded UPDATE (pending -> building, or building for longer than STALE_AFTER when its worker
died); only the worker whose UPDATE changed the row builds it. Every worker reads the same
database, so with several gunicorn workers on several hosts exactly one builds each PDF. Each web
process runs one small background thread (woken when a job is added, and every POLL_SECONDS);
`coprod run-jobs` runs the same loop as a separate worker or from cron.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from datetime import timedelta

from flask import Flask, current_app
from sqlalchemy import and_, delete, or_, update
from sqlmodel import Session, select

from coprod.common.background import Background
from coprod.common.records import get_in_area
from coprod.common.time import utcnow
from coprod.db import get_session
from coprod.reports import formats, saved, services
from coprod.reports.models import JobStatus, ReportJob

log = logging.getLogger(__name__)
STALE_AFTER = timedelta(minutes=15)  # a build this old lost its worker: another may claim it
KEEP_FOR = timedelta(days=7)  # finished PDFs are deleted after a week
POLL_SECONDS = 30.0
PENDING, BUILDING, READY, FAILED = (s.value for s in JobStatus)


def ask_for_pdf(session: Session, area_id: int, kind: str, request: dict, filename: str,
                user_id: int | None) -> ReportJob:
    """A pending job for this PDF, or the one already waiting or being built for the same
    report (asking twice builds once)."""
    waiting = session.exec(select(ReportJob).where(
        ReportJob.area_id == area_id, ReportJob.kind == kind,
        ReportJob.status.in_((PENDING, BUILDING))).order_by(ReportJob.id.desc())).all()
    for job in waiting:
        if job.request == request:
            return job
    job = ReportJob(area_id=area_id, kind=kind, request=request, filename=filename,
                    requested_by_id=user_id)
    session.add(job)
    session.commit()
    return job


def job_in_area(session: Session, area_id: int, job_id: int) -> ReportJob:
    """One PDF job of this area (another area's is a 404)."""
    return get_in_area(session, ReportJob, job_id, area_id)


def _claimable():
    return or_(ReportJob.status == PENDING,
               and_(ReportJob.status == BUILDING, ReportJob.claimed_at < utcnow() - STALE_AFTER))


def claim(session: Session, job_id: int, worker: str) -> bool:
    """Take the job if no other worker has: True only for the one whose UPDATE changed it."""
    changed = session.execute(update(ReportJob).where(ReportJob.id == job_id, _claimable())
                              .values(status=BUILDING, claimed_by=worker[:200],
                                      claimed_at=utcnow()))
    session.commit()
    return changed.rowcount == 1  # type: ignore[attr-defined]  # a CursorResult


def _build(session: Session, job: ReportJob) -> bytes:
    if "saved_report_id" in job.request:
        row = saved.saved_report(session, job.area_id, job.request["saved_report_id"])
        report = saved.report_of(session, row)
    else:
        report = services.build(session, job.kind,
                                services.Scope.from_dict(job.request["scope"]),
                                job.request["threshold"])
    return formats.pdf(formats.print_html(session, job.area_id, report), "http://localhost/")


def run_pending(app: Flask, worker: str | None = None) -> int:
    """Build every job no other worker has claimed; the number this worker built."""
    worker = worker or f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"
    built = 0
    # Templates and labels want a request, as `coprod report` does; the request's one session
    # is the session the templates use too.
    with app.test_request_context():
        session = get_session()
        session.execute(delete(ReportJob).where(ReportJob.status.in_((READY, FAILED)),
                                                ReportJob.requested_at < utcnow() - KEEP_FOR))
        session.commit()
        while True:
            ids = session.exec(select(ReportJob.id).where(_claimable())
                               .order_by(ReportJob.id).limit(10)).all()
            mine = next((i for i in ids if i is not None and claim(session, i, worker)), None)
            if mine is None:
                return built
            job = session.get(ReportJob, mine)
            assert job is not None
            try:
                done = {"pdf": _build(session, job), "status": READY}
            except Exception as error:  # a failed PDF is said on its page, not lost
                log.exception("Report job %s failed", mine)
                session.rollback()
                done = {"status": FAILED, "error": type(error).__name__}
            built += finish(session, mine, worker, done) and done["status"] == READY


def finish(session: Session, job_id: int, worker: str, done: dict) -> bool:
    """Keep what the build made, unless the job was sent back to the queue while it was being
    built (words it may quote were deleted: coprod.reports.forgetting): then the PDF is thrown
    away and the job is built again. True when kept."""
    changed = session.execute(update(ReportJob).where(
        ReportJob.id == job_id, ReportJob.status == BUILDING,
        ReportJob.claimed_by == worker[:200]).values(finished_at=utcnow(), **done))
    session.commit()
    session.expire_all()
    return changed.rowcount == 1  # type: ignore[attr-defined]  # a CursorResult


def wake_worker() -> None:
    """Start this process's worker thread if it is not running (after a fork too), and wake it.
    Off when REPORT_JOBS_IN_WEB is false: then only `coprod run-jobs` builds."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if _BUILDER.on(app):
        _BUILDER.thread_for(app).wake.set()


_BUILDER = Background("Report jobs", lambda app: run_pending(app), "REPORT_JOBS_IN_WEB",
                      POLL_SECONDS)
