"""The database engine (one per app) and the session (one per request).

One transaction policy for every request, command and job, whatever the HTTP method:
reads run as they come, each seeing what is committed when it runs (PostgreSQL's read
committed; on SQLite each read stands alone in WAL mode, so readers never wait), and a
transaction begins with the first change. On SQLite that transaction takes the write lock at
once (BEGIN IMMEDIATE), so a change that read first waits its turn rather than failing because
someone else wrote in between. Changes that must not be lost to a race are guarded in the
statement itself (an UPDATE that only matches while a response is in progress; an upsert).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask, current_app, g, has_app_context
from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, create_engine

SESSION_FACTORY = "coprod.session_factory"
REFUSING_WRITES = "coprod_refusing_writes"  # on flask.g: see refusing_writes()

# Statements that only read (and need no transaction of their own on SQLite).
_READS = ("SELECT", "PRAGMA", "EXPLAIN")


def make_engine(url: str) -> Engine:
    """An engine; SQLite gets WAL, foreign keys and the transaction policy above, so it
    behaves like PostgreSQL."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "before_cursor_execute", _refuse_writes)
        event.listen(engine, "before_cursor_execute", _sqlite_write_lock)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    event.listen(engine, "before_cursor_execute", _refuse_writes)
    return engine


class WriteRefused(RuntimeError):
    """Something tried to change the database inside refusing_writes()."""


@contextmanager
def refusing_writes() -> Iterator[None]:
    """Within this block, this request may read the database but not change it: any statement
    that is not a read raises WriteRefused before it reaches the database (used to draw a form
    again after its security check failed, so that drawing it can never act). Whatever the
    session holds afterwards is thrown away."""
    setattr(g, REFUSING_WRITES, True)
    try:
        yield
    finally:
        g.pop(REFUSING_WRITES, None)
        found = g.get("db_session")
        if found is not None:
            found.rollback()


def _refuse_writes(_connection, _cursor, statement: str, *_args) -> None:
    if has_app_context() and g.get(REFUSING_WRITES) and \
            not statement.lstrip()[:7].upper().startswith(_READS):
        raise WriteRefused(statement.split(None, 1)[0] if statement.strip() else "")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """Turn on what SQLite leaves off by default, and let coprod decide when transactions
    begin (the driver's own guesses are switched off)."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    # Pages read straight from the file mapped into memory, rather than copied in again each
    # time another connection has written (about 5% of a respondent's page under load).
    cursor.execute("PRAGMA mmap_size=268435456")
    cursor.close()


def _sqlite_write_lock(connection, cursor, statement: str, *_args) -> None:
    """Begin SQLite's transaction, with the write lock, before the first statement that is not
    a read (a savepoint included, so nested work is inside one transaction)."""
    driver = connection.connection.dbapi_connection
    if not driver.in_transaction and not statement.lstrip()[:7].upper().startswith(_READS):
        cursor.execute("BEGIN IMMEDIATE")


def init_app(app: Flask) -> None:
    """Bind an engine and a session factory to the app; close the session after each request."""
    engine = make_engine(app.config["DATABASE_URL"])
    app.extensions["coprod.engine"] = engine
    app.extensions[SESSION_FACTORY] = lambda: Session(engine, expire_on_commit=False)
    app.teardown_appcontext(_close_session)


def get_session() -> Session:
    """The request's session, opened on first use."""
    found = g.get("db_session")
    if found is None:
        found = g.db_session = current_app.extensions[SESSION_FACTORY]()
    return found


def _close_session(_exc: BaseException | None) -> None:
    """End the request's session. If the database went away while the page was being answered
    (a restart), ending its transaction fails: the connection is thrown away rather than given
    back to the pool, and the reply already made (the page, or the kind error page) is sent,
    not the server's bare "Internal Server Error"."""
    session = g.pop("db_session", None)
    if session is None:
        return
    try:
        session.close()
    except DBAPIError:
        current_app.logger.warning("The database connection was lost as a request ended")
        session.invalidate()


def get_engine() -> Engine:
    """The app's engine, for commands and health checks."""
    return current_app.extensions["coprod.engine"]


@contextmanager
def session_scope() -> Iterator[Session]:
    """A session for code outside a request (commands, seeding)."""
    session = current_app.extensions[SESSION_FACTORY]()
    try:
        yield session
    finally:
        session.close()
