"""Four small fixtures: the app, a rolled-back database session, a client, a signed-in client.

The suite runs on SQLite by default and on PostgreSQL when TEST_DATABASE_URL is set.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest
from flask import Flask
from sqlalchemy import text
from sqlmodel import Session

from coprod import create_app, migrate
from coprod.areas.models import Area, Role
from coprod.db import make_engine
from tests import factories
from tests.pages import CheckingClient
from tests.sessions import rolled_back


def _database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"


def _reset_postgres(engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    """A fresh database with every migration applied, once per test run."""
    url = _database_url(tmp_path_factory)
    engine = make_engine(url)
    if engine.dialect.name == "postgresql":
        _reset_postgres(engine)
    migrate.upgrade(engine)
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def app(database_url) -> Iterator[Flask]:
    app = create_app("test", DATABASE_URL=database_url)
    app.test_client_class = CheckingClient
    yield app
    app.extensions["coprod.engine"].dispose()


@pytest.fixture
def make_app(database_url) -> Iterator[Callable[..., Flask]]:
    """A separate app with other settings; its connections are closed after the test."""
    made: list[Flask] = []

    def make(**settings) -> Flask:
        made.append(create_app("test", DATABASE_URL=database_url, **settings))
        return made[-1]

    yield make
    for app in made:
        app.extensions["coprod.engine"].dispose()


@pytest.fixture
def db(app) -> Iterator[Session]:
    """A session whose every commit is undone after the test; the app's requests share it."""
    with rolled_back(app) as session:
        yield session


@pytest.fixture
def client(app, db) -> CheckingClient:
    return app.test_client()


@pytest.fixture
def area(db) -> Area:
    return factories.make_area(db)


@pytest.fixture
def signed_in(app, db, area) -> Callable[..., CheckingClient]:
    """A client signed in with a role, in `area` unless another is given."""

    def sign_in(role: Role, in_area: Area | None = None) -> CheckingClient:
        in_area = in_area or area
        user = factories.make_user(db, in_area, role)
        client = app.test_client()
        with client.session_transaction() as session:
            session["_user_id"] = str(user.id)
            session["_fresh"] = True
            session["area_id"] = in_area.id
        client.user = user
        return client

    return sign_in


@pytest.fixture
def committed_survey(make_app):
    """(app, session, area, survey): an app and a survey in an area of its own, committed for
    real (for tests with many threads at once); the area is removed afterwards."""
    from tests.survey_factories import make_survey

    app = make_app()
    engine = app.extensions["coprod.engine"]
    with app.app_context(), Session(engine, expire_on_commit=False) as session:
        area = factories.make_area(session)
        try:
            yield app, session, area, make_survey(session, area)
        finally:
            session.rollback()
            session.delete(session.get(Area, area.id))
            session.commit()
