"""Survey submission bench: complete survey responses sent by concurrent browsers-alike clients,
beside a bare Flask app doing one insert per request, under the same gunicorn settings, in one run.

Each respondent opens the start page, presses Start, answers every page of the easy-read
caseworker survey (CSRF token and session cookie as a browser sends them), checks their answers
and sends them. The baseline gets exactly the same requests (same methods, same count per
respondent) and answers each with one INSERT. Only 127.0.0.1 is contacted.

Both servers run throughout; the apps take turns, round by round, so a busy spell on the
machine falls on both. Figures are over all rounds.

Reading the figures: the clients run on the same CPUs as the servers, so the throughput ratio
depends on what the clients cost as well as the servers. The bare app's clients (one process,
one GIL) limit it before its server does; coprod's server limits coprod. "CPU per request:
server" compares the two servers alone.

Run: .venv/bin/python bench/submit.py [--database sqlite|postgresql[+psycopg]://...]
                                      [--respondents 80] [--rounds 3] [--clients 8]
                                      [--workers 4] [--threads 2] [--max-seconds 180] [--json]

With --database set to a PostgreSQL URL, that database's public schema is emptied and both
apps use it (the baseline inserts into a table of its own there); by default both use SQLite
files in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
TOKEN = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"|'
                   r'name="csrf_token" value="([^"]+)"')
KIND = re.compile(r"/q/[^/?]+|/surveys/[^/]+|/step/\d+")
ANSWERS: dict[str, str | list[str]] = {
    "know_caseworker": "yes", "how_you_talk": ["in_person", "phone"],
    "feel_about_caseworker": "happy", "good_caseworker": ["listens", "plain_words"],
    "best_way_to_contact": "text_message", "say_in_plan": "yes",
    "do_better": "Ring me back when you say you will. 😊", "age": "14_to_16",
    "helped_answer": "on_my_own",
}


# --- the two apps ------------------------------------------------------------------------------

def seed_coprod(db_url: str) -> str:
    """Migrate a fresh database and publish the caseworker survey in one area; its slug."""
    from coprod import create_app, migrate
    from coprod.areas.models import Area
    from coprod.db import get_engine, session_scope
    from coprod.surveys.definition.survey import SURVEYS_DIR, load_survey_file, survey_to_dict
    from coprod.surveys.models import Survey, SurveyStatus, SurveyVersion

    app = create_app("development", DATABASE_URL=db_url)
    with app.app_context():
        if get_engine().dialect.name == "postgresql":
            with get_engine().begin() as connection:
                connection.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        migrate.upgrade(get_engine())
        with session_scope() as session:
            area = Area(slug="bench", name="Bench SEND Partnership")
            session.add(area)
            session.flush()
            defn = load_survey_file(SURVEYS_DIR / "caseworker.yaml")
            survey = Survey(area_id=area.id, slug=defn.slug, title=defn.title,
                            status=SurveyStatus.PUBLISHED.value)
            session.add(survey)
            session.flush()
            session.add(SurveyVersion(survey_id=survey.id, number=1,
                                      definition=survey_to_dict(defn)))
            session.commit()
            slug = defn.slug
        get_engine().dispose()
    return slug


_local = threading.local()


def _bare_connection(target: str):
    """The baseline's own connection (one per thread): SQLite in WAL mode, or PostgreSQL."""
    if getattr(_local, "connection", None) is None:
        if target.startswith("postgresql"):
            import psycopg
            _local.connection = psycopg.connect(target.replace("+psycopg", ""), autocommit=True)
        else:
            connection = sqlite3.connect(target, timeout=30, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA busy_timeout=30000")
            _local.connection = connection
    return _local.connection


def make_bare_app():
    """The baseline: Flask answering every request with one committed INSERT."""
    from flask import Flask, request

    target = os.environ["BENCH_BARE_DB"]
    postgres = target.startswith("postgresql")
    app = Flask("bare")

    @app.route("/", defaults={"anything": ""}, methods=["GET", "POST"])
    @app.route("/<path:anything>", methods=["GET", "POST"])
    def hit(anything: str):
        connection = _bare_connection(target)
        values = (request.method, anything, time.time())
        if postgres:  # autocommit: the INSERT is its own transaction
            connection.execute("INSERT INTO bench_hit (method, path, at) VALUES (%s, %s, %s)",
                               values)
        else:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT INTO bench_hit (method, path, at) VALUES (?, ?, ?)",
                               values)
            connection.execute("COMMIT")
        return "<!DOCTYPE html><title>ok</title><p>ok</p>"

    return app


def create_bare_db(target: str) -> None:
    """The baseline's one table."""
    if target.startswith("postgresql"):
        import psycopg
        with psycopg.connect(target.replace("+psycopg", ""), autocommit=True) as connection:
            connection.execute("CREATE TABLE bench_hit (id SERIAL PRIMARY KEY, method TEXT, "
                               "path TEXT, at DOUBLE PRECISION)")
        return
    with sqlite3.connect(target) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE bench_hit (id INTEGER PRIMARY KEY, method TEXT, "
                           "path TEXT, at REAL)")


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn on 127.0.0.1 with the given app, stopped on exit."""

    def __init__(self, app_spec: str, env: dict, args: argparse.Namespace, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [str(GUNICORN), "--chdir", str(ROOT), "-w", str(args.workers),
                   "-k", "gthread", "--threads", str(args.threads),
                   "-b", f"127.0.0.1:{self.port}", "--log-level", "warning", app_spec]
        self.log = log
        self.process = subprocess.Popen(command, env={**os.environ, **env},
                                        stdout=log.open("w"), stderr=subprocess.STDOUT)

    def cpu_seconds(self) -> float:
        """CPU time (user + system) used so far by gunicorn and its workers; 0 without /proc."""
        pids = [self.process.pid]
        try:
            children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
            pids += [int(pid) for pid in children.read_text().split()]
            ticks = os.sysconf("SC_CLK_TCK")
            return sum(_proc_cpu(pid) for pid in pids) / ticks
        except (OSError, ValueError):
            return 0.0

    def __enter__(self) -> Server:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped:\n{self.log.read_text()[-3000:]}")
            try:
                if requests.get(self.url + "/healthz", timeout=10).status_code == 200:
                    return self
            except requests.RequestException:  # still booting
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start within 180 seconds (a busy machine)")

    def __exit__(self, *_exc) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def _proc_cpu(pid: int) -> int:
    """utime + stime of a process, in clock ticks (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


# --- the clients -------------------------------------------------------------------------------

@dataclass
class Tally:
    """What one phase measured."""

    latencies: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    respondents: int = 0
    finished: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    server_cpu: float = 0.0  # seconds of CPU the server used during the phase
    client_cpu: float = 0.0  # and this process (the clients)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, browser: Browser | None, ok: bool, problem: str = "") -> None:
        with self.lock:
            if browser is not None:
                self.latencies += browser.latencies
                for kind, latency in zip(browser.kinds, browser.latencies, strict=True):
                    self.by_kind.setdefault(kind, []).append(latency)
            self.respondents += 1
            self.finished += ok
            if problem:
                self.failures.append(problem)


class Browser:
    """A requests.Session that times each request and follows nothing by itself."""

    def __init__(self, base: str) -> None:
        self.base, self.http, self.latencies, self.methods = base, requests.Session(), [], []
        self.kinds: list[str] = []

    def send(self, method: str, path: str, data: dict | None = None) -> requests.Response:
        started = time.perf_counter()
        response = self.http.request(method, self.base + path, data=data, allow_redirects=False,
                                     timeout=60)
        self.latencies.append(time.perf_counter() - started)
        self.methods.append(method)
        self.kinds.append(f"{method} {KIND.sub('/…', path.removeprefix(self.base))}")
        return response

    def post_and_follow(self, path: str, data: dict) -> requests.Response:
        response = self.send("POST", path, data)
        if response.status_code != 302:
            raise RuntimeError(f"POST {path} answered {response.status_code}")
        return self.send("GET", response.headers["Location"])


def _token(html: str) -> str:
    found = TOKEN.search(html)
    if not found:
        raise RuntimeError("no CSRF token on the page")
    return found.group(1) or found.group(2)


def respond(base: str, slug: str) -> tuple[Browser, bool]:
    """One respondent, start to finish, as a browser would."""
    browser = Browser(base)
    page = browser.send("GET", f"/surveys/{slug}/")
    page = browser.post_and_follow(f"/surveys/{slug}/start", {"csrf_token": _token(page.text)})
    while "/q/" in page.url:
        question_id = page.url.rsplit("/q/", 1)[1].split("?")[0].replace("-", "_")
        data = {"csrf_token": _token(page.text), "answer": ANSWERS[question_id]}
        page = browser.post_and_follow(page.url.removeprefix(base), data)
    page = browser.post_and_follow(f"/surveys/{slug}/submit", {"csrf_token": _token(page.text)})
    return browser, page.status_code == 200 and (
        'class="coprod-code"' in page.text or "receipt code" in page.text)


def replay(base: str, methods: list[str]) -> tuple[Browser, bool]:
    """The baseline respondent: the same requests, by method, to the bare app."""
    browser = Browser(base)
    ok = True
    for index, method in enumerate(methods):
        response = browser.send(method, f"/step/{index}", {"answer": "x"} if method == "POST"
                                else None)
        ok = ok and response.status_code == 200
    return browser, ok


def run_phase(work: Callable[[], tuple[Browser, bool]], server: Server,
              args: argparse.Namespace, respondents: int | None = None) -> Tally:
    """`respondents` runs of `work` against `server` from `args.clients` threads, within the
    time limit, with the CPU time the server and the clients used."""
    tally, remaining = Tally(), iter(range(respondents or args.respondents))
    lock, deadline = threading.Lock(), time.monotonic() + args.max_seconds

    def client() -> None:
        while time.monotonic() < deadline:
            with lock:
                if next(remaining, None) is None:
                    return
            try:
                browser, ok = work()
                tally.add(browser, ok)
            except (RuntimeError, requests.RequestException) as error:
                tally.add(None, False, str(error))

    started, server_cpu, client_cpu = time.perf_counter(), server.cpu_seconds(), _own_cpu()
    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    tally.seconds = time.perf_counter() - started
    tally.server_cpu = server.cpu_seconds() - server_cpu
    tally.client_cpu = _own_cpu() - client_cpu
    return tally


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# --- the run -----------------------------------------------------------------------------------

def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the values fall (nearest rank), in milliseconds."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def summary(tally: Tally) -> dict:
    """Throughput and latency of one phase."""
    requests_made = len(tally.latencies)
    return {"respondents": tally.respondents, "finished": tally.finished,
            "requests": requests_made, "seconds": round(tally.seconds, 2),
            "requests_per_second": round(requests_made / tally.seconds, 1) if tally.seconds else 0,
            "p50_ms": round(percentile(tally.latencies, 0.50), 1),
            "p95_ms": round(percentile(tally.latencies, 0.95), 1),
            "server_cpu_seconds": round(tally.server_cpu, 3),
            "client_cpu_seconds": round(tally.client_cpu, 3),
            "failures": tally.failures[:5],
            "p95_ms_by_request": {kind: round(percentile(values, 0.95), 1)
                                  for kind, values in sorted(tally.by_kind.items())}}


def stored_responses(db_url: str) -> int:
    """Complete responses in coprod's database."""
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            return connection.execute(text(
                "SELECT count(*) FROM surveyresponse WHERE status = 'complete'")).scalar_one()
    finally:
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", default="sqlite",
                        help="sqlite (default) or a PostgreSQL URL whose schema is emptied")
    parser.add_argument("--respondents", type=int, default=80)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-seconds", type=float, default=180)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--detail", action="store_true", help="p95 of each kind of request")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="coprod-bench-") as tmp:
        tmp_dir = Path(tmp)
        if args.database.startswith("postgresql"):
            coprod_db = bare_db = args.database
        else:
            coprod_db, bare_db = f"sqlite:///{tmp_dir / 'coprod.db'}", str(tmp_dir / "bare.db")
        slug = seed_coprod(coprod_db)
        create_bare_db(bare_db)
        env = {"DATABASE_URL": coprod_db, "COPROD_ENV": "development",
               "SECRET_KEY": "bench-only-secret", "COPROD_INSTANCE": str(tmp_dir)}
        with (Server("wsgi:app", env, args, tmp_dir / "coprod.log") as coprod_server,
              Server("bench.submit:make_bare_app()", {"BENCH_BARE_DB": bare_db}, args,
                     tmp_dir / "bare.log") as bare_server):
            warm_up, _ok = respond(coprod_server.url, slug)  # one first, to learn the journey
            methods = warm_up.methods

            def coprod_phase(respondents: int | None = None) -> Tally:
                return run_phase(lambda: respond(coprod_server.url, slug), coprod_server, args,
                                 respondents)

            def bare_phase(respondents: int | None = None) -> Tally:
                return run_phase(lambda: replay(bare_server.url, methods), bare_server, args,
                                 respondents)

            # One respondent per client at once, so every worker has compiled its templates.
            coprod_phase(args.clients)
            bare_phase(args.clients)
            before = stored_responses(coprod_db)
            # Rounds take turns, so a busy spell on the machine falls on both apps alike.
            rounds = [(coprod_phase(), bare_phase()) for _ in range(args.rounds)]
            stored = stored_responses(coprod_db) - before
        report([summary(coprod) for coprod, _ in rounds],
               [summary(bare) for _, bare in rounds], stored, args)


def combined(rounds: list[dict]) -> dict:
    """One phase's figures over every round: requests over seconds, latencies pooled."""
    requests_made = sum(r["requests"] for r in rounds)
    seconds = sum(r["seconds"] for r in rounds)
    return {"respondents": sum(r["respondents"] for r in rounds),
            "finished": sum(r["finished"] for r in rounds), "requests": requests_made,
            "seconds": round(seconds, 2),
            "requests_per_second": round(requests_made / seconds, 1) if seconds else 0,
            "p50_ms": median(r["p50_ms"] for r in rounds),
            "p95_ms": median(r["p95_ms"] for r in rounds),
            "server_cpu_ms_per_request": _per_request(rounds, "server_cpu_seconds"),
            "client_cpu_ms_per_request": _per_request(rounds, "client_cpu_seconds"),
            "failures": [f for r in rounds for f in r["failures"]][:5],
            "p95_ms_by_request": rounds[-1]["p95_ms_by_request"]}


def _per_request(rounds: list[dict], key: str) -> float:
    requests_made = sum(r["requests"] for r in rounds)
    return round(1000 * sum(r[key] for r in rounds) / requests_made, 2) if requests_made else 0.0


def report(coprod_rounds: list[dict], bare_rounds: list[dict], stored: int,
           args: argparse.Namespace) -> None:
    """Print the figures."""
    coprod, bare = combined(coprod_rounds), combined(bare_rounds)
    ratio = coprod["requests_per_second"] / bare["requests_per_second"] if bare[
        "requests_per_second"] else 0.0
    round_ratios = [round(c["requests_per_second"] / b["requests_per_second"], 2)
                    for c, b in zip(coprod_rounds, bare_rounds, strict=True)
                    if b["requests_per_second"]]
    sent = coprod["finished"]
    result = {"settings": {"database": args.database.split("://")[0], "workers": args.workers,
                           "threads": args.threads, "worker_class": "gthread",
                           "clients": args.clients, "respondents": args.respondents,
                           "rounds": args.rounds},
              "coprod": coprod, "bare_flask_insert": bare, "throughput_ratio": round(ratio, 3),
              "ratio_by_round": round_ratios, "responses_sent": sent,
              "responses_stored": stored}
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return
    print(f"database: {args.database.split('://')[0]}; "
          f"gunicorn: {args.workers} workers x {args.threads} threads (gthread); "
          f"{args.clients} concurrent clients; {args.respondents} respondents per app "
          f"in each of {args.rounds} rounds, the apps taking turns")
    for name, figures in (("coprod survey journey", coprod), ("bare Flask, 1 insert", bare)):
        print(f"{name:<22} {figures['requests']:>5} requests in {figures['seconds']:>6.2f}s = "
              f"{figures['requests_per_second']:>7.1f} req/s   p50 {figures['p50_ms']:>6.1f} ms"
              f"   p95 {figures['p95_ms']:>6.1f} ms   finished {figures['finished']}/"
              f"{figures['respondents']}")
        print(f"{'':<22} CPU per request: server {figures['server_cpu_ms_per_request']:.2f} ms,"
              f" clients {figures['client_cpu_ms_per_request']:.2f} ms")
        if args.detail:
            for kind, p95 in figures["p95_ms_by_request"].items():
                print(f"    p95 {p95:>7.1f} ms  {kind}")
        for failure in figures["failures"]:
            print(f"    failure: {failure}")
    print(f"throughput ratio (coprod / bare): {ratio:.2f}  (target >= 0.5; by round: "
          f"{', '.join(f'{r:.2f}' for r in round_ratios)})")
    print(f"responses stored {stored} / sent {sent}"
          f"  ({'all stored' if stored == sent else 'MISMATCH'})")


if __name__ == "__main__":
    main()
