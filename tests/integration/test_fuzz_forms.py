"""The project's own fuzz test (issue 11): every form anyone can send, public and staff, and
every import, sent hostile values by Hypothesis: NUL and control characters, 200,000 characters,
right-to-left text and emoji, spreadsheet formula starts, huge and negative numbers, impossible
dates, fields left out or sent twice, and files built from the same. Whatever is sent:

- no reply is a server error (5xx);
- a refused form (4xx) changes no row of any table, but the throttles that count tries;
- an import that succeeds stores every row of its file, and one that is refused stores none.

The app, an area with one of everything, and a signed-in browser per role are built once for
the module, in one transaction rolled back at its end; each example costs one request.
Hypothesis is derandomized with no example database: every run sends the same values.
ROUTES lists every POST route with who sends it and the page its form is on; a new POST route
fails `test_every_post_route_is_fuzzed` until it is added there.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup
from flask import Flask, url_for
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, func, select
from sqlmodel import Session, SQLModel
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import HTTPException

from coprod import create_app
from coprod.areas.models import Area, Role
from coprod.charters import services as charter_services
from coprod.charters.files import CHARTERS_DIR, CharterFileError, parse_charter
from coprod.common.audit import AuditEvent
from coprod.db import SESSION_FACTORY
from coprod.events import services as event_services
from coprod.reports import services as reports
from coprod.reports.saved import save_report
from coprod.surveys.models import Survey, SurveyResponse, SurveyStatus, SurveyVersion
from coprod.text.codebook import load_default_codebook
from coprod.voice.findings import SafeguardingFlag
from coprod.voice.models import Comment
from coprod.yousaid.models import YouSaidItem
from tests import factories
from tests.factories_charters import make_charter, make_link, make_project
from tests.factories_voice import make_comment, make_event
from tests.factories_yousaid import make_item, make_respondent
from tests.sessions import rolled_back
from tests.survey_factories import make_survey, tiny_definition

# Werkzeug spools an upload over 500 KB to a temporary file that, under the test client, is
# left for the garbage collector to close (a plain Flask app does the same): not coprod's.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Exception ignored in. <_io.FileIO:pytest.PytestUnraisableExceptionWarning",
    "ignore:unclosed file <_io.BufferedRandom:ResourceWarning")

DISCLOSURE = "My stepdad hits me when I get things wrong."
# Tables a refused form may still write to, and why.
NOT_THE_FORMS_DATA = {
    "signinthrottle",  # a wrong password counts towards slowing that account down
    "codethrottle",  # a wrong resume, receipt or evaluation code counts towards a pause
    "chartimage",  # charts drawn for a page shown again with its errors (a cache of numbers)
}


@dataclass(frozen=True)
class Route:
    """Who sends a POST route's form, and the page it is on (None: the route's own page)."""

    who: str = "admin"
    page: str | None = None
    url: dict[str, str] = field(default_factory=dict)  # URL values other than the usual ones
    query: str = ""  # sent with the page and the form (where a form's page needs one)


# Every POST route. `page`, `url` and `query` are formatted with the world's ids (World.ids).
ROUTES: dict[str, Route] = {
    # signing in and out, invitations
    "auth.sign_in": Route("public"),
    "auth.accept_invite": Route("public"),
    "auth.sign_out": Route("leaver", page="/staff/"),
    "areas.switch_area": Route(),
    "areas.people": Route(),
    "areas.person": Route(),
    "areas.withdraw_invite": Route(),
    "areas.remove_person": Route(),
    "areas.helpline": Route(),
    "areas.contact": Route(),
    # the voice record and its analysis
    "voice.add_comment": Route(),
    "voice.paste_comments": Route(),
    "voice.import_comments": Route(),
    "voice.publish_comment": Route(page="/staff/voice/{comment_id}"),
    "voice.record_consent": Route(),
    "voice.remove_comment": Route(url={"comment_id": "{spare_comment_id}"}),
    "analysis.set_sentiment": Route(page="/staff/analysis/comments/{comment_id}"),
    "analysis.add_theme": Route(page="/staff/analysis/comments/{comment_id}"),
    "analysis.decide_theme": Route(page="/staff/analysis/comments/{comment_id}"),
    "analysis.bulk_review": Route(page="/staff/analysis/"),
    "analysis.raise_flag": Route(),
    "analysis.handle_flag": Route("safeguarding"),
    "analysis.safeguarding_procedure": Route(),
    "analysis.new_theme": Route(),
    "analysis.edit_theme": Route(),
    "analysis.use_phrase": Route(query="phrase=short breaks"),
    "analysis.retheming": Route(),
    # listening events
    "events.add_event": Route(),
    "events.edit_event": Route(),
    "events.add_heard": Route(),
    "events.add_action": Route(),
    "events.change_action": Route(),
    "events.action_status": Route(),
    "events.remove_action": Route(),
    # surveys: staff
    "surveys.new_survey": Route(),
    "surveys.upload_survey": Route(),
    "surveys.edit_details": Route(),
    "surveys.add_question": Route(),
    "surveys.add_question_of_type": Route(),
    "surveys.edit_question": Route(),
    "surveys.move_question": Route(page="/staff/surveys/{survey_id}"),
    "surveys.shown_to": Route(),
    "surveys.shown_for_answers": Route(),
    "surveys.add_option": Route(),
    "surveys.edit_option": Route(),
    "surveys.change_option": Route(page="/staff/surveys/{survey_id}/questions/{question_id}"),
    "surveys.remove_question": Route(url={"question_id": "removable_question_id"}),
    "surveys.duplicate": Route(),
    "surveys.publish": Route(),
    "surveys.enter_response": Route(url={"survey_id": "{open_survey_id}"}),
    "surveys.import_responses": Route(url={"survey_id": "{open_survey_id}"}),
    "surveys.close": Route(url={"survey_id": "{closing_survey_id}"}),
    # surveys: respondents (the respondent's own browser, part-way through)
    "journey.start": Route("respondent", page="/surveys/{slug}/"),
    "journey.question": Route("respondent"),
    "journey.resume": Route("public"),
    "journey.submit": Route("respondent", page="/surveys/{slug}/check"),
    "journey.delete_my_answers": Route("public"),
    "journey.area_delete_my_answers": Route("public"),
    "journey.confirm_delete": Route("public"),
    # you said, we did
    "yousaid.new_item": Route(),
    "yousaid.edit_item": Route(),
    "yousaid.change_status": Route(),
    "yousaid.add_update": Route(),
    "yousaid.record_told": Route(),
    "yousaid.add_evidence": Route(query="comment={comment_id}"),
    "yousaid.publish": Route(page="/staff/you-said-we-did/{item_id}"),
    "yousaid.change_statuses": Route(page="/staff/you-said-we-did/"),
    "yousaid.from_ticked_comments": Route(page="/staff/analysis/"),
    "yousaid.import_items": Route(),
    "yousaid_public.what_happened": Route("public"),
    "yousaid_public.area_what_happened": Route("public"),
    # charters
    "charters.add_signatory": Route(),
    "charters.add_project": Route(),
    "charters.edit_project": Route(),
    "charters.evaluate_project": Route(),
    "charters.add_link": Route(),
    "charter_pages.evaluate_start": Route("public"),
    "charter_pages.evaluate_code": Route("public", url={"token": "{coded_link_token}"}),
    "charter_pages.question": Route("public"),
    "charter_pages.share_words": Route("evaluator"),
    # reports
    "reports.save": Route(page="/staff/reports/voice"),
    "reports.pdf": Route(page="/staff/reports/voice"),
    "reports.saved_pdf": Route(page="/staff/reports/saved/{report_id}"),
    "reports.population": Route(),
    "reports.self_evaluation": Route(),
}

# Routes whose form no page shows in this world; they are sent these fields to start from.
NO_PAGE_FORM: dict[str, dict[str, str]] = {
    "journey.confirm_delete": {"code": "{receipt}"},  # shown only in reply to a typed code
    "analysis.retheming": {"submit": "Carry on"},  # shown only while comments are out of date
}

LONG = "x" * 200_000
HOSTILE_TEXT = [
    "", " ", "\x00", "a\x00b", "\x01\x02\x1b[31m\x7f\x9f", "\r\n\r\n", "\t", "\ufeffBOM",
    "\u202eevil\u202c", "👨‍👩‍👧‍👦🏳️‍🌈", "שלום عربي", "Zalgo ẑ̶̡͖a̷̭̓l̶̰̈g̵̣̿o̶̻͘",
    "=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\t=1", "$\\frac{$",
    "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "%00", "\\", "//evil.example/",
    "0", "-0", "99999999999999999999999", "-2147483649", "2147483648", "1e309", "NaN", "inf",
    "2026-02-30", "31/31/2026", "0000-00-00", "9999-12-31", "-1-01-01", "yes", "true", "on",
]
short_hostile_text = st.one_of(
    st.sampled_from(HOSTILE_TEXT),
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)
hostile_text = short_hostile_text | st.just(LONG)


# --- the world: one of everything, built once --------------------------------------------------

@dataclass
class World:
    app: Flask
    connection: Connection
    session: Session
    area: Area
    ids: dict[str, Any]
    clients: dict[str, FlaskClient]
    forms: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    files: dict[str, list[str]] = field(default_factory=dict)


def _signed_in(app: Flask, user, area: Area) -> FlaskClient:
    client = app.test_client()
    with client.session_transaction() as cookie:
        cookie["_user_id"], cookie["_fresh"], cookie["area_id"] = str(user.id), True, area.id
    return client


def _surveys(session: Session, area: Area) -> dict[str, Any]:
    definition = tiny_definition("fuzz-open", easy_read=False)
    definition["questions"].append({"id": "cost", "type": "single_choice", "text": "Cost?",
                                    "options": [{"value": "low", "label": "Low"},
                                                {"value": "high", "label": "High"}]})
    open_survey = make_survey(session, area, definition=definition)
    draft = make_survey(session, area, template="caseworker", status=SurveyStatus.DRAFT)
    closing = make_survey(session, area, definition=tiny_definition("fuzz-closing"))
    receipt, _comment = make_respondent(session, area, survey=closing)
    return {"open_survey_id": open_survey.id, "slug": open_survey.slug, "survey_id": draft.id,
            "closing_survey_id": closing.id, "receipt": receipt, "question_id": "how_you_talk",
            "deciding_id": "know_caseworker", "question_slug": "say", "index": 0, "how": "up",
            "removable_question_id": "do_better"}


def _build(app: Flask, session: Session) -> World:
    area = factories.make_area(session)
    users = {role: factories.make_user(session, area, role)
             for role in (Role.ADMIN, Role.SAFEGUARDING)}
    leaver = factories.make_user(session, area, Role.OFFICER)
    victim = factories.make_user(session, area, Role.FORUM)
    invite, token = factories.make_invite(session, area, users[Role.ADMIN], "invited@example.org")
    withdrawn, _token = factories.make_invite(session, area, users[Role.ADMIN],
                                              "withdrawn@example.org")
    comment = make_comment(session, area, "The bus to school is late every day",
                           share_consent=True, created_by_id=users[Role.ADMIN].id)
    spare = make_comment(session, area, "Typed in twice by mistake")
    flagged = make_comment(session, area, DISCLOSURE)
    event = make_event(session, area)
    action = event_services.add_action(session, event, "Write to the bus company")
    item = make_item(session, area)
    make_charter(session, area)
    project = make_project(session, area)
    link = make_link(session, project)
    coded_link = make_link(session, project, codes=3)
    for n in range(4):  # five from one group: few enough people to publish a quote safely
        make_comment(session, area, f"The short breaks club was full, week {n}",
                     share_consent=True)
    today = date.today()
    report = reports.build(session, "voice", reports.Scope(
        (area.id,), today - timedelta(days=365), today), 5)
    saved_report = save_report(session, area.id, report, "For the board", None)
    flag = session.execute(select(SafeguardingFlag).where(
        SafeguardingFlag.comment_id == flagged.id)).scalar_one()
    ids = {"user_id": victim.id, "invite_id": withdrawn.id, "token": token,
           "comment_id": comment.id, "spare_comment_id": spare.id, "flag_id": flag.id,
           "event_id": event.id, "action_id": action.id, "item_id": item.id,
           "project_id": project.id, "link_token": link.token, "number": 1,
           "coded_link_token": coded_link.token,
           "theme_id": load_default_codebook().themes[0].id, "decision": "confirmed",
           "kind": "voice", "qtype": "free_text", "report_id": saved_report.id,
           "area_slug": area.slug,
           **_surveys(session, area)}
    respondent = app.test_client()
    assert respondent.post(f"/surveys/{ids['slug']}/start").status_code == 302
    clients = {"admin": _signed_in(app, users[Role.ADMIN], area),
               "safeguarding": _signed_in(app, users[Role.SAFEGUARDING], area),
               "leaver": _signed_in(app, leaver, area), "public": app.test_client(),
               "respondent": respondent}
    return World(app, session.connection(), session, area, ids, clients)


def _evaluator(app: Flask, token: str) -> FlaskClient:
    """A parent's browser at the end of an evaluation, having written why: next comes "Can we
    share your words?" (its requests made outside the world's app context, each its own)."""
    evaluator = app.test_client()
    reply = evaluator.post(f"/evaluate/{token}/")
    while not reply.location.endswith("/share-your-words"):
        reply = evaluator.post(reply.location, data={"score": "3", "evidence": "We were heard."})
    return evaluator


@pytest.fixture(scope="module")
def world(database_url) -> Iterator[World]:
    """The app (no CSRF check: tests/integration/test_csrf.py proves it), with every request
    sharing one connection whose transaction is rolled back after the module."""
    app = create_app("test", DATABASE_URL=database_url, WTF_CSRF_ENABLED=False)
    try:
        with rolled_back(app) as session:
            with app.app_context():
                built = _build(app, session)
            built.clients["evaluator"] = _evaluator(app, built.ids["link_token"])
            _find_forms(built)
            yield built
    finally:
        app.extensions["coprod.engine"].dispose()


# --- finding each route's form on its page -------------------------------------------------

def _url(world: World, endpoint: str) -> str:
    rule = next(r for r in world.app.url_map.iter_rules() if r.endpoint == endpoint)
    values = {name: world.ids["link_token" if endpoint.startswith("charter_pages")
                              and name == "token" else name]
              for name in rule.arguments}
    for name, value in ROUTES[endpoint].url.items():
        values[name] = value.format(**world.ids) if "{" in value else world.ids[value]
    query = ROUTES[endpoint].query.format(**world.ids)
    with world.app.test_request_context():
        return url_for(endpoint, **values) + (f"?{query}" if query else "")


def _fields(form) -> tuple[list[tuple[str, str]], list[str]]:
    """The values a browser sends for a form as it stands, and its file fields."""
    pairs, files = [], []
    for tag in form.select("input[name], textarea[name], select[name], button[name]"):
        kind, name = tag.get("type", ""), tag["name"]
        if kind == "file":
            files.append(name)
        elif tag.name == "select":
            chosen = tag.select_one("option[selected]") or tag.select_one("option")
            pairs.append((name, chosen.get("value", "") if chosen else ""))
        elif tag.name == "textarea":
            pairs.append((name, tag.text))
        elif kind in ("checkbox", "radio"):
            if tag.has_attr("checked") or (kind == "radio" and name not in dict(pairs)):
                pairs.append((name, tag.get("value", "on")))
        elif kind == "submit" or tag.name == "button":
            if name not in dict(pairs):
                pairs.append((name, tag.get("value", "")))
        else:
            pairs.append((name, tag.get("value", "")))
    return pairs, files


def _find_forms(world: World) -> None:
    adapter = world.app.url_map.bind("localhost")
    for endpoint, route in ROUTES.items():
        target = _url(world, endpoint)
        page = route.page.format(**world.ids) if route.page else target
        if route.page and route.query:
            page += "?" + route.query.format(**world.ids)
        html = world.clients[route.who].get(page).get_data(as_text=True)
        for form in BeautifulSoup(html, "html.parser").select("form"):
            if (form.get("method") or "get").lower() != "post":
                continue
            actions = [form.get("action") or page] + [
                button["formaction"] for button in form.select("button[formaction]")]
            if endpoint in {_endpoint(adapter, action) for action in actions}:
                world.forms[endpoint], world.files[endpoint] = _fields(form)
                break


def _endpoint(adapter, action: str) -> str | None:
    try:
        return adapter.match(action.split("?")[0], method="POST")[0]
    except HTTPException:
        return None


# --- sending hostile forms -----------------------------------------------------------------

def _counts(world: World) -> dict[str, int]:
    tables = SQLModel.metadata.sorted_tables
    row = world.connection.execute(select(*[
        select(func.count()).select_from(table).scalar_subquery().label(table.name)
        for table in tables])).one()
    return dict(zip([t.name for t in tables], row, strict=True))


def _changed(before: dict[str, int], after: dict[str, int]) -> dict[str, tuple[int, int]]:
    return {name: (before[name], after[name]) for name in before
            if before[name] != after[name] and name not in NOT_THE_FORMS_DATA}


def _newest_audit(world: World) -> list[tuple]:
    return [tuple(row) for row in world.connection.execute(
        select(AuditEvent.record_type, AuditEvent.action, AuditEvent.changes)
        .order_by(AuditEvent.id.desc()).limit(3)).all()]


@st.composite
def hostile_forms(draw, base: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The form as the page holds it, each field kept, left out, made hostile or sent twice,
    and perhaps a field the form never had."""
    sent = []
    for name, value in base:
        how = draw(st.sampled_from(["keep", "keep", "hostile", "hostile", "missing", "twice"]))
        if how == "keep":
            sent.append((name, value))
        elif how == "hostile":
            sent.append((name, draw(hostile_text)))
        elif how == "twice":
            sent += [(name, draw(hostile_text)), (name, value)]
    if draw(st.booleans()):
        sent.append((draw(st.sampled_from([n for n, _ in base] or ["extra"]) | st.text(
            min_size=1, max_size=10)), draw(hostile_text)))
    return sent


@dataclass(frozen=True)
class Upload:
    """A file to send, and what a successful import of it must have stored."""

    body: bytes
    rows: int  # the data rows that are not blank
    table: type[SQLModel] | None = None


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8", "surrogatepass")


@st.composite
def csv_files(draw, header: list[str], good: list[str], table: type[SQLModel]) -> Upload:
    """A CSV file like the import's own template, with cells and columns made hostile."""
    header = list(header)
    if draw(st.integers(0, 4)) == 0:
        header = draw(st.permutations(header + [draw(hostile_text)]))
    rows = draw(st.lists(st.lists(st.one_of(st.sampled_from(good), short_hostile_text),
                                  min_size=len(header), max_size=len(header)), max_size=4))
    if rows and draw(st.integers(0, 4)) == 0:  # one value far too long (a file stays < 5 MB)
        rows[0][draw(st.integers(0, len(header) - 1))] = LONG
    rows += [list(good)] * draw(st.integers(0, 2))
    body = _csv(header, rows)
    if draw(st.integers(0, 9)) == 0:
        body = draw(st.sampled_from([body.decode().encode("utf-16"), b"\xff\xfe\x00junk",
                                     body.replace(b",", b"\x00", 1), b""]))
    blank = sum(1 for row in rows if not any(cell.strip() for cell in row))
    return Upload(body, len(rows) - blank, table)


def _survey_yaml(slug: str) -> dict:
    return {**tiny_definition(slug), "easy_read": False}


@st.composite
def survey_files(draw) -> Upload:
    """A survey file: a good one with hostile words, or a hostile file outright."""
    data = _survey_yaml(f"fuzz-upload-{draw(st.integers(0, 3))}")
    for key in draw(st.lists(st.sampled_from(["title", "purpose", "slug", "minutes", "audience"]),
                             max_size=2, unique=True)):
        data[key] = draw(hostile_text)
    if draw(st.booleans()):
        data["questions"][1]["text"] = draw(hostile_text)
    body = yaml.safe_dump(data, allow_unicode=True).encode("utf-8", "surrogatepass")
    body = draw(st.sampled_from([body] * 6 + [
        b"a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
        b"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n",
        b"[" * 5000 + b"]" * 5000, b"\x00\x01\x02", b"questions: 7\n", b"- - -\n"]))
    return Upload(body, len(data["questions"]))


def _file_strategies(world: World) -> dict[str, st.SearchStrategy[Upload]]:
    paper_good = ["happy", "It was fine", "2026-03-14", "on_my_own"]
    return {
        "voice.import_comments": csv_files(
            ["text", "group", "channel", "said_on", "how_given"],
            ["Short bus ride please", "parent_carer", "email", "2025-02-03", "alone"], Comment),
        "surveys.import_responses": csv_files(["feel", "say", "date", "helped"], paper_good,
                                              SurveyResponse),
        "yousaid.import_items": csv_files(
            ["you_said", "you_said_easy", "we_did", "we_did_easy", "status", "reason", "owner",
             "update", "updated_on", "target_date", "themes"],
            ["Families said waiting takes too long", "", "", "", "new", "", "Northvale Council",
             "", "", "2027-03-31", "assessment_waits"], YouSaidItem),
        "surveys.upload_survey": survey_files(),
    }


def _send(world: World, endpoint: str, sent: list[tuple[str, str]], upload: Upload | None):
    route = ROUTES[endpoint]
    data: MultiDict = MultiDict(sent)
    kwargs: dict[str, Any] = {}
    if upload is not None:
        for name in world.files[endpoint]:
            data.add(name, (io.BytesIO(upload.body), "upload.csv"))
        kwargs["content_type"] = "multipart/form-data"
    return world.clients[route.who].post(_url(world, endpoint), data=data, **kwargs)


def _check_import(world: World, endpoint: str, upload: Upload, before: dict, after: dict,
                  status: int) -> None:
    if upload.table is not None:
        stored = after[upload.table.__tablename__] - before[upload.table.__tablename__]
        expected = upload.rows if status < 400 else 0
        assert stored == expected, f"{endpoint} stored {stored} of {upload.rows} rows"
    elif status < 400:  # a survey file: stored whole, every question in its newest version
        version = world.connection.execute(select(SurveyVersion).join(Survey).where(
            Survey.area_id == world.area.id).order_by(SurveyVersion.id.desc())).first()
        assert len(version.definition["questions"]) == upload.rows


FUZZ = settings(max_examples=8, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture,
                                       HealthCheck.filter_too_much])
# More examples where a file carries many values; fewer where one success does a lot of work
# (a theme saved re-themes every comment; a survey made from a template; a password check).
EXAMPLES = {"voice.import_comments": 16, "surveys.import_responses": 16,
            "yousaid.import_items": 16, "surveys.upload_survey": 10,
            "analysis.edit_theme": 4, "analysis.new_theme": 4, "surveys.new_survey": 4,
            "auth.sign_in": 4}


def test_every_post_route_is_fuzzed(world):
    posts = {rule.endpoint for rule in world.app.url_map.iter_rules() if "POST" in rule.methods}
    assert posts == set(ROUTES), "add the new POST route to ROUTES (or remove the old one)"
    unfound = {endpoint for endpoint in ROUTES if endpoint not in world.forms}
    assert unfound == set(NO_PAGE_FORM), f"no page in the world shows the form of {unfound}"


@pytest.mark.parametrize("endpoint", list(ROUTES))
def test_a_hostile_form_is_refused_whole_or_stored_whole(world, endpoint):
    base = world.forms.get(endpoint) or [
        (name, value.format(**world.ids)) for name, value in NO_PAGE_FORM.get(endpoint, {}).items()]
    uploads = _file_strategies(world)
    files = st.none() if not world.files.get(endpoint) else uploads[endpoint]

    @settings(FUZZ, max_examples=EXAMPLES.get(endpoint, FUZZ.max_examples))
    @given(sent=hostile_forms(base), upload=files)
    def send(sent, upload):
        before = _counts(world)
        reply = _send(world, endpoint, sent, upload)
        after = _counts(world)
        assert reply.status_code < 500, f"{endpoint} answered {reply.status_code}"
        if upload is not None:
            _check_import(world, endpoint, upload, before, after, reply.status_code)
        elif reply.status_code >= 400:
            assert not _changed(before, after), (
                f"{endpoint} refused ({reply.status_code}), yet changed rows; newest audit "
                f"entries: {_newest_audit(world)}")

    with world.app.app_context():
        send()


CHARTER = (CHARTERS_DIR / "model-charter.yaml").read_text()


def _leaves(data: Any, path: tuple = ()) -> Iterator[tuple]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _leaves(value, (*path, index))
    else:
        yield path


def test_a_hostile_charter_file_is_refused_whole_or_stored_whole(world):
    """`coprod import-charter` reads a staff member's file: the same promise as the forms.
    Each file is imported in a session of its own, closed unsaved on refusal, as the command
    does."""
    data = yaml.safe_load(CHARTER)
    leaves = list(_leaves(data))

    @settings(FUZZ, max_examples=6)  # each a whole charter file read and checked
    @given(changes=st.lists(st.tuples(st.sampled_from(leaves), hostile_text), max_size=3),
           what_changed=hostile_text)
    def send(changes, what_changed):
        changed = yaml.safe_load(CHARTER)
        for path, value in changes:
            spot = changed
            for key in path[:-1]:
                spot = spot[key]
            spot[path[-1]] = value
        changed.setdefault("what_changed", what_changed)
        text = yaml.safe_dump(changed, allow_unicode=True)
        before = _counts(world)
        session = world.app.extensions[SESSION_FACTORY]()
        try:
            done = charter_services.import_charter(session, world.area.id,
                                                   parse_charter(text, "charter.yaml"))
        except CharterFileError:
            session.close()
            assert not _changed(before, _counts(world)), "a refused charter changed rows"
        else:
            assert done.version.id is not None
            session.close()

    with world.app.app_context():
        send()

