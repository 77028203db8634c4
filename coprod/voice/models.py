"""One row per thing someone said, whichever channel it came through."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from flask_babel import lazy_gettext as _l
from sqlmodel import Field, SQLModel

from coprod.common.records import NEVER_REUSED_IDS
from coprod.common.time import utcnow

MAX_COMMENT_LENGTH = 5000


class Group(StrEnum):
    """Who said it."""

    YOUNG_PERSON = "young_person"
    CHILD = "child"
    PARENT_CARER = "parent_carer"
    PRACTITIONER = "practitioner"
    OTHER = "other"


class Channel(StrEnum):
    """How it reached us."""

    SURVEY = "survey"
    EVENT = "event"
    EMAIL = "email"
    PHONE = "phone"
    LETTER = "letter"
    SOCIAL_MEDIA = "social_media"
    COMPLAINT = "complaint"
    COMPLIMENT = "compliment"
    OTHER = "other"


class AnswersDeleted(StrEnum):
    """Who deleted the rest of a survey response whose flagged answer was kept."""

    AUTHOR = "author"  # the person who answered, with their receipt code
    AGE = "age"  # `coprod purge`, when the survey's answers reached the end of their keeping
    EARLIER = "earlier"  # before coprod recorded who (the date, if known, is from the audit log)


class HowGiven(StrEnum):
    """Whether the person gave their view themselves, with help, or someone spoke for them."""

    ALONE = "alone"
    WITH_HELP = "with_help"
    ON_BEHALF = "on_behalf"


GROUP_LABELS = {
    Group.YOUNG_PERSON: _l("Young person"), Group.CHILD: _l("Child"),
    Group.PARENT_CARER: _l("Parent or carer"), Group.PRACTITIONER: _l("Practitioner"),
    Group.OTHER: _l("Someone else"),
}
CHANNEL_LABELS = {
    Channel.SURVEY: _l("Survey"), Channel.EVENT: _l("Listening event"),
    Channel.EMAIL: _l("Email"), Channel.PHONE: _l("Phone call"), Channel.LETTER: _l("Letter"),
    Channel.SOCIAL_MEDIA: _l("Social media"), Channel.COMPLAINT: _l("Complaint"),
    Channel.COMPLIMENT: _l("Compliment"), Channel.OTHER: _l("Other"),
}
HOW_GIVEN_LABELS = {
    HowGiven.ALONE: _l("In their own words, without help"),
    HowGiven.WITH_HELP: _l("With help from someone"),
    HowGiven.ON_BEHALF: _l("Someone spoke on their behalf"),
}


class Comment(SQLModel, table=True):
    """A thing someone said. Staff may read `original_text`; everyone else sees `display_text`."""

    # Family words never go into the audit log. display_text is hidden too: until theming
    # redacts it, it is the same words.
    __audit_hidden__ = frozenset({"original_text", "display_text"})
    __table_args__ = NEVER_REUSED_IDS

    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    original_text: str = Field(max_length=MAX_COMMENT_LENGTH)
    display_text: str = Field(max_length=MAX_COMMENT_LENGTH)
    group: str = Field(max_length=20, index=True)
    channel: str = Field(max_length=20, index=True)
    said_on: date = Field(index=True)
    how_given: str = Field(default=HowGiven.ALONE.value, max_length=20)
    event_id: int | None = Field(default=None, foreign_key="listeningevent.id", index=True,
                                 ondelete="SET NULL")
    # Plain columns for now: the surveys module adds the foreign key when its tables land.
    survey_response_id: int | None = Field(default=None, index=True)
    survey_question_id: str | None = Field(default=None, max_length=100)
    created_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    # A survey answer kept for the safeguarding lead when the rest of its response was deleted:
    # when, and by whom (AnswersDeleted), so the lead's page says so rather than naming a
    # response that no longer exists.
    answers_deleted_at: datetime | None = None
    answers_deleted_by: str = Field(default="", max_length=10)
    # The person's own answer to "Can we share your words?": True yes, False no, None not
    # asked or not answered. Only a yes lets anyone approve the words for public pages.
    share_consent: bool | None = None
    # A person's yes to showing the display text on public pages (None: not approved).
    published_at: datetime | None = None
    published_by_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
