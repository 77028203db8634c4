"""Flask's signed-cookie sessions, with the signing serializer made once per secret key."""

from __future__ import annotations

from flask import Flask
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer


class KeptSigningSessions(SecureCookieSessionInterface):
    """The same cookies, signed the same way. Flask builds a new serializer twice a request
    (to read the cookie and to write it), and building one test-serialises an empty value:
    a seventh of the work of a respondent's page. A serializer holds nothing of a request,
    so one per set of keys serves every request and thread."""

    def __init__(self) -> None:
        self._kept: dict[tuple[object, ...], URLSafeTimedSerializer | None] = {}

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        keys = (app.secret_key, tuple(app.config["SECRET_KEY_FALLBACKS"] or ()))
        if keys not in self._kept:  # one app each (see create_app): one set of keys, in practice
            self._kept[keys] = super().get_signing_serializer(app)
        return self._kept[keys]
