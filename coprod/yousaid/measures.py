"""How well the loop is closed, on numbers a leader and an inspector can check by hand.

`measures` is what the leaders' dashboard and reports read: a plain dataclass, no Flask.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from statistics import median

from flask_babel import gettext as _
from flask_babel import ngettext
from sqlmodel import Session, select

from coprod.yousaid import evidence
from coprod.yousaid.models import FINISHED, FamiliesTold, Status, YouSaidItem

NO_OWNER = "No owner yet"
NO_THEME = "No theme yet"


@dataclass(frozen=True)
class Group:
    """The measures for one owner or one theme."""

    name: str
    total: int
    done: int
    told: int
    overdue: int


@dataclass(frozen=True)
class Measures:
    """Items by status and the four loop measures, overall, by owner and by theme."""

    total: int
    by_status: dict[str, int]
    done: int
    share_done: float | None  # of all items
    median_days_to_done: float | None  # first evidence to done, done items with evidence
    done_told: int
    share_done_told: float | None  # of done items, those whose families were told
    overdue: int  # past their target date and not finished
    by_owner: list[Group] = field(default_factory=list)
    by_theme: list[Group] = field(default_factory=list)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _is_overdue(item: YouSaidItem, today: date) -> bool:
    return item.target_on is not None and item.target_on < today and item.status not in FINISHED


def _groups(items: list[YouSaidItem], keys, told: set[int], today: date) -> list[Group]:
    members: dict[str, list[YouSaidItem]] = {}
    for item in items:
        for key in keys(item):
            members.setdefault(key, []).append(item)
    return [Group(name, len(group), sum(i.status == Status.DONE for i in group),
                  sum(i.status == Status.DONE and i.id in told for i in group),
                  sum(_is_overdue(i, today) for i in group))
            for name, group in sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0]))]


def measures(session: Session, area_id: int, period: tuple[date, date] | None = None, *,
             today: date | None = None) -> Measures:
    """The area's measures; with a period, only items started within it (dates inclusive)."""
    today = today or date.today()
    items = [i for i in session.exec(select(YouSaidItem).where(YouSaidItem.area_id == area_id)
                                     .order_by(YouSaidItem.id)).all()
             if period is None or period[0] <= i.created_at.date() <= period[1]]
    told = set(session.exec(select(FamiliesTold.item_id)
                            .where(FamiliesTold.area_id == area_id)).all())
    by_status = Counter(i.status for i in items)
    done = [i for i in items if i.status == Status.DONE]
    firsts = evidence.first_evidence_dates(session, [i.id for i in done if i.id is not None])
    days = [(i.done_on - firsts[i.id]).days for i in done
            if i.id in firsts and i.done_on is not None]
    done_told = sum(i.id in told for i in done)
    return Measures(
        total=len(items), by_status={s.value: by_status.get(s.value, 0) for s in Status},
        done=len(done), share_done=_share(len(done), len(items)),
        median_days_to_done=median(days) if days else None, done_told=done_told,
        share_done_told=_share(done_told, len(done)),
        overdue=sum(_is_overdue(i, today) for i in items),
        by_owner=_groups(items, lambda i: [i.owner or NO_OWNER], told, today),
        by_theme=_groups(items, lambda i: i.themes or [NO_THEME], told, today))


def percent_text(share: float | None) -> str:
    """A share as a whole percentage, or a dash when there is nothing to divide by."""
    return "–" if share is None else f"{round(share * 100)}%"


def summary(m: Measures) -> list[str]:
    """The measures in plain sentences, for the written summary beside the charts."""
    if not m.total:
        return [_("There are no items yet.")]
    lines = [_("There are %(total)d items. %(done)d are done (%(share)s).", total=m.total,
               done=m.done, share=percent_text(m.share_done))]
    if m.done:
        lines.append(_("Families were told about %(told)d of the %(done)d done items "
                       "(%(share)s).", told=m.done_told, done=m.done,
                       share=percent_text(m.share_done_told)))
    if m.median_days_to_done is not None:
        days = str(int(m.median_days_to_done + 0.5))  # 127.5 reads 128: still true of half
        lines.append(_("Half of the done items took %(days)s days or fewer from the first "
                       "evidence to done.", days=days))
    lines.append(ngettext("%(num)d item is past its target date and not finished.",
                          "%(num)d items are past their target date and not finished.",
                          m.overdue))
    return lines
