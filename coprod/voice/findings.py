"""What coprod found in each comment as it entered the record, what people decided, the flags
that hold a comment back for the safeguarding lead, and each area's codebook.

They live with the record (not in coprod.analysis) because a comment is analysed as it is
added and lists hide flagged comments: the record needs them, and analysis (people reviewing,
casework, codebook editing) builds on the record.

The automatic analysis suggests; people decide. A person's decision (a confirmed, rejected or
added theme, a sentiment they chose) is never overwritten when comments are themed again.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from flask_babel import lazy_gettext as _l
from sqlalchemy import ColumnElement, UniqueConstraint, and_, exists, or_
from sqlmodel import JSON, Column, Field, SQLModel

from coprod.common.records import NEVER_REUSED_IDS
from coprod.common.time import utcnow

LOW_CONFIDENCE = 0.6


class Source(StrEnum):
    """Who put a theme on a comment, or raised a flag."""

    AUTO = "auto"
    PERSON = "person"


class Status(StrEnum):
    """Where a theme on a comment stands."""

    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class Outcome(StrEnum):
    """Where a flag stands in the safeguarding lead's casework (a flag with no outcome is new).
    In progress, referred and acted on keep the comment hidden; not a concern returns it."""

    IN_PROGRESS = "in_progress"
    REFERRED = "referred"
    ACTED_ON = "acted_on"
    NOT_A_CONCERN = "not_a_concern"


NEW = "new"  # a flag no one has looked at yet (outcome None)
DECIDED = frozenset({Outcome.ACTED_ON.value, Outcome.NOT_A_CONCERN.value})


class Alert(StrEnum):
    """Whether the safeguarding leads were told a flag is waiting (coprod.analysis.alerts).
    Flags raised before alerts existed have none ("")."""

    WAITING = "waiting"  # to be sent by a worker, after the flag's transaction commits
    SENDING = "sending"  # a worker claimed it
    SENT = "sent"  # emailed to every safeguarding lead of the area
    LOGGED = "logged"  # no mail server is set up: written to the application log instead
    NO_ONE = "no_one"  # the area has no safeguarding lead to tell (also logged)
    FAILED = "failed"  # the mail server refused or was away, on every try (also logged)
    NOT_NEEDED = "not_needed"  # someone had opened the flag before the alert went


class Sentiment(StrEnum):
    """How a comment feels (shared/design/themes.yaml)."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    MIXED = "mixed"
    NEUTRAL = "neutral"


SENTIMENT_LABELS = {
    Sentiment.POSITIVE: _l("Positive"), Sentiment.NEGATIVE: _l("Negative"),
    Sentiment.MIXED: _l("Mixed"), Sentiment.NEUTRAL: _l("Neutral"),
}
OUTCOME_LABELS = {
    Outcome.IN_PROGRESS: _l("In progress: someone is looking into it"),
    Outcome.REFERRED: _l("Referred: passed to children's services or another agency"),
    Outcome.ACTED_ON: _l("Acted on: a safeguarding referral or other action was taken"),
    Outcome.NOT_A_CONCERN: _l("Not a safeguarding concern: return the comment to the lists"),
}


class AreaCodebook(SQLModel, table=True):
    """What one area changed on top of the default codebook. `version` goes up on each save;
    an area without a row uses the default codebook as version 0."""

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id", unique=True, ondelete="CASCADE")
    edits: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    version: int = Field(default=0)
    updated_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    updated_at: datetime = Field(default_factory=utcnow)


class CommentAnalysis(SQLModel, table=True):
    """The automatic reading of one comment, and the sentiment a person chose if they did."""

    # Key phrases are the family's own words: keep them out of the audit log.
    __audit_hidden__ = frozenset({"phrases"})

    comment_id: int = Field(foreign_key="comment.id", primary_key=True, ondelete="CASCADE")
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    sentiment: str = Field(max_length=10)
    polarity: float = 0.0
    sentiment_set_by_id: int | None = Field(default=None, foreign_key="user.id",
                                            ondelete="SET NULL")
    sentiment_set_at: datetime | None = None
    phrases: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    codebook_version: int = Field(default=0, index=True)
    analysed_at: datetime = Field(default_factory=utcnow)

    def made_by_coprod(self, action: str) -> bool:
        """The automatic reading (not a sentiment a person chose) is coprod's work."""
        return self.sentiment_set_by_id is None


class CommentTheme(SQLModel, table=True):
    """One theme on one comment: suggested by the analysis or added by a person, then decided."""

    __table_args__ = (UniqueConstraint("comment_id", "theme_id", name="uq_commenttheme"),
                      NEVER_REUSED_IDS)

    id: int | None = Field(default=None, primary_key=True)
    comment_id: int = Field(foreign_key="comment.id", index=True, ondelete="CASCADE")
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    theme_id: str = Field(max_length=50, index=True)
    confidence: float | None = None
    source: str = Field(default=Source.AUTO.value, max_length=10)
    status: str = Field(default=Status.SUGGESTED.value, max_length=10)
    decided_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    decided_at: datetime | None = None

    def made_by_coprod(self, action: str) -> bool:
        """A suggestion the analysis made (or re-made) is coprod's work, not a person's."""
        return self.source == Source.AUTO.value and self.status == Status.SUGGESTED.value

    @property
    def decided_by_person(self) -> bool:
        """A person confirmed, rejected or added it: re-theming leaves it alone."""
        return self.source == Source.PERSON or self.status != Status.SUGGESTED


class SafeguardingFlag(SQLModel, table=True):
    """A comment that may be a safeguarding concern. Until the safeguarding lead says it is
    not one, the comment is hidden from everyone else."""

    # A reviewer's reason and the lead's note may repeat what the family said.
    __audit_hidden__ = frozenset({"note", "reasons"})
    __table_args__ = NEVER_REUSED_IDS

    id: int | None = Field(default=None, primary_key=True)
    comment_id: int = Field(foreign_key="comment.id", unique=True, ondelete="CASCADE")
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    reasons: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    raised_by: str = Field(default=Source.AUTO.value, max_length=10)
    raised_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    raised_at: datetime = Field(default_factory=utcnow)
    outcome: str | None = Field(default=None, max_length=20, index=True)
    handled_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    handled_at: datetime | None = None
    note: str = Field(default="", max_length=2000)
    # In progress: the safeguarding user looking into it. Referred: to whom.
    assigned_to_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    referred_to: str = Field(default="", max_length=200)
    # The email alert to the safeguarding leads (never the words, never a name): where it
    # stands, when it was last tried or sent, and how many tries it took.
    alert: str = Field(default=Alert.WAITING.value, max_length=10, index=True)
    alerted_at: datetime | None = None
    alert_tries: int = 0

    def made_by_coprod(self, action: str) -> bool:
        """The automatic check raised it: the audit log says coprod did, not a person."""
        return action == "create" and self.raised_by == Source.AUTO.value


def hiding_flag_exists(comment_id_column) -> ColumnElement[bool]:
    """True for a comment with a flag that hides it: every flag but one decided "not a
    concern" (new, in progress, referred, acted on)."""
    return exists().where(and_(
        SafeguardingFlag.comment_id == comment_id_column,
        or_(SafeguardingFlag.outcome.is_(None),
            SafeguardingFlag.outcome != Outcome.NOT_A_CONCERN.value)))
