"""Issue 11.3: the sign-in and code-guess throttles count in one statement, so a burst of tries
arriving together (threads against the app, real commits, either database) is counted exactly:
no error pages, no more checks than the rules allow, and the right password is then refused."""

import secrets
import threading

import pytest
from sqlalchemy import delete
from sqlmodel import Session, select

from coprod.auth import services as auth_services
from coprod.auth.models import SignInThrottle
from coprod.surveys.journey.throttle import client_key
from coprod.surveys.models import CodeThrottle
from tests.pages import Page

BURST = 16


@pytest.fixture
def committed(make_app):
    app = make_app()
    with app.app_context(), Session(app.extensions["coprod.engine"]) as session:
        yield app, session


def _together(count: int, work) -> list:
    """Run `work(n)` in `count` threads released at one moment; their results, bounded in time."""
    start, results = threading.Barrier(count), []

    def run(n: int) -> None:
        prepared = work(n, None)
        start.wait(timeout=30)
        results.append(work(n, prepared))

    threads = [threading.Thread(target=run, args=(n,), daemon=True) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(results) == count, "a thread did not finish in time"
    return results


def test_a_burst_of_wrong_passwords_checks_no_more_than_the_rules_allow(committed, monkeypatch):
    app, session = committed
    email = f"burst-{secrets.token_hex(4)}@example.org"
    checks = []
    real_verify = auth_services.verify_password

    def counting_verify(stored, typed):
        checks.append(typed)
        return real_verify(stored, typed)

    monkeypatch.setattr(auth_services, "verify_password", counting_verify)

    def attempt(_n, prepared):
        if prepared is None:
            client = app.test_client()
            return client, Page(client.get("/sign-in")).form_data()
        client, form = prepared
        form.update(email=email, password="wrong-password")
        return client.post("/sign-in", data=form).status_code

    try:
        statuses = _together(BURST, attempt)
        assert sorted(set(statuses)) == [400]
        assert len(checks) == app.config["SIGN_IN_SLOW_AFTER"]
        row = session.exec(select(SignInThrottle).where(SignInThrottle.email == email)).one()
        assert row.failures == len(checks)
    finally:
        session.execute(delete(SignInThrottle).where(SignInThrottle.email == email))
        session.commit()


def test_a_burst_of_code_guesses_checks_no_more_codes_than_the_tries_allowed(committed):
    app, session = committed
    address = f"198.51.100.{secrets.randbelow(250) + 1}"

    def guess(_n, prepared):
        if prepared is None:
            client = app.test_client()
            client.environ_base["REMOTE_ADDR"] = address
            return client, Page(client.get("/surveys/delete-my-answers")).form_data()
        client, form = prepared
        form["code"] = "K7P4-QX9M"
        return client.post("/surveys/delete-my-answers", data=form).status_code

    tries = app.config["CODE_TRIES"]
    key = client_key(address, app.config["SECRET_KEY"])
    try:
        statuses = _together(BURST, guess)
        assert all(status in (400, 429) for status in statuses), statuses
        assert statuses.count(400) == tries - 1  # the last try is told to wait at once
        assert statuses.count(429) == BURST - tries + 1
        assert session.get(CodeThrottle, key).failures == tries
    finally:
        session.execute(delete(CodeThrottle).where(CodeThrottle.client_key == key))
        session.commit()
