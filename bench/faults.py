"""Faults bench: complete survey submissions from concurrent clients while the server is hurt,
then a count of what was kept.

It starts gunicorn (`wsgi:app`, 4 workers x 2 threads) on 127.0.0.1 against a fresh SQLite file
or, with `--database URL`, a PostgreSQL database on 127.0.0.1 THAT IT EMPTIES FIRST. N
respondents answer the caseworker survey from concurrent clients as a browser would, each
writing its own number in the free-text answer. Meanwhile it kills a gunicorn worker (SIGKILL)
a quarter and three quarters of the way through and, on PostgreSQL, restarts the database
halfway (`pg_ctlcluster <version> main restart`: run as root). A respondent whose request fails
waits a moment and presses again, at most 5 times a step, like a person would.

It prints:
- sent: respondents shown their receipt code; stored: respondents with exactly one complete
  response; duplicated: respondents with more than one; lost: shown a receipt but nothing kept;
- half-written: complete responses missing any answer the respondent gave;
- error replies: 5xx answered with coprod's own kind page, or bare (gunicorn's "Internal Server
  Error", a proxy page...), and requests with no reply at all (the connection dropped).

Every loop is bounded in count and time (--max-seconds), and it stops by itself.
Run: .venv/bin/python bench/faults.py [--respondents 120] [--clients 12]
                                      [--database postgresql+psycopg://postgres@127.0.0.1/x]
                                      [--log gunicorn.log]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import requests
from sqlalchemy import create_engine, text
from submit import ANSWERS, Server, _token, seed_coprod  # bench/submit.py, beside this file

KIND_PAGE = 'class="govuk-template'  # every coprod page, error pages included
MARKER = "Respondent {n} says ring me back."
# The thank-you page shows the receipt code in the panel (its words changed: "Your code is").
RECEIPT = re.compile(r'class="coprod-code">[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}<')
TRIES_PER_STEP = 5


@dataclass
class Tally:
    """What the clients saw."""

    sent: set[int] = field(default_factory=set)
    answered: dict[int, set[str]] = field(default_factory=dict)
    replies: Counter = field(default_factory=Counter)
    gave_up: Counter = field(default_factory=Counter)  # why, for each respondent who stopped
    bare: Counter = field(default_factory=Counter)  # each bare 5xx: its status and first words
    no_receipt: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, kind: str) -> None:
        with self.lock:
            self.replies[kind] += 1


class Respondent:
    """One person answering, pressing again when a page fails."""

    def __init__(self, base: str, number: int, tally: Tally, deadline: float) -> None:
        self.base, self.number, self.tally, self.deadline = base, number, tally, deadline
        self.http = requests.Session()

    def _send(self, method: str, path: str, data: dict | None = None) -> requests.Response:
        for _ in range(TRIES_PER_STEP):
            if time.monotonic() > self.deadline:
                break
            try:
                response = self.http.request(method, self.base + path, data=data, timeout=30,
                                             allow_redirects=False)
            except requests.RequestException:
                self.tally.count("no reply")
                time.sleep(0.5)
                continue
            if response.status_code < 500:
                return response
            kind = KIND_PAGE in response.text
            self.tally.count("5xx kind page" if kind else "5xx bare")
            if not kind:
                with self.tally.lock:
                    self.tally.bare[f"{response.status_code} {response.text.strip()[:60]!r}"] += 1
            time.sleep(0.5)
        raise RuntimeError(f"{method} {path}: gave up")

    def _post(self, path: str, data: dict) -> requests.Response:
        response = self._send("POST", path, data)
        if response.status_code != 302:
            raise RuntimeError(f"POST {path} answered {response.status_code}")
        return self._send("GET", response.headers["Location"].removeprefix(self.base))

    def answer(self, slug: str) -> None:
        page = self._send("GET", f"/surveys/{slug}/")
        page = self._post(f"/surveys/{slug}/start", {"csrf_token": _token(page.text)})
        answered = self.tally.answered.setdefault(self.number, set())
        for _ in range(40):  # a survey has far fewer pages
            if "/q/" not in page.url:
                break
            question_id = page.url.rsplit("/q/", 1)[1].split("?")[0].replace("-", "_")
            value = (MARKER.format(n=self.number) if question_id == "do_better"
                     else ANSWERS[question_id])
            answered.add(question_id)
            page = self._post(page.url.removeprefix(self.base), {"csrf_token": _token(page.text),
                                                        "answer": value})
        page = self._post(f"/surveys/{slug}/submit", {"csrf_token": _token(page.text)})
        with self.tally.lock:
            if page.status_code == 200 and RECEIPT.search(page.text):
                self.tally.sent.add(self.number)
            else:
                self.tally.no_receipt += 1


def _workers(server: Server) -> list[int]:
    path = Path(f"/proc/{server.process.pid}/task/{server.process.pid}/children")
    try:
        return [int(pid) for pid in path.read_text().split()]
    except OSError:
        return []


def _postgres_restart() -> list[str]:
    versions = sorted(Path(p).name for p in glob.glob("/etc/postgresql/*"))
    return ["pg_ctlcluster", versions[-1], "main", "restart"] if versions else []


def hurt(server: Server, postgres: bool, seconds: float, stop: threading.Event,
         done: list[str]) -> None:
    """Kill a worker at 1/4 and 3/4 of the expected time; restart PostgreSQL at 1/2."""
    plan = [(0.25, "kill"), (0.5, "restart"), (0.75, "kill")]
    started = time.monotonic()
    for share, fault in plan:
        if stop.wait(max(0.0, started + share * seconds - time.monotonic())):
            return
        if fault == "kill" and (workers := _workers(server)):
            os.kill(workers[0], signal.SIGKILL)
            done.append(f"killed worker {workers[0]} at {time.monotonic() - started:.1f}s")
        elif fault == "restart" and postgres and (command := _postgres_restart()):
            result = subprocess.run(command, capture_output=True, timeout=60, check=False)
            done.append(f"restarted PostgreSQL at {time.monotonic() - started:.1f}s "
                        f"(exit {result.returncode})")


def stored(url: str, slug: str, tally: Tally) -> dict:
    """Respondents kept once, more than once, not at all; complete responses missing answers."""
    engine, sqlite = create_engine(url), url.startswith("sqlite")
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT r.id, a.question_id, a.value FROM surveyresponse r "
            "JOIN survey s ON s.id = r.survey_id "
            "LEFT JOIN surveyanswer a ON a.response_id = r.id "
            "WHERE s.slug = :slug AND r.status = 'complete'"), {"slug": slug}).all()
    engine.dispose()
    answers: dict[int, dict[str, str]] = {}
    for response_id, question_id, value in rows:
        answers.setdefault(response_id, {})
        if question_id:  # a JSON column: text on SQLite, already read on PostgreSQL
            answers[response_id][question_id] = json.loads(value) if sqlite else value
    marks = {MARKER.format(n=n): n for n in tally.answered}
    owner = {rid: marks.get(a.get("do_better")) for rid, a in answers.items()}
    per_person = Counter(n for n in owner.values() if n is not None)
    half = sum(1 for rid, a in answers.items()
               if owner[rid] is None or not tally.answered[owner[rid]] <= set(a))
    return {"stored": sum(1 for c in per_person.values() if c == 1),
            "duplicated": sum(1 for c in per_person.values() if c > 1),
            "lost": len(tally.sent - set(per_person)), "half_written": half}


def _fresh_postgres(url: str) -> None:
    host = urlsplit(url.replace("+psycopg", "")).hostname
    if host not in ("127.0.0.1", "localhost"):
        raise SystemExit("--database must be on 127.0.0.1: the bench empties it and restarts it")
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--respondents", type=int, default=120)
    parser.add_argument("--clients", type=int, default=12)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--max-seconds", type=float, default=240)
    parser.add_argument("--expected-seconds", type=float, default=40,
                        help="when to hurt the server: faults fall at 1/4, 1/2, 3/4 of this")
    parser.add_argument("--database", help="a PostgreSQL URL on 127.0.0.1 (emptied first)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--log", type=Path, help="keep gunicorn's log here (its tracebacks)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        url = args.database or f"sqlite:///{tmp_dir / 'coprod.db'}"
        if args.database:
            _fresh_postgres(url)
        slug = seed_coprod(url)
        env = {"DATABASE_URL": url, "COPROD_ENV": "development",
               "SECRET_KEY": "bench-only-secret", "COPROD_INSTANCE": str(tmp_dir)}
        tally, faults, stop = Tally(), [], threading.Event()
        deadline = time.monotonic() + args.max_seconds
        numbers, lock = iter(range(args.respondents)), threading.Lock()
        with Server("wsgi:app", env, args, args.log or tmp_dir / "coprod.log") as server:
            def client() -> None:
                while time.monotonic() < deadline:
                    with lock:
                        number = next(numbers, None)
                    if number is None:
                        return
                    try:
                        Respondent(server.url, number, tally, deadline).answer(slug)
                    except Exception as error:  # noqa: BLE001 (a person stops; the bench goes on)
                        why = re.sub(r"\d+", "N", str(error))[:60] or type(error).__name__
                        with tally.lock:
                            tally.gave_up[why] += 1

            faulting = threading.Thread(target=hurt, args=(
                server, bool(args.database), args.expected_seconds, stop, faults))
            started = time.monotonic()
            faulting.start()
            threads = [threading.Thread(target=client) for _ in range(args.clients)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=args.max_seconds + 60)
            stop.set()
            faulting.join(timeout=90)
            seconds = time.monotonic() - started
        result = {"database": "postgresql" if args.database else "sqlite",
                  "respondents": args.respondents, "clients": args.clients,
                  "seconds": round(seconds, 1), "faults": faults, "sent": len(tally.sent),
                  "gave_up": dict(tally.gave_up),
                  "no_receipt": tally.no_receipt, **stored(url, slug, tally),
                  "error_replies": dict(tally.replies), "bare_replies": dict(tally.bare)}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    for key, value in result.items():
        print(f"{key:>13}: {value}")


if __name__ == "__main__":
    sys.exit(main())
