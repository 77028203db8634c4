"""Making and changing "you said, we did" items. The rules live here, so every page, the CSV
import and the demo keep them: raise `ItemError` naming the field and the GOV.UK message."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlmodel import Session, select

from coprod.common.time import utcnow
from coprod.yousaid.models import FINISHED, FamiliesTold, HowTold, ProgressStep, Status, YouSaidItem


class ItemError(ValueError):
    """A rule an item would break: which field, and what to tell the person."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass
class ItemWording:
    """What staff type about an item: its words, owner, target and impact."""

    you_said: str
    you_said_easy: str = ""
    we_did: str = ""
    we_did_easy: str = ""
    impact: str = ""
    themes: tuple[str, ...] = ()
    owner: str = ""
    lead: str = ""
    partners: str = ""
    target_on: date | None = None

    @classmethod
    def of(cls, item: YouSaidItem) -> ItemWording:
        """The wording an item has now, to fill a form."""
        values = {f.name: getattr(item, f.name) for f in fields(cls)}
        return cls(**{**values, "themes": tuple(item.themes)})


def clean_wording(wording: ItemWording) -> ItemWording:
    """The wording trimmed, themes without repeats; refuses an item with no "you said"."""
    values = {f.name: getattr(wording, f.name) for f in fields(wording)}
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip()
    values["themes"] = tuple(dict.fromkeys(t for t in wording.themes if t))
    if not values["you_said"]:
        raise ItemError("you_said", "Enter what families said")
    return ItemWording(**values)


def check_status(item: YouSaidItem, status: str) -> None:
    """The status rules: done needs what was done; can't do needs a reason in plain words."""
    Status(status)  # ValueError when unknown
    if status == Status.DONE and not item.we_did.strip():
        raise ItemError("we_did", "Enter what was done before you mark this item done")
    if status == Status.CANT_DO and not item.reason.strip():
        raise ItemError("reason", "Enter why this cannot be done, in plain words")


def check_publishable(item: YouSaidItem) -> None:
    """Nothing goes public until the public wording, plain and easy read, is written."""
    for name, message in (
            ("you_said", "Enter what families said before you publish"),
            ("you_said_easy", "Enter what families said in easy read before you publish"),
            ("we_did", "Enter what we did or will do before you publish"),
            ("we_did_easy", "Enter what we did or will do in easy read before you publish")):
        if not getattr(item, name).strip():
            raise ItemError(name, message)
    check_status(item, item.status)


def _apply(item: YouSaidItem, wording: ItemWording) -> None:
    for f in fields(wording):
        setattr(item, f.name, getattr(wording, f.name))
    item.themes = list(wording.themes)
    item.updated_at = utcnow()


def create_item(session: Session, area_id: int, wording: ItemWording, *,
                user_id: int | None = None, author: str = "", commit: bool = True) -> YouSaidItem:
    """A new item, status new, not published, with its first step on the timeline."""
    item = YouSaidItem(area_id=area_id, you_said="", created_by_id=user_id)
    _apply(item, clean_wording(wording))
    session.add(item)
    session.flush()
    _add_update(session, item, "Item started", Status.NEW.value, user_id, author)
    if commit:
        session.commit()
    return item


def change_wording(session: Session, item: YouSaidItem, wording: ItemWording) -> None:
    """Change an item's words, owner and target; a done or published item keeps its rules."""
    wording = clean_wording(wording)
    trial = YouSaidItem(**{**item.model_dump(), "themes": list(wording.themes)})
    _apply(trial, wording)
    check_status(trial, trial.status)
    if item.published:
        check_publishable(trial)
    _apply(item, wording)
    session.add(item)
    session.commit()


def change_status(session: Session, item: YouSaidItem, status: str, *, note: str = "",
                  we_did: str | None = None, we_did_easy: str | None = None,
                  reason: str | None = None, user_id: int | None = None, author: str = "",
                  on: date | None = None, commit: bool = True) -> None:
    """Move an item on, writing what was done (or why not) and a step on its timeline. A
    wording given empty (None: not asked) is kept as it was, unless the item is to be done:
    then an emptied box is an error, not the old "we will" words kept without a word. Saving
    the same status with nothing changed and no note adds nothing to the timeline."""
    before = (item.status, item.we_did, item.we_did_easy, item.reason)
    if status == Status.DONE:
        _check_done_words(item, we_did, we_did_easy)
    for name, value in (("we_did", we_did), ("we_did_easy", we_did_easy), ("reason", reason)):
        if value is not None and value.strip():
            setattr(item, name, value.strip())
    check_status(item, status)
    if status == Status.DONE and item.status != Status.DONE:
        item.done_on = on or date.today()
    elif status != Status.DONE:
        item.done_on = None
    if item.published:
        check_publishable(item)
    if before == (status, item.we_did, item.we_did_easy, item.reason) and not note.strip():
        return
    old, item.status, item.updated_at = item.status, status, utcnow()
    text = note.strip() or (_moved(old, status) if old != status else "Wording changed")
    session.add(item)
    _add_update(session, item, text, status, user_id, author)
    if commit:
        session.commit()


def _check_done_words(item: YouSaidItem, we_did: str | None, we_did_easy: str | None) -> None:
    """A box emptied on the way to done is an error (easy read only once it is public)."""
    if we_did is not None and not we_did.strip():
        raise ItemError("we_did", "Enter what was done before you mark this item done")
    if we_did_easy is not None and not we_did_easy.strip() and item.published:
        raise ItemError("we_did_easy", "Enter what was done, in easy read, before you mark "
                                       "this item done")


# Plain words for the stored timeline (stored text, so not translated per request).
STATUS_WORDS = {"new": "New", "agreed": "Agreed", "in_progress": "In progress", "done": "Done",
                "cant_do": "Can't do"}


def _moved(old: str, new: str) -> str:
    return f"Status changed from {STATUS_WORDS[old]} to {STATUS_WORDS[new]}"


def change_statuses(session: Session, items: list[YouSaidItem], status: str, *, user_id: int | None,
                    author: str = "") -> list[tuple[YouSaidItem, ItemError]]:
    """Move several items at once: all of them, or (if any breaks a rule) none."""
    problems = []
    for item in items:
        try:
            check_status(item, status)
        except ItemError as error:
            problems.append((item, error))
    if problems:
        return problems
    for item in items:
        change_status(session, item, status, user_id=user_id, author=author, commit=False)
    session.commit()
    return []


def _add_update(session: Session, item: YouSaidItem, text: str, status: str | None,
                user_id: int | None, author: str) -> ProgressStep:
    update = ProgressStep(item_id=item.id, area_id=item.area_id, text=text, status=status,
                    written_by=author, written_by_id=user_id)
    session.add(update)
    return update


def add_update(session: Session, item: YouSaidItem, text: str, *, user_id: int | None,
               author: str = "") -> ProgressStep:
    """A dated note on the item's progress timeline."""
    if not text.strip():
        raise ItemError("text", "Enter what has happened")
    update = _add_update(session, item, text.strip(), None, user_id, author)
    item.updated_at = utcnow()
    session.add(item)
    session.commit()
    return update


def record_told(session: Session, item: YouSaidItem, told_on: date | None, how: str | None, *,
                audience: str = "", reached: int | None = None,
                user_id: int | None = None, commit: bool = True) -> FamiliesTold:
    """Record that families were told: a date and a channel are needed, and "on the website"
    only once the item is on the public board (else the receipt page would still say "We have
    not finished yet")."""
    if told_on is None:
        raise ItemError("told_on", "Enter the date families were told")
    if told_on > date.today():
        raise ItemError("told_on", "The date families were told must be today or in the past")
    if not how or how not in HowTold.__members__.values():
        raise ItemError("how", "Select how families were told")
    if how == HowTold.WEBSITE and not item.published:
        raise ItemError("how", "Publish the item before recording that families were told on "
                               "the website")
    if reached is not None and reached < 0:
        raise ItemError("reached", "Number reached must be 0 or more")
    told = FamiliesTold(item_id=item.id, area_id=item.area_id, told_on=told_on, how=how,
                audience=audience.strip(), reached=reached, recorded_by_id=user_id)
    session.add(told)
    if commit:
        session.commit()
    return told


def set_published(session: Session, item: YouSaidItem, published: bool) -> None:
    """Put an item on the public board (only with its public wording) or take it off."""
    if published:
        check_publishable(item)
    item.published = published
    item.updated_at = utcnow()
    session.add(item)
    session.commit()


def item_in_area(session: Session, area_id: int, item_id: int) -> YouSaidItem | None:
    """One item, only if it belongs to this area."""
    item = session.get(YouSaidItem, item_id)
    return item if item is not None and item.area_id == area_id else None


def items_for_area(session: Session, area_id: int) -> list[YouSaidItem]:
    """Every item in the area, newest first (for charters and reports to link to)."""
    return list(session.exec(select(YouSaidItem).where(YouSaidItem.area_id == area_id)
                             .order_by(YouSaidItem.created_at.desc(), YouSaidItem.id.desc())).all())


def item_numbers(session: Session, area_id: int) -> set[int]:
    """The numbers of the area's items (an import refuses a row that is one of them)."""
    return set(session.exec(select(YouSaidItem.id).where(YouSaidItem.area_id == area_id)).all())


def items_by_ids(session: Session, area_id: int, ids: list[int]) -> list[YouSaidItem]:
    """The area's items among these ids, oldest first; other areas' ids find nothing."""
    if not ids:
        return []
    query = select(YouSaidItem).where(YouSaidItem.area_id == area_id, YouSaidItem.id.in_(ids))
    return list(session.exec(query.order_by(YouSaidItem.id)).all())


def timeline(session: Session, item: YouSaidItem) -> list[ProgressStep]:
    """The item's progress, oldest first."""
    return list(session.exec(select(ProgressStep).where(ProgressStep.item_id == item.id)
                             .order_by(ProgressStep.written_at, ProgressStep.id)).all())


def told_records(session: Session, item: YouSaidItem) -> list[FamiliesTold]:
    """When and how families were told, oldest first."""
    return list(session.exec(select(FamiliesTold).where(FamiliesTold.item_id == item.id)
                             .order_by(FamiliesTold.told_on, FamiliesTold.id)).all())


def is_finished(item: YouSaidItem) -> bool:
    """Done or can't do: nothing more will happen, but families still need telling."""
    return item.status in FINISHED
