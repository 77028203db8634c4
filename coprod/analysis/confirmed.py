"""Codes people confirmed, as labelled examples the learned theming layer can learn from.

A comment a person has fully coded (they chose its sentiment and decided every theme the
analysis suggested) is labelled exactly as a corpus comment is: its redacted text, the themes
people confirmed or added, and the sentiment they chose; a rejected suggestion says "not this
theme". A comment with a suggestion still open is left out (its themes are not known yet), and
so is any comment ever flagged for safeguarding (a disclosure is for the safeguarding lead, not
a training file). `coprod train-themes --include-confirmed` learns from these and never scores
them, so the figures it prints stay comparable with earlier runs.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from coprod.voice.findings import CommentAnalysis, CommentTheme, SafeguardingFlag, Status
from coprod.voice.models import Comment


def confirmed_examples(session: Session, area_id: int | None = None) -> list[dict[str, Any]]:
    """Every fully coded comment (in one area, or all), oldest first, as a labelled row."""
    query = (select(Comment, CommentAnalysis.sentiment)
             .join(CommentAnalysis, col(CommentAnalysis.comment_id) == col(Comment.id))
             .where(col(CommentAnalysis.sentiment_set_by_id).is_not(None),
                    col(Comment.id).not_in(select(SafeguardingFlag.comment_id)))
             .order_by(col(Comment.id)))
    if area_id is not None:
        query = query.where(Comment.area_id == area_id)
    coded = session.exec(query).all()
    themes: dict[int, list[CommentTheme]] = {}
    for row in session.exec(select(CommentTheme).where(
            col(CommentTheme.comment_id).in_(query.with_only_columns(col(Comment.id))
                                             .order_by(None)))):
        themes.setdefault(row.comment_id, []).append(row)
    out: list[dict[str, Any]] = []
    for comment, sentiment in coded:
        decided = themes.get(comment.id or 0, [])
        if any(t.status == Status.SUGGESTED.value for t in decided):
            continue
        out.append({"id": f"confirmed-{comment.id}", "text": comment.display_text,
                    "group": comment.group, "sentiment": sentiment, "safeguarding": False,
                    "themes": sorted(t.theme_id for t in decided
                                     if t.status == Status.CONFIRMED.value)})
    return out
