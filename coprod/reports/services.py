"""The themed voice report and the area SEND evidence pack, built as plain data (sections of
tables, charts and quotes) that every format draws from: HTML, PDF, CSV, Excel, easy read.

Every count goes through `small_numbers.suppress` as its table is built, so no format can show
a small number, and each hidden count reads as it does there ("fewer than 5", or "hidden" with the
table's note saying what that means). Comments a safeguarding flag hides are left out of every
figure and quote.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from flask_babel import gettext as _
from sqlalchemy import String, cast, exists, literal_column, or_
from sqlmodel import Session, func, select

from coprod.auth import services as auth_services
from coprod.charters import services as charter_services
from coprod.charters import summary as charter_summary
from coprod.charters.models import Project
from coprod.common.charts import ChartSpec
from coprod.common.permissions import role_can
from coprod.common.small_numbers import (
    Cell,
    Hidden,
    hidden_note,
    share,
    shown_alone,
    suppress,
    total_cell,
    words,
)
from coprod.events.models import ListeningEvent
from coprod.reports import easy_read
from coprod.reports.models import PHASE_LABELS, Phase, SelfEvaluation, SendPopulation
from coprod.surveys.definition.options import answer_options
from coprod.surveys.journey.runner import definition_of
from coprod.surveys.models import Survey, SurveyResponse, SurveyVersion
from coprod.surveys.results.services import COUNTED_STATUSES, ENGLAND
from coprod.surveys.voice_link import AUDIENCE_GROUPS, VOICE_GROUPS
from coprod.voice.area_codebooks import area_codebook
from coprod.voice.findings import CommentAnalysis, CommentTheme, Status, hiding_flag_exists
from coprod.voice.models import CHANNEL_LABELS, GROUP_LABELS, Comment, Group
from coprod.yousaid import measures as yousaid_measures
from coprod.yousaid import services as yousaid
from coprod.yousaid.models import STATUS_LABELS as YOUSAID_STATUS_LABELS
from coprod.yousaid.models import EvidenceLink
from coprod.yousaid.models import Status as YouSaidStatus

VOICE, EVIDENCE_PACK = "voice", "evidence-pack"
KINDS = {VOICE: "Themed voice report", EVIDENCE_PACK: "Area SEND evidence pack"}
TOP_THEMES = 8
TREND_THEMES = 3
QUOTES_PER_THEME = 3
QUOTE_CANDIDATES = 25  # the newest comments of a theme and view that quotes are chosen from
SENTIMENTS = ("positive", "negative", "mixed", "neutral")
# Quotes are chosen one per view in this order, so the range of views shows, not the loudest.
QUOTE_ORDER = ("negative", "positive", "mixed", "neutral")
ATTENDANCE = (("young_people_count", "Young people"), ("children_count", "Children"),
              ("parent_carers_count", "Parents and carers"),
              ("practitioners_count", "Practitioners"), ("others_count", "Others"))
ATTENDANCE_GROUPS = {"young_people_count": Group.YOUNG_PERSON, "children_count": Group.CHILD,
                     "parent_carers_count": Group.PARENT_CARER,
                     "practitioners_count": Group.PRACTITIONER, "others_count": Group.OTHER}
# A count made up of counts hidden elsewhere in the report (one that subtraction would give away).
NOT_SHOWN = "Not shown (small numbers)"
SIDE_BY_SIDE = (("Children and young people", (Group.YOUNG_PERSON, Group.CHILD)),
                ("Parents and carers", (Group.PARENT_CARER,)),
                ("Practitioners", (Group.PRACTITIONER,)), ("Someone else", (Group.OTHER,)))


@dataclass(frozen=True)
class Scope:
    """What a report covers: areas (only ones the person may see reports of), a period (both
    days included), and optionally groups and channels of comments, and surveys and events (a
    project's, or one chosen): then only comments and responses from those count."""

    area_ids: tuple[int, ...]
    date_from: date
    date_to: date
    groups: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    survey_ids: tuple[int, ...] = ()
    event_ids: tuple[int, ...] = ()
    project_id: int | None = None

    @property
    def narrowed(self) -> bool:
        """Only some surveys and events count (a project with none linked counts nothing)."""
        return bool(self.survey_ids or self.event_ids or self.project_id)

    def as_dict(self) -> dict:
        """Plain JSON, for a PDF job to rebuild the same report in a worker."""
        data = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}
        data["date_from"], data["date_to"] = self.date_from.isoformat(), self.date_to.isoformat()
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Scope:
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        values["date_from"] = date.fromisoformat(data["date_from"])
        values["date_to"] = date.fromisoformat(data["date_to"])
        return cls(**values)

    def previous(self) -> Scope:
        """The period of the same length just before this one."""
        days = (self.date_to - self.date_from).days + 1
        return replace(self, date_from=self.date_from - timedelta(days=days),
                       date_to=self.date_from - timedelta(days=1))


@dataclass
class Table:
    """One table of a report: also a CSV file, a sheet of the workbook and maybe a chart."""

    key: str
    caption: str
    headers: list[str]
    rows: list[list]
    chart: dict | None = None  # ChartSpec.as_dict()
    chart_alt: str = ""
    note: str = ""  # under the table in every format: what "hidden" means, where a count reads it
    # Its workbook sheet's name where the caption is longer than Excel's 31 characters: short
    # and whole (the caption is the sheet's first row). Without one, the caption cut by words.
    sheet: str = ""


@dataclass
class Quote:
    text: str
    group: str
    sentiment: str
    # Which comment it is, so a saved report forgets it when the comment is deleted or its
    # approval withdrawn (None in reports saved before quotes kept it: matched by their words).
    comment_id: int | None = None


@dataclass
class Section:
    key: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    quotes: dict[str, list[Quote]] = field(default_factory=dict)
    not_recorded: str = ""


@dataclass
class Report:
    kind: str
    title: str
    area_names: list[str]
    date_from: date
    date_to: date
    threshold: int
    sections: list[Section]
    easy_read: dict = field(default_factory=dict)

    def tables(self) -> list[Table]:
        return [table for section in self.sections for table in section.tables]

    @property
    def small_numbers_rule(self) -> str:
        """How this report shows small numbers: said the same way in every format."""
        return small_numbers_rule(self.threshold)

    def table(self, key: str) -> Table | None:
        return next((t for t in self.tables() if t.key == key), None)

    def as_dict(self) -> dict:
        """Plain JSON, to freeze a saved report with its figures as they were."""
        data = asdict(self)
        data["date_from"], data["date_to"] = self.date_from.isoformat(), self.date_to.isoformat()
        for section in data["sections"]:
            for table in section["tables"]:
                table["rows"] = [[_json_cell(v) for v in row] for row in table["rows"]]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Report:
        sections = [Section(s["key"], s["title"], s["paragraphs"],
                            [Table(**{**t, "rows": _cells_from_json(t["rows"])})
                             for t in s["tables"]],
                            {k: [Quote(**q) for q in v] for k, v in s["quotes"].items()},
                            s["not_recorded"]) for s in data["sections"]]
        return cls(data["kind"], data["title"], data["area_names"],
                   date.fromisoformat(data["date_from"]), date.fromisoformat(data["date_to"]),
                   data["threshold"], sections, data.get("easy_read", {}))


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _json_cell(value: object) -> object:
    """A date cell as ISO text: JSON has no dates."""
    return value.isoformat() if isinstance(value, date) else value


def _cells_from_json(rows: list[list]) -> list[list]:
    """ISO days back to dates, also in reports saved before tables kept dates as dates (their
    participation log held the day as text), so every report shows its days the same way."""
    return [[date.fromisoformat(v) if isinstance(v, str) and ISO_DAY.fullmatch(v) else v
             for v in row] for row in rows]


def small_numbers_rule(threshold: int) -> str:
    """The rule every report table follows (coprod.common.small_numbers), in words."""
    return _("Counts of people and of what they said from 1 to %(below)d are shown as “fewer "
             "than %(n)d” and have no percentage, so nobody can be picked out; 0 is shown as 0. "
             "Where a total would give such a count away, another count is hidden too (a 0 "
             "where there is one), and every hidden count beside it reads “hidden”, so that "
             "none can be told from another. A count made up of counts hidden "
             "elsewhere in the report is “Not shown (small numbers)”. Counts of “you said, we "
             "did” items and of their evidence count actions, not people, and are shown in "
             "full. Comments waiting for or acted on by the safeguarding lead are left out.",
             below=threshold - 1, n=threshold)


# --- what a report may cover ------------------------------------------------------------------


@dataclass(frozen=True)
class Choices:
    """What a person may narrow a report to: this area's surveys, events and projects, and the
    other areas where their role lets them see reports."""

    surveys: list[tuple[int, str]]
    events: list[tuple[int, str]]
    projects: list[tuple[int, str]]
    other_areas: list[tuple[int, str]]


def choices_for(session: Session, area_id: int, user_id: int) -> Choices:
    linkable = charter_services.link_choices(session, area_id)
    return Choices(linkable["survey"], linkable["event"],
                   [(p.id, p.title) for p in charter_services.projects_in_area(session, area_id)
                    if p.id is not None],
                   [(a.id, a.name) for m, a in auth_services.memberships_of(session, user_id)
                    if a.id is not None and a.id != area_id and role_can(m.role, "view_reports")])


def project_surveys_and_events(session: Session, area_id: int,
                               project_id: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The ids of the surveys and events a project links to (none for another area's)."""
    project = session.get(Project, project_id)
    if project is None or project.area_id != area_id:
        return (), ()
    surveys, events, _items = charter_services.linked_records(session, project)
    return (tuple(s.id for s in surveys if s.id is not None),
            tuple(e.id for e in events if e.id is not None))


# --- reading the record ----------------------------------------------------------------------


def _comment_where(scope: Scope) -> list:
    found = [Comment.area_id.in_(scope.area_ids), Comment.said_on >= scope.date_from,
             Comment.said_on <= scope.date_to, ~hiding_flag_exists(Comment.id)]
    if scope.groups:
        found.append(Comment.group.in_(scope.groups))
    if scope.channels:
        found.append(Comment.channel.in_(scope.channels))
    if scope.narrowed:
        found.append(or_(Comment.event_id.in_(scope.event_ids),
                         Comment.survey_response_id.in_(select(SurveyResponse.id).where(
                             SurveyResponse.survey_id.in_(scope.survey_ids)))))
    return found


@dataclass(frozen=True)
class CommentCounts:
    """Comments in scope by who said them and by how they reached us, from one GROUP BY."""

    by_group: Counter[str]
    by_channel: Counter[str]


def comment_counts(session: Session, scope: Scope) -> CommentCounts:
    by_group: Counter[str] = Counter()
    by_channel: Counter[str] = Counter()
    for group, channel, n in session.exec(
            select(Comment.group, Comment.channel, func.count()).where(*_comment_where(scope))
            .group_by(Comment.group, Comment.channel)):
        by_group[group] += n
        by_channel[channel] += n
    return CommentCounts(by_group, by_channel)


def _themed(scope: Scope):
    """Kept (not rejected) themes of the comments in scope."""
    return select(CommentTheme.theme_id).join(Comment, Comment.id == CommentTheme.comment_id) \
        .where(*_comment_where(scope), CommentTheme.status != Status.REJECTED.value)


@dataclass
class ThemeCounts:
    """Kept themes of the comments in scope, counted once (one GROUP BY) by theme, sentiment,
    group and month: the ranked themes, their trend and the side-by-side table all read it."""

    cells: list[tuple[str, str | None, str, str, int]]  # theme, sentiment, group, YYYY-MM, n

    def by(self, part: int) -> dict[str, Counter]:
        """Theme -> counts by one part of a cell (1 sentiment, 2 group, 3 month)."""
        found: dict[str, Counter] = defaultdict(Counter)
        for cell in self.cells:
            found[cell[0]][cell[part]] += cell[4]
        return found

    def totals(self) -> Counter[str]:
        found: Counter[str] = Counter()
        for cell in self.cells:
            found[cell[0]] += cell[4]
        return found


def theme_counts(session: Session, scope: Scope) -> ThemeCounts:
    month = func.substr(cast(Comment.said_on, String), literal_column("1"), literal_column("7"))
    query = _themed(scope).outerjoin(CommentAnalysis, CommentAnalysis.comment_id == Comment.id) \
        .with_only_columns(CommentTheme.theme_id, CommentAnalysis.sentiment, Comment.group,
                           month, func.count()) \
        .group_by(CommentTheme.theme_id, CommentAnalysis.sentiment, Comment.group, month)
    return ThemeCounts([tuple(row) for row in session.execute(query)])  # type: ignore[misc]


def _theme_totals(session: Session, scope: Scope) -> Counter[str]:
    query = _themed(scope).with_only_columns(CommentTheme.theme_id, func.count()) \
        .group_by(CommentTheme.theme_id)
    return Counter(dict(session.execute(query).all()))


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, ENGLAND).astimezone(UTC)


def _response_where(scope: Scope) -> list:
    answered = func.coalesce(SurveyResponse.submitted_at, SurveyResponse.updated_at)
    found = [SurveyResponse.area_id.in_(scope.area_ids),
             SurveyResponse.status.in_(COUNTED_STATUSES),
             answered >= _local_midnight(scope.date_from),
             answered < _local_midnight(scope.date_to + timedelta(days=1))]
    if scope.narrowed:
        found.append(SurveyResponse.survey_id.in_(scope.survey_ids))
    return found


def _events(session: Session, scope: Scope) -> list[ListeningEvent]:
    query = select(ListeningEvent).where(
        ListeningEvent.area_id.in_(scope.area_ids), ListeningEvent.held_on >= scope.date_from,
        ListeningEvent.held_on <= scope.date_to)
    if scope.narrowed:
        query = query.where(ListeningEvent.id.in_(scope.event_ids))
    return list(session.exec(query.order_by(ListeningEvent.held_on)).all())


# --- building tables --------------------------------------------------------------------------


def _label(labels: dict, value: str | None) -> str:
    if value is None:
        return _("Not given")
    return str(next((label for key, label in labels.items() if key == value), value))


def counted_table(key: str, caption: str, heading: str, counts: list[tuple[str, int]],
                  threshold: int, unit: str = "People", sheet: str = "") -> Table:
    """Label, count and share, with a total row: small counts suppressed, and one more where
    the total would give a hidden count away."""
    total = sum(n for _label, n in counts)
    shown = suppress([n for _label, n in counts], threshold, total)
    shown_total = total_cell([n for _label, n in counts], total, threshold)
    whole = shown_total if isinstance(shown_total, int) else None
    rows = [[label, words(n, threshold), share(n, whole)]
            for (label, _n), n in zip(counts, shown, strict=True)]
    rows.append(["Total", words(shown_total, threshold), "100%" if whole else ""])
    table = Table(key, caption, [heading, unit, "Share"], rows,
                  note=hidden_note([*shown, shown_total], threshold), sheet=sheet)
    return with_chart(table, caption, [(label, n) for (label, _), n in zip(counts, shown,
                                                                              strict=True)],
                      threshold, unit.lower())


def with_chart(table: Table, title: str, bars: list[tuple[str, Cell | None]], threshold: int,
               unit: str = "people", hidden_as: str | None = None) -> Table:
    """Add a bar chart of suppressed counts (a hidden count draws no bar, and says what its
    table cell says: as `small_numbers.words` has it, or `hidden_as` for None) and its summary."""
    if not bars:
        return table
    texts = tuple(hidden_as if n is None and hidden_as else str(words(n, threshold))
                  for _, n in bars)
    spec = ChartSpec(title, tuple(label for label, _ in bars),
                     tuple(n if isinstance(n, int) else 0 for _, n in bars), texts,
                     f"Number of {unit}")
    table.chart = spec.as_dict()
    shown = [(label, n) for label, n in bars if isinstance(n, int)]
    if shown:
        top = max(shown, key=lambda bar: bar[1])
        table.chart_alt = (f"Bar chart: {title}. The largest is {top[0]} ({top[1]} {unit}). "
                           "The table has every number.")
    else:
        table.chart_alt = (f"Bar chart: {title}. Every number is "
                           f"{' or '.join(sorted(set(texts))).lower()}.")
    return table


def _change(now: int | None, before: int | None) -> str:
    if now is None or before is None:
        return _("Not shown (small numbers)")
    if now == before:
        return _("No change")
    return _("Up %(n)d", n=now - before) if now > before else _("Down %(n)d", n=before - now)


def themes_table(session: Session, scope: Scope, counts: ThemeCounts, names,
                 threshold: int) -> tuple[Table, list]:
    """Themes ranked by comments, each with its sentiment split and the change from the
    previous period of the same length."""
    totals = counts.totals()
    sentiments, groups, per_month = counts.by(1), counts.by(2), counts.by(3)
    months = [m.strftime("%Y-%m") for m in _months(scope)]
    before = _theme_totals(session, scope.previous())
    ranked = sorted(totals, key=lambda tid: (-totals[tid], names(tid)))
    rows, bars, cells = [], [], []
    for tid in ranked:
        split = [sentiments[tid][s] for s in SENTIMENTS]
        total = totals[tid]
        # The total is hidden where any table splitting it (here by sentiment, the trend by
        # month, the side-by-side by group) would otherwise give its small counts away.
        ways = [total_cell(parts, total, threshold) for parts in (
            split, [per_month[tid][m] for m in months],
            [sum(groups[tid][g.value] for g in gs) for _label, gs in SIDE_BY_SIDE])]
        shown_total = Hidden.HIDDEN if Hidden.HIDDEN in ways else ways[0]
        whole = shown_total if isinstance(shown_total, int) else None
        parts = suppress(split, threshold, total if sum(split) == total else None)
        shown_before = shown_alone(before[tid], threshold)
        rows.append([names(tid), words(shown_total, threshold),
                     *[words(p, threshold) for p in parts],
                     words(shown_before, threshold), _change(whole, shown_before)])
        bars.append((names(tid), shown_total))
        cells += [shown_total, *parts]
    table = Table("themes", "Themes ranked by the number of comments",
                  ["Theme", "Comments", "Positive", "Negative", "Mixed", "Neutral",
                   "Previous period", "Change"], rows, note=hidden_note(cells, threshold),
                  sheet="Themes by number of comments")
    return with_chart(table, "Comments by theme", bars[:TOP_THEMES], threshold,
                      "comments"), ranked


def _months(scope: Scope) -> list[date]:
    months, day = [], scope.date_from.replace(day=1)
    while day <= scope.date_to:
        months.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return months


def trend_tables(scope: Scope, counts: ThemeCounts, ranked: list[str], names,
                 threshold: int) -> list[Table]:
    """Each leading theme's comments month by month (one table, a chart per theme)."""
    months = _months(scope)
    top = ranked[:TOP_THEMES]
    per_month = counts.by(3)
    rows, shown_by_theme = [], {}
    for tid in top:
        in_month = [per_month[tid][m.strftime("%Y-%m")] for m in months]
        shown = suppress(in_month, threshold, sum(in_month))
        shown_by_theme[tid] = shown
        rows.append([names(tid), *[words(n, threshold) for n in shown]])
    labels = [m.strftime("%b %Y") for m in months]
    tables = [Table("theme-trend", "Comments on each theme, month by month",
                    ["Theme", *labels], rows, note=hidden_note(
                        [n for shown in shown_by_theme.values() for n in shown], threshold),
                    sheet="Themes month by month")]
    for tid in top[:TREND_THEMES]:
        trend = Table(f"trend-{tid}"[:31], f"{names(tid)}: comments month by month",
                      ["Month", "Comments"],
                      [[label, words(n, threshold)] for label, n in zip(
                          labels, shown_by_theme[tid], strict=True)],
                      note=hidden_note(shown_by_theme[tid], threshold), sheet=names(tid))
        tables.append(with_chart(trend, f"{names(tid)}: comments month by month",
                                 list(zip(labels, shown_by_theme[tid], strict=True)),
                                 threshold, "comments"))
    return tables


def side_by_side_table(counts: ThemeCounts, ranked: list[str], names, threshold: int) -> Table:
    """Children and young people's, parents' and practitioners' themes next to each other."""
    by_group = counts.by(2)
    rows, cells = [], []
    for tid in ranked[:TOP_THEMES]:
        said = [sum(by_group[tid][g.value] for g in groups) for _label, groups in SIDE_BY_SIDE]
        parts = suppress(said, threshold, sum(said))
        rows.append([names(tid), *[words(n, threshold) for n in parts]])
        cells += parts
    return Table("themes-by-group", "Themes by who said them",
                 ["Theme", *[label for label, _ in SIDE_BY_SIDE]], rows,
                 note=hidden_note(cells, threshold))


def hidden_groups(counts: Counter[str], threshold: int) -> set[str]:
    """The groups the report counts as "fewer than" the threshold in "Comments by who said
    them" (with one a total would give away): never quoted, as on public pages."""
    groups = [g.value for g in Group]
    shown = suppress([counts[g] for g in groups], threshold, sum(counts.values()))
    return {g for g, n in zip(groups, shown, strict=True) if not isinstance(n, int)}


def _hidden_in_theme(table: Table) -> dict[str, set[str]]:
    """Theme name -> the groups whose count for that theme the side-by-side table hides."""
    return {row[0]: {g.value for (_label, groups), cell in zip(SIDE_BY_SIDE, row[1:],
                                                                  strict=True)
                     if not isinstance(cell, int) for g in groups} for row in table.rows}


Candidate = tuple[int, str, str, int | None]  # comment id, display text, group, response id
Candidates = dict[str, dict[str, list[Candidate]]]


def quote_candidates(session: Session, scope: Scope, theme_ids: list[str],
                     hidden: set[str]) -> Candidates:
    """Theme -> view -> the newest comments that may be quoted, in one query: by the rule for
    anything shown beyond staff (voice.published_quotes), only comments whose author agreed
    their words can be shared and a person approved for publication, their display (redacted)
    text, never one a safeguarding flag hides, never from a group counted as "fewer than" the
    threshold (`hidden`)."""
    place = func.row_number().over(
        partition_by=(CommentTheme.theme_id, CommentAnalysis.sentiment),
        order_by=(Comment.said_on.desc(), Comment.id.desc())).label("place")
    newest = (select(CommentTheme.theme_id, CommentAnalysis.sentiment, Comment.id,
                     Comment.display_text, Comment.group, Comment.survey_response_id, place)
              .join(CommentTheme, CommentTheme.comment_id == Comment.id)
              .join(CommentAnalysis, CommentAnalysis.comment_id == Comment.id)
              .where(*_comment_where(scope), CommentTheme.theme_id.in_(theme_ids),
                     CommentTheme.status != Status.REJECTED.value,
                     Comment.published_at.is_not(None), Comment.share_consent.is_(True),
                     Comment.group.not_in(sorted(hidden)),
                     func.length(Comment.display_text) >= 20)).subquery()
    found: Candidates = defaultdict(lambda: defaultdict(list))
    for tid, sentiment, comment_id, text, group, response_id, _place in session.execute(
            select(newest).where(newest.c.place <= QUOTE_CANDIDATES)
            .order_by(newest.c.theme_id, newest.c.sentiment, newest.c.place)):
        found[tid][sentiment].append((comment_id, text, group, response_id))
    return found


def quotes_for(candidates: dict[str, list[Candidate]],
               used_responses: set[int], hidden: set[str]) -> list[Quote]:
    """Up to three quotes for a theme from its candidates: none from a group `hidden` counts
    as "fewer than" the threshold within the theme; one per view (negative, positive, mixed,
    neutral) so the range shows, and never two from the same survey response (across the
    whole report)."""
    found: list[Quote] = []
    for sentiment in QUOTE_ORDER:
        for comment_id, text, group, response_id in candidates.get(sentiment, []):
            if group in hidden or (response_id is not None and response_id in used_responses):
                continue
            if response_id is not None:
                used_responses.add(response_id)
            found.append(Quote(text, _label(GROUP_LABELS, group), sentiment, comment_id))
            break
        if len(found) == QUOTES_PER_THEME:
            break
    return found


# --- sections ---------------------------------------------------------------------------------


def _response_group_labels(session: Session, scope: Scope) -> dict[str, str]:
    """The words each survey answered in the period gave its "who are you" answers ("A foster
    carer or kinship carer"), so a board reads what respondents picked, never a stored code;
    the voice record's group names where a survey gave none."""
    labels = {str(group.value): str(label) for group, label in GROUP_LABELS.items()}
    answered = select(SurveyResponse.version_id).where(*_response_where(scope)).distinct()
    for version in session.exec(select(SurveyVersion).where(SurveyVersion.id.in_(answered))):
        for question in definition_of(version).questions:
            if question.subtype == "respondent_group":
                labels.update((option.value, option.label) for option in answer_options(question))
    return labels


def _response_rows(session: Session, scope: Scope) -> list[tuple[str | None, str, int]]:
    """Survey responses by the group each respondent chose: (the group, its words, how many),
    in the order "Survey responses by who answered" lists them."""
    responses = session.exec(
        select(SurveyResponse.respondent_group, func.count()).where(*_response_where(scope))
        .group_by(SurveyResponse.respondent_group)
        .order_by(SurveyResponse.respondent_group)).all()
    answered_as = _response_group_labels(session, scope) if responses else {}
    return sorted(((group, _label(answered_as, group), n) for group, n in responses),
                  key=lambda row: row[1])


def _came(events: list[ListeningEvent]) -> list[tuple[str, int]]:
    """Places at events, by who came, in the order "Who came to listening events" lists them."""
    return [(label, sum(getattr(e, column) for e in events)) for column, label in ATTENDANCE]


def headline_section(session: Session, scope: Scope, threshold: int,
                     counts: CommentCounts) -> Section:
    """Voices heard by group and channel; survey responses; events held and who came."""
    by_group, by_channel = counts.by_group, counts.by_channel
    events = _events(session, scope)
    total = sum(by_group.values())
    section = Section("headlines", "Voices heard", [
        f"Comments recorded from {scope.date_from:%-d %B %Y} to {scope.date_to:%-d %B %Y}: "
        f"{words(shown_alone(total, threshold), threshold)}. "
        f"Listening events held: {len(events)}."])
    section.tables = [
        counted_table("comments-by-group", "Comments by who said them", "Group",
                      [(_label(GROUP_LABELS, g), by_group[g.value]) for g in Group], threshold,
                      "Comments"),
        counted_table("comments-by-channel", "Comments by how they reached us", "Channel",
                      [(str(label), by_channel[c.value]) for c, label in CHANNEL_LABELS.items()
                       if by_channel[c.value]], threshold, "Comments"),
        counted_table("survey-responses", "Survey responses by who answered", "Group",
                      [(label, n) for _group, label, n in _response_rows(session, scope)],
                      threshold, "Responses", sheet="Responses by who answered"),
        counted_table("event-attendance", "Who came to listening events", "Who", _came(events),
                      threshold),
    ]
    return section


def themes_section(session: Session, scope: Scope, threshold: int, group_counts: Counter[str],
                   with_trend: bool = True) -> tuple[Section, list[str]]:
    """Themes ranked, their trend, side by side by group, and quotes for each."""
    book = area_codebook(session, scope.area_ids[0])
    counts = theme_counts(session, scope)
    table, ranked = themes_table(session, scope, counts, book.name, threshold)
    section = Section("themes", "What people told us, by theme", [
        "A comment can have more than one theme. Sentiment is read automatically and checked "
        "by staff. The previous period is the same number of days just before this one."],
        [table])
    if with_trend:
        section.tables += trend_tables(scope, counts, ranked, book.name, threshold)
    by_group = side_by_side_table(counts, ranked, book.name, threshold)
    section.tables.append(by_group)
    used: set[int] = set()
    quoted = [tid for tid in ranked[:TOP_THEMES] if _theme_total(table, book.name(tid),
                                                                 threshold)]
    candidates = quote_candidates(session, scope, quoted,
                                  hidden_groups(group_counts, threshold))
    in_theme = _hidden_in_theme(by_group)
    section.quotes = {book.name(tid): quotes_for(candidates[tid], used,
                                                 in_theme.get(book.name(tid), set()))
                      for tid in quoted}
    return section, ranked


def _theme_total(table: Table, name: str, threshold: int) -> bool:
    """Quotes only for a theme whose count is shown (a quote from a small theme could
    identify someone)."""
    return any(row[0] == name and isinstance(row[1], int) for row in table.rows)


def emerging_section(session: Session, scope: Scope, threshold: int) -> Section:
    """Key phrases (found by the analysis in the redacted text) of comments no theme covers,
    used in `threshold` or more of them: what people raise that the codebook does not have.
    Read from what the analysis stored, so a report never re-reads every comment's words."""
    kept_theme = exists().where(CommentTheme.comment_id == Comment.id,
                                CommentTheme.status != Status.REJECTED.value)
    counts: Counter[str] = Counter()
    for phrases in session.exec(select(CommentAnalysis.phrases)
                                .join(Comment, Comment.id == CommentAnalysis.comment_id)
                                .where(*_comment_where(scope), ~kept_theme)):
        counts.update({phrase.lower() for phrase in phrases or ()})
    topics = [(phrase, n) for phrase, n in counts.most_common(10) if n >= threshold]
    section = Section("emerging", "Emerging topics", [
        "Phrases people used in comments that no theme covers yet. Only phrases used in "
        f"{threshold} or more comments are listed."])
    section.tables = [Table("emerging", "Emerging topics", ["Phrase", "Comments"],
                            [[phrase, n] for phrase, n in topics])]
    return section


def _per_area(session: Session, scope: Scope) -> list[tuple[int, str, str]]:
    """(area id, its name, a table key suffix) for sections each area keeps its own: with one
    area the keys and captions are plain, with several each table says which area it is."""
    if len(scope.area_ids) == 1:
        return [(scope.area_ids[0], "", "")]
    from coprod.areas.models import Area
    names = dict(session.exec(select(Area.id, Area.name).where(Area.id.in_(scope.area_ids)))
                 .all())
    return [(a, f"{names[a]}: ", f"-{a}") for a in sorted(scope.area_ids, key=names.__getitem__)]


def you_said_we_did_section(session: Session, scope: Scope, threshold: int) -> Section:
    """"You said, we did": the measures (coprod.yousaid's `measures`) and the items started in
    the period (a project's own, when one is chosen), with their evidence and whether families
    were told. Items are counts of actions, not of people, so they are not suppressed."""
    section = Section("you-said-we-did", "You said, we did")
    linked = (set(charter_services.project_links(session, scope.project_id).get("you_said", []))
              if scope.project_id else None)
    for area_id, name, suffix in _per_area(session, scope):
        found = yousaid_measures.measures(session, area_id, (scope.date_from, scope.date_to))
        if not found.total:
            continue
        section.paragraphs += [name + line for line in yousaid_measures.summary(found)]
        section.tables.append(Table(f"you-said-measures{suffix}",
                                    f"{name}“You said, we did” items by status",
                                    ["Status", "Items"],
                                    [[str(label), found.by_status[status.value]]
                                     for status, label in YOUSAID_STATUS_LABELS.items()],
                                    sheet="“You said, we did” by status"))
        items = [i for i in yousaid.items_for_area(session, area_id)
                 if scope.date_from <= i.created_at.date() <= scope.date_to
                 and (linked is None or i.id in linked)]
        links = Counter(session.exec(select(EvidenceLink.item_id).where(
            EvidenceLink.item_id.in_([i.id for i in items]))).all())
        told = {i.id for i in items if yousaid.told_records(session, i)}
        section.tables.append(Table(f"you-said-items{suffix}",
                                    f"{name}What you said and what we did",
                                    ["You said", "We did", "Status", "Evidence",
                                     "Families told"],
                                    [[i.you_said, i.we_did or "Not yet", _label(
                                        YOUSAID_STATUS_LABELS, i.status), links[i.id or 0],
                                      "Yes" if i.id in told else "No"] for i in items]))
    if not section.tables:
        section.not_recorded = "No “you said, we did” items were started in this period."
    elif linked is not None:
        section.paragraphs.append("The measures are for the whole area; the items listed are "
                                  "the project's own.")
    return section


def evaluation_section(session: Session, scope: Scope, threshold: int) -> Section:
    """How co-production was evaluated against the charter (the chosen project's, when one
    is), officers and families side by side (coprod.charters' `evaluation_summary`: fewer than
    5 ratings are never averaged)."""
    section = Section("evaluation", "How we evaluated co-production")
    sources = (("officer", "Officers"), ("family", "Families"))
    for area_id, name, suffix in _per_area(session, scope):
        found = charter_summary.evaluation_summary(session, area_id,
                                                   (scope.date_from, scope.date_to),
                                                   scope.project_id)
        if not any(f.count for p in (*found.principles, *found.lundy)
                   for f in p.figures.values()):
            continue
        section.tables.append(Table(
            f"evaluation{suffix}",
            f"{name}Ratings against the charter, officers and families side by side",
            ["Principle", *[f"{label}: ratings" for _s, label in sources],
             *[f"{label}: average" for _s, label in sources], "Where they differ"],
            [[p.name, *[_number(_figure(p, s).shown_count) for s, _l in sources],
              *[_number(_figure(p, s).shown_average) for s, _l in sources],
              p.disagreement or ""] for p in found.principles],
            sheet="Ratings against the charter"))
        if found.lundy:
            section.tables.append(Table(
                f"evaluation-young-people{suffix}",
                f"{name}Young people's ratings (the Lundy model)",
                ["Question", "Ratings", "Average"],
                [[p.name, _number(_figure(p, "young_person").shown_count),
                  _number(_figure(p, "young_person").shown_average)] for p in found.lundy],
                sheet="Young people's ratings (Lundy)"))
        if found.projects_no_family_evaluated and not scope.project_id:
            section.paragraphs.append(f"{name}Projects no family has evaluated yet: "
                                      + ", ".join(found.projects_no_family_evaluated) + ".")
    if not section.tables:
        section.not_recorded = "No co-production evaluations were recorded in this period."
    return section


def _figure(principle, source: str):
    return principle.figures.get(source) or charter_summary.figure(source, [])


def _number(shown_text: str) -> int | float | str:
    """A figure the charter's summary gives as words ("5", "3.4", "fewer than 5") as a number
    when it is one, so a spreadsheet can add it up."""
    try:
        return int(shown_text)
    except ValueError:
        pass
    try:
        return float(shown_text)
    except ValueError:
        return shown_text


# --- the evidence pack's own sections ---------------------------------------------------------


def participation_log(session: Session, scope: Scope, threshold: int) -> Section:
    """Every survey answered and every event held in the period, by date, with reach."""
    entries: list[tuple[date, str, str, int]] = []
    first_answered = func.min(func.coalesce(SurveyResponse.submitted_at,
                                            SurveyResponse.updated_at))
    for title, n, first in session.exec(
            select(Survey.title, func.count(), first_answered)
            .join(Survey, Survey.id == SurveyResponse.survey_id)
            .where(*_response_where(scope)).group_by(Survey.id, Survey.title)):
        first_day = first if isinstance(first, datetime) else datetime.fromisoformat(str(first))
        entries.append((first_day.date(), title, "Survey", n))
    for event in _events(session, scope):
        came = sum(getattr(event, column) for column, _label in ATTENDANCE)
        entries.append((event.held_on, event.title, "Listening event", came))
    entries.sort(key=lambda entry: (entry[0], entry[1]))
    rows = [[day, title, kind, words(shown_alone(n, threshold), threshold)]
            for day, title, kind, n in entries]
    return Section("participation", "How children, young people and families took part", [
        "Each survey (dated by its first answer in the period) and each listening event."],
        [Table("participation-log", "Participation log", ["Date", "What", "How",
                                                          "People taking part"], rows)])


def _heard(session: Session, scope: Scope, by_group: Counter[str]) -> dict[str, int]:
    """Comments, survey responses and event places per group."""
    heard: Counter[str] = Counter(by_group)
    for group, _words, n in _response_rows(session, scope):
        heard[VOICE_GROUPS.get(group or "", "other")] += n  # a foster carer is a carer
    for event in _events(session, scope):
        for column, group in ATTENDANCE_GROUPS.items():
            heard[group.value] += getattr(event, column)
    return heard


def hidden_in_voice_report(session: Session, scope: Scope, threshold: int,
                           by_group: Counter[str]) -> tuple[set[str], bool]:
    """What the voice report for the same scope hides in "Comments by who said them", "Survey
    responses by who answered" and "Who came to listening events": the groups with a hidden
    count in any of them, and whether any of the three totals is hidden. A figure adding them
    up must hide these too, or subtraction between the reports gives the small numbers away."""
    groups = [g.value for g in Group]
    responses = _response_rows(session, scope)
    came = _came(_events(session, scope))
    tables = [(groups, [by_group[g] for g in groups]),
              ([VOICE_GROUPS.get(g or "", "other") for g, _w, _n in responses],
               [n for _g, _w, n in responses]),
              ([ATTENDANCE_GROUPS[column].value for column, _label in ATTENDANCE],
               [n for _label, n in came])]
    hidden: set[str] = set()
    total_hidden = False
    for keys, counts in tables:
        cells = suppress(counts, threshold, sum(counts))
        hidden |= {key for key, cell in zip(keys, cells, strict=True)
                   if not isinstance(cell, int)}
        total_hidden = total_hidden or not isinstance(
            total_cell(counts, sum(counts), threshold), int)
    return hidden, total_hidden


def voices_table(heard: dict[str, int], hidden: set[str], total_hidden: bool,
                 threshold: int) -> Table:
    """"Voices heard by group": a group's comments, survey responses and event places added
    up, "not shown" where the voice report hides any of them (the total too, where it hides
    one of their totals). Each hidden group holds a hidden count, and the hidden groups
    together add up to no more than the voice report's own totals give away, so nothing else
    need be hidden. Every hidden cell says the same, so none can be told apart."""
    total = sum(heard[g.value] for g in Group)
    shown_total = None if total_hidden else total
    bars = [(_label(GROUP_LABELS, g), None if g.value in hidden else heard[g.value])
            for g in Group]
    rows = [[label, NOT_SHOWN if n is None else n, share(n, shown_total)] for label, n in bars]
    rows.append(["Total", NOT_SHOWN if shown_total is None else total,
                 "100%" if shown_total else ""])
    caption = "Voices heard by group (comments, survey responses and event places)"
    return with_chart(Table("reach-by-group", caption, ["Group", "Voices", "Share"], rows,
                            sheet="Voices heard by group"),
                      caption, bars, threshold, "voices", NOT_SHOWN)


def send_population(session: Session, area_ids: tuple[int, ...]) -> dict[str, tuple[int, int]]:
    """Phase -> (EHC plans, SEN support), added up over the areas."""
    found = {p.value: [0, 0] for p in Phase}
    for row in session.exec(select(SendPopulation).where(SendPopulation.area_id.in_(area_ids))):
        found[row.phase][0] += row.ehc_plans
        found[row.phase][1] += row.sen_support
    return {phase: (ehc, support) for phase, (ehc, support) in found.items()}


REACH_ROWS = (("Children (early years and primary)", (Phase.EARLY_YEARS, Phase.PRIMARY),
               Group.CHILD),
              ("Young people (secondary and post-16)", (Phase.SECONDARY, Phase.POST_16),
               Group.YOUNG_PERSON))


def reach_section(session: Session, scope: Scope, threshold: int,
                  by_group: Counter[str]) -> Section:
    """Who we heard, against the area's SEND population, and who is heard least."""
    heard = _heard(session, scope, by_group)
    hidden, total_hidden = hidden_in_voice_report(session, scope, threshold, by_group)
    population = send_population(session, scope.area_ids)
    section = Section("reach", "Reach against the area's SEND population")
    section.tables.append(voices_table(heard, hidden, total_hidden, threshold))
    section.tables.append(Table("send-population", "Children and young people with SEND",
                                ["Phase", "With an EHC plan", "With SEN support", "Total"],
                                [[str(PHASE_LABELS[Phase(p)]), ehc, support, ehc + support]
                                 for p, (ehc, support) in population.items()],
                                sheet="SEND population"))
    if not any(ehc + support for ehc, support in population.values()):
        section.paragraphs.append(_("The area's SEND population has not been entered yet: an "
                                    "admin enters it on the reports page."))
        return section
    rows, rates = [], []
    for label, phases, group in REACH_ROWS:
        people = sum(sum(population[p.value]) for p in phases)
        voices = heard[group.value]
        rate = round(voices * 100 / people, 1) if people else None
        shown_rate = None if group.value in hidden else rate
        rows.append([label, people, NOT_SHOWN if group.value in hidden else voices,
                     "" if shown_rate is None else f"{shown_rate}"])
        if rate is not None:
            rates.append((rate, label, shown_rate))
    section.tables.append(Table("reach-against-population",
                                "Voices heard against the SEND population",
                                ["Who", "Children and young people with SEND", "Voices heard",
                                 "Voices per 100"], rows, sheet="Voices against SEND population"))
    section.paragraphs.append(_least_heard(rates))
    return section


def _least_heard(rates: list[tuple[float, str, float | None]]) -> str:
    """Who we heard least from, by voices for every 100 with SEND (the figure only if shown)."""
    why = ("Voices count comments, survey responses and places at events, so one person can be "
           "counted more than once.")
    if not rates:
        return why
    _rate, who, shown_rate = min(rates)
    how_many = ("the number is not shown, as it would give away a small number"
                if shown_rate is None else f"{shown_rate} voices for every 100 with SEND")
    return f"We heard least from {who.split(' (')[0].lower()}: {how_many}. {why}"


def default_self_evaluation(report: Report) -> str:
    """A first draft in plain words, from the figures, for a leader to edit before use."""
    themes = report.table("themes")
    top = [row[0] for row in themes.rows[:3]] if themes else []
    lines = ["What we do well: children, young people and families told us what they think "
             "through surveys, listening events and other ways."]
    if top:
        lines.append("What they told us most about: " + ", ".join(top) + ".")
    lines.append("What we need to do better: hear more from the groups we heard least from, "
                 "and tell families what changed because of what they said.")
    return "\n\n".join(lines)


def self_evaluation_text(session: Session, area_id: int) -> str | None:
    row = session.exec(select(SelfEvaluation).where(SelfEvaluation.area_id == area_id)).first()
    return row.text if row and row.text.strip() else None


def save_self_evaluation(session: Session, area_id: int, text: str, user_id: int | None) -> None:
    row = session.exec(select(SelfEvaluation).where(SelfEvaluation.area_id == area_id)).first()
    row = row or SelfEvaluation(area_id=area_id)
    row.text, row.updated_by_id = text.strip(), user_id
    session.add(row)
    session.commit()


def entered_population(session: Session, area_id: int) -> dict[str, tuple[int, int]]:
    """Phase -> (EHC plans, SEN support) as the admin entered them: a phase never entered is
    left out (not 0), so its boxes start empty."""
    rows = session.exec(select(SendPopulation).where(SendPopulation.area_id == area_id)
                        .order_by(SendPopulation.phase))
    return {row.phase: (row.ehc_plans, row.sen_support) for row in rows}


def save_population(session: Session, area_id: int,
                    numbers: dict[str, tuple[int, int]]) -> None:
    """Keep the admin's SEND population numbers, phase by phase."""
    rows = {r.phase: r for r in session.exec(select(SendPopulation).where(
        SendPopulation.area_id == area_id))}
    for phase, (ehc, support) in numbers.items():
        row = rows.get(phase) or SendPopulation(area_id=area_id, phase=phase)
        row.ehc_plans, row.sen_support = ehc, support
        session.add(row)
    session.commit()


# --- the two reports --------------------------------------------------------------------------


def area_names(session: Session, area_ids: tuple[int, ...]) -> list[str]:
    from coprod.areas.models import Area
    return [a.name for a in session.exec(select(Area).where(Area.id.in_(area_ids))
                                         .order_by(Area.name))]


def voice_report(session: Session, scope: Scope, threshold: int) -> Report:
    """The themed voice report for a board."""
    counts = comment_counts(session, scope)
    themes, _ranked = themes_section(session, scope, threshold, counts.by_group)
    report = Report(VOICE, KINDS[VOICE], area_names(session, scope.area_ids), scope.date_from,
                    scope.date_to, threshold, [
                        headline_section(session, scope, threshold, counts), themes,
                        emerging_section(session, scope, threshold),
                        you_said_we_did_section(session, scope, threshold),
                        evaluation_section(session, scope, threshold)])
    report.easy_read = easy_read_summary(session, scope, threshold, counts.by_group)
    return report


def evidence_pack(session: Session, scope: Scope, threshold: int) -> Report:
    """The same record arranged for an area SEND inspection."""
    counts = comment_counts(session, scope)
    themes, _ranked = themes_section(session, scope, threshold, counts.by_group,
                                    with_trend=False)
    report = Report(EVIDENCE_PACK, KINDS[EVIDENCE_PACK], area_names(session, scope.area_ids),
                    scope.date_from, scope.date_to, threshold, [
                        participation_log(session, scope, threshold),
                        reach_section(session, scope, threshold, counts.by_group), themes,
                        you_said_we_did_section(session, scope, threshold),
                        evaluation_section(session, scope, threshold)])
    text = self_evaluation_text(session, scope.area_ids[0]) or default_self_evaluation(report)
    report.sections.append(Section("self-evaluation", "Self-evaluation (draft)",
                                   [p for p in text.split("\n\n") if p.strip()]))
    report.easy_read = easy_read_summary(session, scope, threshold, counts.by_group)
    return report


BUILDERS = {VOICE: voice_report, EVIDENCE_PACK: evidence_pack}


def build(session: Session, kind: str, scope: Scope, threshold: int) -> Report:
    return BUILDERS[kind](session, scope, threshold)


def easy_read_summary(session: Session, scope: Scope, threshold: int,
                      by_group: Counter[str]) -> dict:
    """'What you told us' and 'What we are doing', for children and young people: their own
    comments and survey answers (not everyone's), the themes they raised most (only those with
    `threshold` or more of their comments), and the "you said, we did" items done."""
    young = tuple(g.value for g in (Group.YOUNG_PERSON, Group.CHILD)
                  if not scope.groups or g.value in scope.groups)
    book = area_codebook(session, scope.area_ids[0])
    totals = _theme_totals(session, replace(scope, groups=young)) if young else Counter()
    ranked = sorted((t for t, n in totals.items() if n >= threshold),
                    key=lambda t: (-totals[t], book.name(t)))
    voices = easy_read.YoungVoices(sum(by_group[g] for g in young),
                                   _young_responses(session, scope, young),
                                   [(t, _easy_name(book, t)) for t in ranked[:3]])
    return easy_read.summary(voices, _done(session, scope), threshold)


def _easy_name(book, theme_id: str) -> str:
    try:
        return book.codebook.theme(theme_id).easy_read or book.name(theme_id)
    except KeyError:
        return book.name(theme_id)


def _young_responses(session: Session, scope: Scope, young: tuple[str, ...]) -> int:
    """Survey responses from children and young people: by the group they chose, else by
    whom the survey is for (a young people's survey need not ask)."""
    rows = session.exec(select(SurveyResponse.version_id, SurveyResponse.respondent_group,
                               func.count()).where(*_response_where(scope))
                        .group_by(SurveyResponse.version_id, SurveyResponse.respondent_group)
                        .order_by(SurveyResponse.version_id)).all()
    versions = {v.id: definition_of(v) for v in session.exec(
        select(SurveyVersion).where(SurveyVersion.id.in_({r[0] for r in rows})))}
    return sum(n for version_id, group, n in rows
               if (VOICE_GROUPS.get(group, "other") if group
                   else AUDIENCE_GROUPS.get(versions[version_id].audience)) in young)


def _done(session: Session, scope: Scope) -> easy_read.Done:
    """The "you said, we did" items done in the period (a project's own, when one is chosen),
    with the easy-read words of the newest published ones."""
    linked = (set(charter_services.project_links(session, scope.project_id).get("you_said", []))
              if scope.project_id else None)
    done = [i for area_id in scope.area_ids for i in yousaid.items_for_area(session, area_id)
            if i.status == YouSaidStatus.DONE.value and i.done_on is not None
            and scope.date_from <= i.done_on <= scope.date_to
            and (linked is None or i.id in linked)]
    return easy_read.Done(len(done), [i.we_did_easy.strip() for i in done
                                      if i.published and i.we_did_easy.strip()])
