"""Deleting saved reports and report PDFs by age, for `coprod purge` (the privacy notice says
the same, in words).

A saved report holds figures and, under "In their own words", quotes: the words of the
comments it was made from. It is deleted 3 years after the last day it covers (the words it
quotes were said by then, and comments are kept 3 years), or 3 years after it was saved if that
is sooner (a report can be asked for up to a day still to come). PDFs made from it go with it;
any other PDF goes 7 days after it was asked for (reports.jobs.KEEP_FOR), here as well as in
the worker, so a PDF does not outlive its week when no worker is running.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_
from sqlmodel import Session, col, select

from coprod.common.audit import record_event
from coprod.reports.jobs import KEEP_FOR
from coprod.reports.models import JobStatus, ReportJob, SavedReport

KEEP_SAVED = timedelta(days=3 * 365)


@dataclass
class ReportsGone:
    """How many saved reports and PDFs were deleted."""

    saved: int = 0
    pdfs: int = 0


def purge_reports(session: Session, now: datetime) -> ReportsGone:
    """Delete saved reports past their time, the PDFs made from them, and PDFs past a week."""
    cutoff = now - KEEP_SAVED
    old = session.exec(select(SavedReport).where(or_(
        col(SavedReport.date_to) < cutoff.date(), col(SavedReport.created_at) < cutoff))
        .order_by(SavedReport.id)).all()
    gone = {row.id for row in old}
    for row in old:
        record_event(session, row, "purge", {"why": "3 years after the period it covers"})
        session.delete(row)
    jobs = session.exec(select(ReportJob.id, ReportJob.request)).all()
    of_gone = [job_id for job_id, request in jobs
               if isinstance(request, dict) and request.get("saved_report_id") in gone]
    pdfs = session.execute(delete(ReportJob).where(or_(
        col(ReportJob.id).in_(of_gone),
        (col(ReportJob.status).in_((JobStatus.READY.value, JobStatus.FAILED.value))
         & (col(ReportJob.requested_at) < now - KEEP_FOR))))
        .execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
    session.commit()
    return ReportsGone(len(old), pdfs)
