"""The comments as CSV files, with their themes and sentiment.

Two files, as the survey results give: one in words a participation officer reads in a
spreadsheet ("Parent or carer", "Transport", "Suggested by coprod"), and one with the stored
codes for analysts (`parent_carer`, `transport`, `person`). Both hold the display (redacted) text
only, of the comments the person may see (through voice.comments_query, so a comment hidden by
a safeguarding flag is in neither); a cell a spreadsheet would run as a formula starts with '.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field

from flask_babel import gettext as _
from sqlmodel import Session, select

from coprod.common.csv_cells import spreadsheet_cell
from coprod.events.services import event_choices
from coprod.voice import services as voice
from coprod.voice.area_codebooks import area_codebook
from coprod.voice.findings import SENTIMENT_LABELS, CommentAnalysis, CommentTheme, Status
from coprod.voice.models import CHANNEL_LABELS, GROUP_LABELS, HOW_GIVEN_LABELS, Comment

BOM = "\ufeff"
LIST_SEPARATOR = "; "
CODE_COLUMNS = ("id", "said_on", "group", "channel", "how_given", "event_id", "text",
                "confirmed_themes", "suggested_themes", "sentiment", "sentiment_set_by")
PERSON, COPROD = "person", "coprod"


@dataclass
class ExportRow:
    """One comment with the themes people confirmed, those coprod suggests (rejected ones are
    left out), and its sentiment with who set it."""

    comment: Comment
    confirmed: list[str] = field(default_factory=list)
    suggested: list[str] = field(default_factory=list)
    sentiment: str = ""
    sentiment_by: str = ""


def export_rows(session: Session, area_id: int, filters: voice.CommentFilters,
                viewer_role: str | None) -> Iterator[ExportRow]:
    """The matching comments this person may see, newest first, with their themes (theme ids)
    and sentiment: three queries, whatever the number of comments."""
    query = voice.comments_query(area_id, filters, viewer_role=viewer_role)
    ids = query.with_only_columns(Comment.id).order_by(None)
    themes: dict[int, list[CommentTheme]] = {}
    for theme in session.exec(select(CommentTheme).where(
            CommentTheme.comment_id.in_(ids),
            CommentTheme.status != Status.REJECTED.value).order_by(CommentTheme.id)).all():
        themes.setdefault(theme.comment_id, []).append(theme)
    analyses = {a.comment_id: a for a in session.exec(
        select(CommentAnalysis).where(CommentAnalysis.comment_id.in_(ids))).all()}
    for comment in session.exec(query).all():
        row = ExportRow(comment)
        for theme in themes.get(comment.id, []):
            confirmed = theme.status == Status.CONFIRMED.value
            (row.confirmed if confirmed else row.suggested).append(theme.theme_id)
        analysis = analyses.get(comment.id)
        if analysis is not None:
            row.sentiment = analysis.sentiment
            row.sentiment_by = PERSON if analysis.sentiment_set_by_id else COPROD
        yield row


def _csv(header: list[str], rows: Iterator[list[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([spreadsheet_cell(value) for value in row] for row in rows)
    return BOM + buffer.getvalue()


def comments_csv(session: Session, area_id: int, filters: voice.CommentFilters,
                 viewer_role: str | None) -> str:
    """The comments in words, for a spreadsheet: who, how, which event, the themes a person
    confirmed and those coprod suggests (by name), and the sentiment and who set it."""
    book = area_codebook(session, area_id)
    events = dict(event_choices(session, area_id))
    set_by = {PERSON: _("Confirmed by a person"), COPROD: _("Suggested by coprod")}
    header = [_("Comment number"), _("Said on"), _("Who said it"), _("How it reached us"),
              _("How they gave their view"), _("Listening event"), _("What was said"),
              _("Themes confirmed by a person"), _("Themes suggested by coprod"),
              _("Sentiment"), _("Sentiment confirmed or suggested")]

    def words(row: ExportRow) -> list[object]:
        comment = row.comment
        return [comment.id, comment.said_on.isoformat(),
                GROUP_LABELS.get(comment.group, comment.group),
                CHANNEL_LABELS.get(comment.channel, comment.channel),
                HOW_GIVEN_LABELS.get(comment.how_given, comment.how_given),
                events.get(comment.event_id, "") if comment.event_id else "",
                comment.display_text,
                LIST_SEPARATOR.join(book.name(t) for t in row.confirmed),
                LIST_SEPARATOR.join(book.name(t) for t in row.suggested),
                SENTIMENT_LABELS.get(row.sentiment, row.sentiment),
                set_by.get(row.sentiment_by, "")]

    return _csv(header, (words(row) for row in export_rows(session, area_id, filters,
                                                           viewer_role)))


def comments_codes_csv(session: Session, area_id: int, filters: voice.CommentFilters,
                       viewer_role: str | None) -> str:
    """The same comments with the stored codes and theme ids, for analysts."""

    def codes(row: ExportRow) -> list[object]:
        comment = row.comment
        return [comment.id, comment.said_on.isoformat(), comment.group, comment.channel,
                comment.how_given, comment.event_id, comment.display_text,
                LIST_SEPARATOR.join(row.confirmed), LIST_SEPARATOR.join(row.suggested),
                row.sentiment, row.sentiment_by]

    return _csv(list(CODE_COLUMNS), (codes(row) for row in export_rows(session, area_id, filters,
                                                                       viewer_role)))
