"""The database engine (one per app) and the session (one per request)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask, current_app, g, has_request_context, request
from sqlalchemy import Engine, event
from sqlmodel import Session, create_engine

SESSION_FACTORY = "coprod.session_factory"
READS_FIRST = "coprod_reads_first"  # on flask.g: see read_first()
WRITING = "coprod_writing"  # on flask.g: begin_writing() was called
DRIVER = "coprod_driver_connection"  # on flask.g: see driver_connection()


def make_engine(url: str) -> Engine:
    """An engine; SQLite gets WAL and foreign keys so it behaves like PostgreSQL."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """Turn on what SQLite leaves off by default, and let SQLAlchemy own transactions."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    # Pages read straight from the file mapped into memory, rather than copied in again each
    # time another connection has written (about 5% of a respondent's page under load).
    cursor.execute("PRAGMA mmap_size=268435456")
    cursor.close()


def _sqlite_begin(connection) -> None:
    """Take the write lock up front, except while answering a GET.

    A transaction that reads and then writes must hold the lock from the start, or it fails
    when another respondent saved in between; so every change (a POST, a command, a background
    job) begins IMMEDIATE and waits its turn (busy_timeout). GETs only read, and in WAL mode
    readers never wait for anyone, so they begin DEFERRED and pages render side by side. A
    request marked read_first() reads with no transaction at all and asks for the lock when it
    writes (begin_writing).
    """
    if _reading_first():
        return  # each read stands alone (SQLite's autocommit); writes use begin_writing
    reading = has_request_context() and request.method in ("GET", "HEAD")
    connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")


def read_first() -> None:
    """Let this request read without a transaction, each query on its own; every write in it
    must come after begin_writing(). For a respondent's pages: holding the write lock while a
    page's reads and checks ran made every other respondent's save wait, and a transaction
    around three small reads cost more than the reads."""
    g.setdefault(READS_FIRST, True)


def _reading_first() -> bool:
    """Whether this request was marked read_first()."""
    return has_request_context() and bool(g.get(READS_FIRST))


def _before_writing() -> bool:
    """Whether begin_writing() has not yet been called in this request."""
    return not g.get(WRITING)


def begin_writing(session: Session) -> None:
    """Before writing in a read_first() request: begin SQLite's write transaction at once
    (BEGIN IMMEDIATE) on the connection the reads used, so the write waits its turn rather than
    failing because someone else wrote first. Elsewhere, and on PostgreSQL, the transaction
    already does the right thing: nothing to do."""
    if statements_commit_alone(session):
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")
        g.setdefault(WRITING, True)


def statements_commit_alone(session: Session) -> bool:
    """Whether each statement on this session commits by itself: SQLite, in a read_first()
    request, before begin_writing()."""
    if not _reading_first():
        return False
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    if isinstance(bind, Engine) and _before_writing():
        return True  # only begin_writing() begins a transaction here (see _sqlite_begin)
    return not session.connection().connection.dbapi_connection.in_transaction


def driver_connection(session: Session):
    """The dialect and the driver's connection to run a Prepared statement on (coprod.prepared).

    In a read_first() request before begin_writing(), a connection of the request's own from
    the pool: each statement stands alone there as it would on the session's, and opening the
    session's connection cost more than the statements. Otherwise the session's connection,
    inside its transaction (and always when the session is bound to one connection, as in
    tests that roll everything back)."""
    engine = session.get_bind()
    if isinstance(engine, Engine) and _reading_first() and _before_writing():
        found = g.get(DRIVER)
        if found is None:
            found = g.setdefault(DRIVER, engine.raw_connection())
        return engine.dialect, found.driver_connection
    connection = session.connection()
    return connection.dialect, connection.connection.driver_connection


def release_driver_connection() -> None:
    """Give the request's own driver connection back to the pool (a page about to render
    holds nothing; see driver_connection)."""
    found = g.pop(DRIVER, None) if has_request_context() else None
    if found is not None:
        found.close()


def init_app(app: Flask) -> None:
    """Bind an engine and a session factory to the app; close the session after each request."""
    engine = make_engine(app.config["DATABASE_URL"])
    app.extensions["coprod.engine"] = engine
    app.extensions[SESSION_FACTORY] = lambda: Session(engine, expire_on_commit=False)
    app.teardown_appcontext(_close_session)


def get_session() -> Session:
    """The request's session, opened on first use."""
    found = g.get("db_session")  # asked for many times a request: one lookup each
    if found is None:
        found = g.db_session = current_app.extensions[SESSION_FACTORY]()
    return found


def _close_session(_exc: BaseException | None) -> None:
    release_driver_connection()
    session = g.pop("db_session", None)
    if session is not None:
        session.close()


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
