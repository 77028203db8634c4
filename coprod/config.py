"""Settings, read from the environment so that one build runs anywhere."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
INSTANCE_DIR = Path(os.environ.get("COPROD_INSTANCE", PROJECT_ROOT / "instance"))


def default_database_url() -> str:
    """SQLite in instance/ unless DATABASE_URL says otherwise."""
    return os.environ.get("DATABASE_URL") or f"sqlite:///{INSTANCE_DIR / 'coprod.db'}"


def secret_key() -> str:
    """SECRET_KEY from the environment, else one generated once into instance/."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    INSTANCE_DIR.mkdir(parents=True, exist_ok=True)
    key_file = INSTANCE_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_hex(32))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


class Config:
    """Production-safe defaults; development and tests relax only what they must."""

    SECRET_KEY: str = ""
    DATABASE_URL: str = ""
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SECURE = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    WTF_CSRF_TIME_LIMIT = None  # a token lives as long as the session: no expiry mid-survey
    MAX_CONTENT_LENGTH = 5 * 1024 * 1024
    BABEL_DEFAULT_LOCALE = "en"
    BABEL_DEFAULT_TIMEZONE = "Europe/London"
    SUPPORTED_LOCALES = ("en",)
    INVITE_HOURS = 72
    # Sign-in throttling: after SLOW_AFTER failures, wait SLOW_SECONDS between tries;
    # after LOCK_AFTER failures, the email address is locked for LOCK_MINUTES.
    SIGN_IN_SLOW_AFTER = 3
    SIGN_IN_SLOW_SECONDS = 10
    SIGN_IN_LOCK_AFTER = 6
    SIGN_IN_LOCK_MINUTES = 15
    # Resume and receipt codes: after CODE_TRIES wrong codes from one client (its address is
    # only ever kept as a keyed hash), it waits CODE_TRIES_MINUTES.
    CODE_TRIES = 10
    CODE_TRIES_MINUTES = 15
    # How many reverse proxies (nginx, a load balancer) stand in front of the app. Each one's
    # X-Forwarded-For/-Proto/-Host is trusted, so the client's own address is the one counted
    # for code tries and https is known to be https. 0: the app faces the browser itself.
    PROXY_HOPS = int(os.environ.get("COPROD_PROXY_HOPS", "0") or 0)
    HOME_AREA = os.environ.get("COPROD_HOME_AREA", "")
    # Reports, public pages and exports show a count under this as "fewer than 5".
    SMALL_NUMBER = int(os.environ.get("COPROD_SMALL_NUMBER", "5") or 5)
    # Each web process builds report PDFs in a background thread; set COPROD_REPORT_JOBS_IN_WEB
    # to 0 when `coprod run-jobs` runs as a worker of its own.
    REPORT_JOBS_IN_WEB = os.environ.get("COPROD_REPORT_JOBS_IN_WEB", "1") != "0"
    # Email, for the safeguarding alert: when a comment is flagged, each of the area's
    # safeguarding leads is emailed a link to the flag (never the words, never a name). With no
    # MAIL_SERVER or MAIL_FROM, the alert is written to the application log instead and the
    # staff dashboard's banner is the only sign. MAIL_SECURITY: starttls, ssl or none.
    MAIL_SERVER = os.environ.get("COPROD_MAIL_SERVER", "")
    MAIL_PORT = int(os.environ.get("COPROD_MAIL_PORT", "587") or 587)
    MAIL_SECURITY = os.environ.get("COPROD_MAIL_SECURITY", "starttls") or "starttls"
    MAIL_USERNAME = os.environ.get("COPROD_MAIL_USERNAME", "")
    MAIL_PASSWORD = os.environ.get("COPROD_MAIL_PASSWORD", "")
    MAIL_FROM = os.environ.get("COPROD_MAIL_FROM", "")
    MAIL_TIMEOUT = float(os.environ.get("COPROD_MAIL_TIMEOUT", "10") or 10)
    # The address people reach coprod at (https://voice.example.gov.uk), for links in email.
    PUBLIC_URL = os.environ.get("COPROD_PUBLIC_URL", "")
    # Each web process sends alerts from a background thread; set COPROD_ALERTS_IN_WEB to 0
    # when `coprod run-jobs` runs as a worker of its own. A command that raises a flag sends
    # its alert as it ends, whatever this says.
    SAFEGUARDING_ALERTS_IN_WEB = os.environ.get("COPROD_ALERTS_IN_WEB", "1") != "0"


class DevelopmentConfig(Config):
    """Local development on http://127.0.0.1: cookies cannot be Secure there."""

    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_SECURE = False


class TestConfig(DevelopmentConfig):
    """Tests: CSRF stays on (tests prove it works); fast password hashing."""

    TESTING = True
    PASSWORD_HASH_FAST = True
    REPORT_JOBS_IN_WEB = False  # tests build PDFs by calling reports.jobs.run_pending
    SAFEGUARDING_ALERTS_IN_WEB = False  # tests send by calling analysis.alerts.send_waiting
    MAIL_SERVER = ""  # tests that send set a server and a fake smtplib.SMTP


def build_config(name: str | None) -> dict:
    """Resolve a config class by name (production, development, test) into a dict."""
    name = name or os.environ.get("COPROD_ENV", "production")
    cls = {"production": Config, "development": DevelopmentConfig, "test": TestConfig}[name]
    settings = {k: getattr(cls, k) for k in dir(cls) if k.isupper()}
    settings["SECRET_KEY"] = secret_key()
    settings["DATABASE_URL"] = default_database_url()
    settings["ENV_NAME"] = name
    return settings
