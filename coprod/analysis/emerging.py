"""Emerging topics: phrases many people used lately that no theme in the codebook covers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from coprod.text.phrases import emerging_phrases
from coprod.voice import services as voice
from coprod.voice.area_codebooks import area_codebook
from coprod.voice.models import Comment

MOST_COMMENTS = 5000
EXAMPLES = 3


@dataclass(frozen=True)
class EmergingTopic:
    """A phrase, how many comments used it, and a few of them to read."""

    phrase: str
    count: int
    examples: list[Comment]


def emerging_topics(session: Session, area_id: int, since: date, viewer_role: str | None,
                    top_n: int = 20) -> list[EmergingTopic]:
    """Frequent phrases since a date that no theme covers, from comments this person may see
    (so flagged comments are never examples). Reads the newest 5,000 comments at most."""
    comments = voice.comments_matching(session, area_id, voice.CommentFilters(said_from=since),
                                       viewer_role, limit=MOST_COMMENTS)
    codebook = area_codebook(session, area_id).codebook
    found = emerging_phrases([c.display_text for c in comments], codebook, top_n=top_n,
                             redacted=True)
    return [EmergingTopic(p.phrase, p.count, [comments[i] for i in p.examples[:EXAMPLES]])
            for p in found]
