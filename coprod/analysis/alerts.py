"""Telling the safeguarding leads that a comment is waiting for them, without the comment.

Flags are raised in many places (a survey answer, a comment typed in or imported, a charter
evaluation, re-theming, a reviewer's hand), always in the transaction that writes the comment.
Each new flag's alert starts "waiting". A session hook notices one was written and, once that
transaction has committed, wakes this process's alert thread: the respondent's page never waits
for a mail server and never fails because of one. The thread claims each waiting alert with one
guarded UPDATE (as report jobs are claimed, so two processes never send the same one), emails
each of the area's safeguarding leads a link to the flag's page (never the words, never a name)
and records on the flag what happened. With no mail server set up the alert goes to the
application log, and the staff dashboard's "flagged comments are waiting" banner shows either
way. `coprod run-jobs` sends waiting alerts too (for when COPROD_ALERTS_IN_WEB is 0). A command
(`coprod analyse --retheme`, `seed-demo`, ...) runs no thread: one that raised a flag calls the
same `send_waiting` once as it ends, so its alerts do not wait for a web process's next poll.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import timedelta
from typing import Any

import click
from flask import Flask, current_app, has_app_context, has_request_context, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from sqlalchemy import and_, event, or_, update
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, select

from coprod.analysis.flags import safeguarding_people
from coprod.areas.models import Area
from coprod.auth.models import User
from coprod.common import mail
from coprod.common.background import Background
from coprod.common.time import utcnow
from coprod.db import session_scope
from coprod.voice.findings import Alert, SafeguardingFlag

log = logging.getLogger(__name__)
WAKE_KEY = "coprod.alert_waiting"
POLL_SECONDS = 30.0
MAX_TRIES = 3
RETRY_AFTER = timedelta(minutes=2)  # a failed alert is tried again after this
STALE_AFTER = timedelta(minutes=10)  # a claimed alert this old lost its worker


@event.listens_for(OrmSession, "after_flush")
def _note_waiting_alerts(session: OrmSession, _context: Any) -> None:
    """Remember that this transaction wrote a flag whose alert is waiting."""
    if any(isinstance(obj, SafeguardingFlag) and obj.alert == Alert.WAITING.value
           for obj in (*session.new, *session.dirty)):
        session.info[WAKE_KEY] = True


@event.listens_for(OrmSession, "after_commit")
def _wake_after_commit(session: OrmSession) -> None:
    """Only now is the flag there for the alert thread to read. Waking is all this does: no
    database, no network, nothing that can fail the request that committed."""
    if session.info.pop(WAKE_KEY, False) and has_app_context():
        try:
            wake_worker()
        except Exception:  # the thread polls too: the alert goes at its next look
            log.exception("The safeguarding alert thread could not be woken")


# Claimed as report jobs are (coprod.reports.jobs), but not through one helper: only the guarded
# UPDATE's last lines are alike. An alert is tried again (3 tries, 2 minutes apart) and claimed
# 50 at a time to send one email per area; a job is built once, one at a time, and names its
# worker, so that a job sent back to the queue mid-build (reports.forgetting) is not finished.
def _claimable():
    now = utcnow()
    return or_(SafeguardingFlag.alert == Alert.WAITING.value,
               and_(SafeguardingFlag.alert == Alert.FAILED.value,
                    SafeguardingFlag.alert_tries < MAX_TRIES,
                    SafeguardingFlag.alerted_at < now - RETRY_AFTER),
               and_(SafeguardingFlag.alert == Alert.SENDING.value,
                    SafeguardingFlag.alerted_at < now - STALE_AFTER))


def _claim(session: Session, flag_id: int) -> bool:
    """Take the alert if no other worker has: True only for the one whose UPDATE changed it."""
    changed = session.execute(
        update(SafeguardingFlag).where(SafeguardingFlag.id == flag_id, _claimable())
        .values(alert=Alert.SENDING.value, alerted_at=utcnow(),
                alert_tries=SafeguardingFlag.alert_tries + 1))
    session.commit()
    return changed.rowcount == 1  # type: ignore[attr-defined]  # a CursorResult


def _claim_some(session: Session) -> list[SafeguardingFlag]:
    ids = session.exec(select(SafeguardingFlag.id).where(_claimable())
                       .order_by(SafeguardingFlag.id).limit(50)).all()
    mine = [flag_id for flag_id in ids if flag_id is not None and _claim(session, flag_id)]
    return list(session.exec(select(SafeguardingFlag).where(SafeguardingFlag.id.in_(mine))
                             .order_by(SafeguardingFlag.id)).all())


def send_waiting(app: Flask) -> int:
    """Send every alert no other worker has claimed; how many flags this worker dealt with."""
    done = 0
    with app.app_context(), session_scope() as session:
        while claimed := _claim_some(session):
            by_area: dict[int, list[SafeguardingFlag]] = defaultdict(list)
            for flag in claimed:
                by_area[flag.area_id].append(flag)
            for area_id, flags in by_area.items():
                _alert_area(app, session, area_id, flags)
            done += len(claimed)
    return done


def flag_link(app: Flask, flag_id: int) -> str:
    """The flag's page: a full address when PUBLIC_URL is set, else its path."""
    base = app.config.get("PUBLIC_URL") or ""
    with app.test_request_context(base_url=base or None):
        return url_for("analysis.handle_flag", flag_id=flag_id, _external=bool(base))


def _alert_area(app: Flask, session: Session, area_id: int,
                flags: list[SafeguardingFlag]) -> None:
    """Email the area's safeguarding leads about its new flags, and record what happened."""
    opened = [flag for flag in flags if flag.outcome is not None]
    waiting = [flag for flag in flags if flag.outcome is None]
    _record(session, opened, Alert.NOT_NEEDED)
    if not waiting:
        return
    links = [flag_link(app, flag.id) for flag in waiting]  # type: ignore[arg-type]  # stored
    leads = [person for person in safeguarding_people(session, area_id) if person.active]
    area = session.get(Area, area_id)
    area_name = area.name if area else str(area_id)
    if not mail.mail_configured(app.config):
        log.warning("Safeguarding alert (no mail server set up): %d flagged comment(s) in %s "
                    "need the safeguarding lead: %s", len(links), area_name, " ".join(links))
        _record(session, waiting, Alert.LOGGED)
    elif not leads:
        log.warning("Safeguarding alert: %d flagged comment(s) in %s, and no one there has "
                    "the safeguarding role to tell: %s", len(links), area_name, " ".join(links))
        _record(session, waiting, Alert.NO_ONE)
    else:
        _record(session, waiting, _email(app, leads, area_name, links, waiting))


def _email(app: Flask, leads: list[User], area_name: str, links: list[str],
           flags: list[SafeguardingFlag]) -> Alert:
    """Email each lead; SENT if at least one had it. Failures are logged (never raised): a
    failed alert is tried again later, and the dashboard banner shows meanwhile."""
    ids = ", ".join(str(flag.id) for flag in flags)
    subject, body = alert_text(area_name, links)
    try:
        refused = mail.send(app.config, [mail.message(app.config, lead.email, subject, body)
                                         for lead in leads])
    except Exception:  # the mail server is away or refused: logged, tried again later
        log.exception("Safeguarding alert for flag(s) %s in %s could not be emailed", ids,
                      area_name)
        return Alert.FAILED
    if refused:
        log.error("Safeguarding alert for flag(s) %s in %s: the mail server refused %s", ids,
                  area_name, ", ".join(refused))
    return Alert.FAILED if len(refused) == len(leads) else Alert.SENT


def _record(session: Session, flags: list[SafeguardingFlag], alert: Alert) -> None:
    for flag in flags:
        flag.alert, flag.alerted_at = alert.value, utcnow()
        session.add(flag)
    session.commit()


def alert_text(area_name: str, links: list[str]) -> tuple[str, str]:
    """The email's subject and body: that comments need attention, and where; nothing of what
    was said or who said it (email leaves coprod and cannot be taken back)."""
    count = len(links)
    subject = ngettext("coprod: a comment needs your attention",
                       "coprod: %(num)d comments need your attention", count)
    body = "\n\n".join([
        ngettext("A comment in %(area)s may be a safeguarding concern. It needs your attention.",
                 "%(num)d comments in %(area)s may be safeguarding concerns. They need your "
                 "attention.", count, area=area_name),
        ngettext("Open it in coprod (sign in if you are asked to):",
                 "Open them in coprod (sign in if you are asked to):", count)
        + "\n" + "\n".join(links),
        _("This email does not say what was written or who wrote it. Only people with the "
          "safeguarding role can read it, in coprod."),
        _("If you did not expect this email, tell your coprod admin."),
    ])
    return subject, body


def init_app(app: Flask) -> None:
    """Start the alert thread with each web process's first request. It polls, so an alert
    raised by a thread with no request goes at its next look."""
    app.before_request(_start_worker)


def _start_worker() -> None:
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if _SENDER.on(app):
        _worker_for(app)


def _worker_for(app: Flask) -> Any:
    """This process's alert thread, started if it is not running (after a fork too)."""
    return _SENDER.thread_for(app)


def wake_worker() -> None:
    """Wake this process's alert thread: off when SAFEGUARDING_ALERTS_IN_WEB is false (then
    `coprod run-jobs` sends alerts). In a command, which starts no thread of its own, have it
    send before it exits (whatever that setting, which is about web processes)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    # A command's context is its own thread's: a web process's request or background thread
    # never sees one (and a thread running here for another app, as in tests, is not this one).
    command = None if has_request_context() else click.get_current_context(silent=True)
    if command is not None:
        _send_as_command_ends(command.find_root(), app)
    elif _SENDER.on(app) and (has_request_context() or _SENDER.running_here()):
        _worker_for(app).wake.set()


def _send_as_command_ends(command: click.Context, app: Flask) -> None:
    """Send waiting alerts once, when the command ends (its context closes, on an error too:
    the flags it committed are there), however many flags it raised."""
    if not command.meta.get(WAKE_KEY):
        command.meta[WAKE_KEY] = True
        command.call_on_close(lambda: _send_now(app))


def _send_now(app: Flask) -> None:
    try:
        done = send_waiting(app)
    except Exception:  # the database went away: a web process or `run-jobs` sends them later
        log.exception("Safeguarding alerts could not run")
        return
    if done:
        click.echo(f"Dealt with the alert for {done} safeguarding flag{'s' if done > 1 else ''}.",
                   err=True)  # as `coprod run-jobs` says it


_SENDER = Background("Safeguarding alerts", lambda app: send_waiting(app),
                     "SAFEGUARDING_ALERTS_IN_WEB", POLL_SECONDS)
