"""The safeguarding queue: flagged comments for the safeguarding lead, and flags raised by hand.

Only the safeguarding role reads these pages. Anyone who reviews themes can raise a flag; the
comment is hidden from everyone else at once (coprod.voice.services._visible_to).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from flask_babel import gettext as _
from sqlalchemy import Select, false, or_
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, func, select

from coprod.analysis.models import FlagStep, SafeguardingProcedure
from coprod.areas.models import Area, Membership, Role
from coprod.auth.models import User
from coprod.common.time import utcnow
from coprod.events.models import ListeningEvent
from coprod.text.pipeline import analyse
from coprod.voice.findings import (
    DECIDED,
    NEW,
    Alert,
    Outcome,
    SafeguardingFlag,
    Source,
    hiding_flag_exists,
)
from coprod.voice.models import Comment, Group, HowGiven

HANDLED_SHOWN = 50
RAISED_BY_HAND = "raised by a reviewer"
# Who is speaking for themselves when a child or young person's group is given "alone" or
# "with help" (not "someone spoke on their behalf").
YOUNG_GROUPS = frozenset({Group.CHILD.value, Group.YOUNG_PERSON.value})
STAGES = (None, Outcome.IN_PROGRESS.value, Outcome.REFERRED.value)  # the queue's sections


@dataclass(frozen=True)
class FlagItem:
    """A flag with the comment it is about and where the comment came from."""

    flag: SafeguardingFlag
    comment: Comment
    event: ListeningEvent | None = None

    @property
    def event_title(self) -> str | None:
        return self.event.title if self.event else None

    @property
    def young_persons_own_words(self) -> bool:
        """A child or young person said it themselves (alone or with help): they may have told
        no one else, where a parent or practitioner writing about a child already knows."""
        return (self.comment.group in YOUNG_GROUPS
                and self.comment.how_given != HowGiven.ON_BEHALF.value)

    def waited(self, now: datetime | None = None) -> timedelta:
        """How long the flag has been with the safeguarding role (since it was raised)."""
        return (now or utcnow()) - self.flag.raised_at


def waiting_count(session: Session, area_id: int) -> int:
    """How many flags in the area wait for the safeguarding lead."""
    return session.exec(select(func.count()).select_from(SafeguardingFlag).where(
        SafeguardingFlag.area_id == area_id, SafeguardingFlag.outcome.is_(None))).one()


def _flag_rows(*conditions) -> Select:
    """Flags of the area with their comments and the event each came from, if any."""
    return (select(SafeguardingFlag, Comment, ListeningEvent)
            .join(Comment, Comment.id == SafeguardingFlag.comment_id)
            .join(ListeningEvent, ListeningEvent.id == Comment.event_id, isouter=True)
            .where(*conditions))


def _items(session: Session, query: Select) -> list[FlagItem]:
    return [FlagItem(flag, comment, event) for flag, comment, event in session.exec(query)]


@dataclass(frozen=True)
class FlagSources:
    """How an area's flags were raised: what coprod's check caught, and what a person had to
    flag on a comment the check let through (each one a way of saying harm it did not know)."""

    by_coprod: int
    by_a_person_only: int


def flag_sources(session: Session, area_id: int) -> FlagSources:
    """Every flag in the area, open or decided, by who first saw the concern."""
    reasons = session.exec(select(SafeguardingFlag.reasons)
                           .where(SafeguardingFlag.area_id == area_id)).all()
    by_hand = sum(1 for found in reasons
                  if found and all(r.startswith(RAISED_BY_HAND) for r in found))
    return FlagSources(len(reasons) - by_hand, by_hand)


def queue_order(item: FlagItem) -> tuple:
    """Where an open flag sits in the queue: new before in progress before referred; within
    each, a child's or young person's own words first, then the longest waiting. Plain rules a
    lead can check on the page, not a guess at how serious the words are (the check's reasons
    are shown beside each flag for that)."""
    stage = STAGES.index(item.flag.outcome) if item.flag.outcome in STAGES else len(STAGES)
    return (stage, not item.young_persons_own_words, item.flag.raised_at, item.flag.id)


def waiting_flags(session: Session, area_id: int) -> list[FlagItem]:
    """Open flags (new, in progress, referred) in the queue's order (queue_order)."""
    items = _items(session, _flag_rows(
        SafeguardingFlag.area_id == area_id,
        or_(SafeguardingFlag.outcome.is_(None), SafeguardingFlag.outcome.not_in(DECIDED))))
    return sorted(items, key=queue_order)


@dataclass(frozen=True)
class HistoryFilters:
    """Which decided flags to list. To add a filter: a field here, a line in handled_flags."""

    outcome: str | None = None
    decided_from: date | None = None
    decided_to: date | None = None
    decided_by_id: int | None = None


def handled_flags(session: Session, area_id: int, filters: HistoryFilters | None = None,
                  limit: int = HANDLED_SHOWN) -> list[FlagItem]:
    """Decided flags (acted on, not a concern), the most recent decision first."""
    filters = filters or HistoryFilters()
    conditions = [SafeguardingFlag.area_id == area_id, SafeguardingFlag.outcome.in_(DECIDED)]
    if filters.outcome:
        conditions.append(SafeguardingFlag.outcome == filters.outcome)
    if filters.decided_from:
        conditions.append(col(SafeguardingFlag.handled_at) >= day_start(filters.decided_from))
    if filters.decided_to:
        conditions.append(col(SafeguardingFlag.handled_at)
                          < day_start(filters.decided_to + timedelta(days=1)))
    if filters.decided_by_id:
        conditions.append(SafeguardingFlag.handled_by_id == filters.decided_by_id)
    return _items(session, _flag_rows(*conditions)
                  .order_by(SafeguardingFlag.handled_at.desc(), SafeguardingFlag.id.desc())
                  .limit(limit))


def day_start(day: date) -> datetime:
    """Midnight UTC at the start of a day (decisions are stored in UTC)."""
    return datetime.combine(day, time(0), tzinfo=UTC)


def flag_item(session: Session, area_id: int, flag_id: int) -> FlagItem | None:
    """One flag of this area, or None (another area's id finds nothing)."""
    found = _items(session, _flag_rows(SafeguardingFlag.id == flag_id,
                                       SafeguardingFlag.area_id == area_id))
    return found[0] if found else None


def area_to_handle(session: Session, user_id: int, flag_id: int) -> Area | None:
    """The area of a flag that this person has the safeguarding role in (an alert's link can be
    followed from any of their areas), else None: a flag they may not see and no flag at all
    are never told apart."""
    return session.exec(select(Area).join(SafeguardingFlag, SafeguardingFlag.area_id == Area.id)
                        .join(Membership, Membership.area_id == Area.id)
                        .where(SafeguardingFlag.id == flag_id, Membership.user_id == user_id,
                               Membership.role == Role.SAFEGUARDING.value)).first()


# Which moves the casework allows, from each state (None is new). Every move is made by a
# safeguarding user (the permission table); while a flag is in progress, only the person it
# is assigned to may refer it or decide it, though anyone may take it over (in progress again).
MOVES: dict[str | None, frozenset[Outcome]] = {
    None: frozenset(Outcome),
    Outcome.IN_PROGRESS.value: frozenset(Outcome),
    Outcome.REFERRED.value: frozenset({Outcome.IN_PROGRESS, Outcome.ACTED_ON,
                                       Outcome.NOT_A_CONCERN}),
    Outcome.ACTED_ON.value: frozenset({Outcome.IN_PROGRESS}),
    Outcome.NOT_A_CONCERN.value: frozenset({Outcome.IN_PROGRESS}),
}


def why_not_move(flag: SafeguardingFlag, outcome: Outcome, user_id: int,
                 assigned_to_id: int | None, referred_to: str) -> str | None:
    """Why this person may not make this move (words for the error summary), or None."""
    if outcome not in MOVES[flag.outcome]:
        now, to = (flag.outcome or NEW).replace("_", " "), outcome.value.replace("_", " ")
        return _("A flag that is %(now)s cannot be moved to %(to)s", now=now, to=to)
    if (flag.outcome == Outcome.IN_PROGRESS.value and outcome != Outcome.IN_PROGRESS
            and flag.assigned_to_id not in (None, user_id)):
        return _("Only the person it is assigned to can move it on: assign it to yourself "
                 "first")
    if outcome == Outcome.IN_PROGRESS and assigned_to_id is None:
        return _("Select who is looking into it")
    if outcome == Outcome.REFERRED and not referred_to.strip():
        return _("Enter who it was referred to")
    return None


def move_flag(session: Session, flag: SafeguardingFlag, outcome: Outcome, note: str,
              user_id: int, assigned_to_id: int | None = None, referred_to: str = "") -> None:
    """Move a flag on in the casework (checked first with why_not_move), keeping the step in
    its history; "not a concern" returns the comment to the lists."""
    step = FlagStep(flag_id=flag.id, area_id=flag.area_id, by_id=user_id,
                    from_outcome=flag.outcome or NEW, outcome=outcome.value,
                    assigned_to_id=assigned_to_id if outcome == Outcome.IN_PROGRESS else None,
                    referred_to=referred_to.strip() if outcome == Outcome.REFERRED else "",
                    note=note.strip())
    flag.outcome, flag.note = outcome.value, step.note
    flag.handled_by_id, flag.handled_at = user_id, step.at
    if outcome == Outcome.IN_PROGRESS:
        flag.assigned_to_id = assigned_to_id
    if outcome == Outcome.REFERRED:
        flag.referred_to = step.referred_to
    session.add_all([flag, step])
    session.commit()


def handle_flag(session: Session, flag: SafeguardingFlag, outcome: Outcome, note: str,
                user_id: int) -> None:
    """Decide a flag outright (acted on, not a concern)."""
    move_flag(session, flag, outcome, note, user_id)


def flag_steps(session: Session, flag: SafeguardingFlag) -> list[tuple[FlagStep, str | None,
                                                                         str | None]]:
    """The flag's history, oldest first: each step with who made it and who it was assigned
    to (names; None when the person has gone)."""
    by, assignee = aliased(User), aliased(User)
    rows = session.exec(select(FlagStep, by.name, assignee.name)
                        .join(by, by.id == FlagStep.by_id, isouter=True)
                        .join(assignee, assignee.id == FlagStep.assigned_to_id, isouter=True)
                        .where(FlagStep.flag_id == flag.id)
                        .order_by(FlagStep.at, FlagStep.id)).all()
    return [(row[0], row[1], row[2]) for row in rows]


def safeguarding_people(session: Session, area_id: int) -> list[User]:
    """The area's safeguarding users, by name: who a flag can be assigned to."""
    return list(session.exec(select(User).join(Membership, Membership.user_id == User.id)
                             .where(Membership.area_id == area_id,
                                    Membership.role == Role.SAFEGUARDING.value)
                             .order_by(User.name)).all())


def procedure(session: Session, area_id: int) -> SafeguardingProcedure | None:
    """The area's local safeguarding procedure, if an admin has set it."""
    return session.get(SafeguardingProcedure, area_id)


def set_procedure(session: Session, area_id: int, text: str, front_door_phone: str,
                  out_of_hours_phone: str, user_id: int) -> SafeguardingProcedure:
    """Save the area's procedure and front-door numbers (checked by the form)."""
    row = procedure(session, area_id) or SafeguardingProcedure(area_id=area_id)
    row.text, row.front_door_phone = text.strip(), front_door_phone.strip()
    row.out_of_hours_phone, row.updated_by_id = out_of_hours_phone.strip(), user_id
    row.updated_at = utcnow()
    session.add(row)
    session.commit()
    return row


def raise_flag(session: Session, comment: Comment, user_id: int, reason: str = "") -> None:
    """A person flags a comment as a possible concern; it is hidden from others at once.
    A flag the lead had closed as "not a concern" waits for them again."""
    flag = session.exec(select(SafeguardingFlag)
                        .where(SafeguardingFlag.comment_id == comment.id)).first()
    reasons = [RAISED_BY_HAND + (f": {reason.strip()}" if reason.strip() else "")]
    if flag is None:
        flag = SafeguardingFlag(comment_id=comment.id, area_id=comment.area_id, reasons=[])
    flag.reasons = [*flag.reasons, *reasons]
    flag.raised_by, flag.raised_by_id, flag.raised_at = Source.PERSON.value, user_id, utcnow()
    flag.outcome, flag.handled_by_id, flag.handled_at = None, None, None
    flag.alert, flag.alert_tries = Alert.WAITING.value, 0  # the leads are told (again)
    session.add(flag)
    session.commit()


def survey_texts_for_viewer(session: Session, response_ids: list[int],
                            viewer_role: str | None) -> dict[tuple[int, str], str | None]:
    """For survey free-text answers: (response id, question id) -> the redacted text this
    person may read, or None when a safeguarding flag hides it from them."""
    hidden = hiding_flag_exists(Comment.id) if viewer_role != Role.SAFEGUARDING.value \
        else false()
    rows = session.exec(select(Comment.survey_response_id, Comment.survey_question_id,
                               Comment.display_text, hidden)
                        .where(Comment.survey_response_id.in_(response_ids))).all()
    return {(rid, qid): (None if is_hidden else shown)  # type: ignore[misc]  # ids are set
            for rid, qid, shown, is_hidden in rows}


def unrecorded_text_for_viewer(text: str, viewer_role: str | None) -> str | None:
    """A free-text answer with no voice comment yet (still in progress, or partial): checked and
    redacted now, so nothing reaches a screen or a file unredacted or unchecked."""
    found = analyse(text)
    if found.safeguarding and viewer_role != Role.SAFEGUARDING.value:
        return None
    return found.redacted_text
