"""Sessions that share one connection whose transaction is rolled back at the end: everything a
test (or a whole module) and the app's requests write is undone afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask
from sqlmodel import Session

from coprod.db import SESSION_FACTORY


@contextmanager
def rolled_back(app: Flask) -> Iterator[Session]:
    """A session for the test; the app's requests open theirs on the same connection (each
    commit of theirs is a savepoint), until the block ends and all of it is rolled back."""
    connection = app.extensions["coprod.engine"].connect()
    outer = connection.begin()
    factory = app.extensions[SESSION_FACTORY]

    def session_factory() -> Session:
        return Session(bind=connection, join_transaction_mode="create_savepoint",
                       expire_on_commit=False)

    app.extensions[SESSION_FACTORY] = session_factory
    session = session_factory()
    try:
        yield session
    finally:
        session.close()
        outer.rollback()
        connection.close()
        app.extensions[SESSION_FACTORY] = factory
