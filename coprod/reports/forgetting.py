"""Words taken back leave every saved report and every PDF.

A quote is in a report only while a person's yes to publishing it stands. When its comment is
deleted (its author deleted their answers with their receipt code, `coprod purge` deleted it by
age, staff removed it) or the yes is withdrawn, a flush hook takes the quote out of every saved
report that holds it and has every PDF that could hold it built again. It is a hook on the
session, as the audit log's is, because the code that deletes comments (surveys, voice) sits
below reports and must not import them; and so no way of deleting a comment can forget it.

Showing a saved report checks again (`published_only`): a quote shows only while its comment is
still approved and not hidden by a safeguarding flag, whatever the stored copy says.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session as OrmSession

from coprod.reports.models import JobStatus, ReportJob, SavedReport
from coprod.voice.findings import hiding_flag_exists
from coprod.voice.models import Comment


@dataclass(frozen=True)
class TakenBack:
    """A comment whose words may no longer be quoted: which one, its words, where and when."""

    comment_id: int
    text: str
    area_id: int
    said_on: date


def _was_published(comment: Comment) -> bool:
    history = inspect(comment).attrs.published_at.history
    return comment.published_at is not None or any(v is not None for v in history.deleted)


def _withdrawn(comment: Comment) -> bool:
    history = inspect(comment).attrs.published_at.history
    return comment.published_at is None and any(v is not None for v in history.deleted)


def taken_back(session: OrmSession) -> list[TakenBack]:
    """Published comments this flush deletes, and comments whose approval it withdraws."""
    deleted = [c for c in session.deleted if isinstance(c, Comment)]
    # What the database says too: this session may have read the comment before someone
    # else approved it.
    in_database = set(session.scalars(select(Comment.id).where(
        Comment.id.in_([c.id for c in deleted]), Comment.published_at.is_not(None)))) \
        if deleted else set()
    found = [c for c in deleted if c.id in in_database or _was_published(c)]
    found += [c for c in session.dirty if isinstance(c, Comment) and _withdrawn(c)]
    return [TakenBack(c.id, c.display_text, c.area_id, c.said_on)
            for c in found if c.id is not None]


@event.listens_for(OrmSession, "before_flush")
def _forget_taken_back_words(session: OrmSession, _context: Any, _instances: Any) -> None:
    with session.no_autoflush:
        gone = taken_back(session)
        if gone:
            forget_quotes(session, gone)


def _is_gone(quote: dict, gone: list[TakenBack]) -> bool:
    if quote.get("comment_id") is not None:
        return quote["comment_id"] in {g.comment_id for g in gone}
    return quote.get("text") in {g.text for g in gone}  # saved before quotes kept their comment


def without_quotes(data: dict, gone: list[TakenBack]) -> dict:
    """A saved report's data with the quotes of these comments taken out (a copy)."""
    data = copy.deepcopy(data)
    for section in data.get("sections", []):
        section["quotes"] = {theme: [q for q in quotes if not _is_gone(q, gone)]
                             for theme, quotes in section.get("quotes", {}).items()}
    return data


def forget_quotes(session: OrmSession, gone: list[TakenBack]) -> None:
    """Take these comments' quotes out of every saved report whose period holds them, and have
    every PDF that could quote them built again. Changes join the caller's transaction."""
    # One range for them all (not one test each: a purge can take many at once).
    first, last = min(g.said_on for g in gone), max(g.said_on for g in gone)
    changed: set[int] = set()
    for row in session.scalars(select(SavedReport).where(
            SavedReport.date_from <= last, SavedReport.date_to >= first)
            .order_by(SavedReport.id)):
        data = without_quotes(row.data, gone)
        if data != row.data:
            row.data = data  # a new object, so the JSON column is written
            changed.add(row.id)  # type: ignore[arg-type]  # saved rows have ids
    rebuild_pdfs(session, changed, gone)


def _could_quote(job: ReportJob, changed: set[int], gone: list[TakenBack]) -> bool:
    if "saved_report_id" in job.request:
        return job.request["saved_report_id"] in changed
    scope = job.request.get("scope") or {}
    return any(g.area_id in scope.get("area_ids", ())
               and scope.get("date_from", "") <= g.said_on.isoformat() <= scope.get("date_to", "")
               for g in gone)


def rebuild_pdfs(session: OrmSession, changed: set[int], gone: list[TakenBack]) -> None:
    """Every PDF built (or being built) from a changed saved report, or from a live report
    whose areas and period hold one of these comments, goes back in the queue: its file is
    deleted now and built again without the words."""
    built = session.scalars(select(ReportJob).where(ReportJob.status.in_(
        (JobStatus.READY.value, JobStatus.BUILDING.value))).order_by(ReportJob.id))
    for job in built:
        if _could_quote(job, changed, gone):
            job.status, job.pdf, job.error = JobStatus.PENDING.value, None, ""
            job.claimed_by, job.claimed_at, job.finished_at = "", None, None


def published_only(session: OrmSession, quotes: dict[str, list]) -> dict[str, list]:
    """Theme -> quotes, keeping only those whose comment is still approved for publication, with
    the person's yes to sharing, and not hidden by a safeguarding flag, each in its comment's
    display words as they are now (a quote saved before quotes kept their comment: only if an
    approved comment has its words)."""
    ids = {q.comment_id for qs in quotes.values() for q in qs if q.comment_id is not None}
    texts = {q.text for qs in quotes.values() for q in qs if q.comment_id is None}
    approved = [Comment.published_at.is_not(None), Comment.share_consent.is_(True),
                ~hiding_flag_exists(Comment.id)]
    by_id: dict[int, str] = dict(session.execute(select(Comment.id, Comment.display_text)
                                 .where(Comment.id.in_(ids), *approved)).all()) if ids else {}
    words = set(session.scalars(select(Comment.display_text)
                                .where(Comment.display_text.in_(texts), *approved))) \
        if texts else set()
    kept: dict[str, list] = {}
    for theme, theme_quotes in quotes.items():
        kept[theme] = []
        for quote in theme_quotes:
            if quote.comment_id is not None and quote.comment_id in by_id:
                quote.text = by_id[quote.comment_id]
                kept[theme].append(quote)
            elif quote.comment_id is None and quote.text in words:
                kept[theme].append(quote)
    return kept
