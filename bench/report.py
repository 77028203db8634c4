"""The themed voice report over 1,000, 10,000 and 100,000 comments (with their themes and
sentiment, and survey responses in proportion), on SQLite or, with --database, PostgreSQL.

For each size it prints, measured in the same run over the same rows:
  - a plain SQL count of the themed comments in the period (the floor: reading the rows once),
  - the HTML report with every chart drawn (first view), and a repeat view (no chart drawn),
  - the PDF,
and each time's ratio to the plain count. Each size lives in its own area of one database.

    .venv/bin/python bench/report.py [--sizes 1000,10000,100000] [--database URL] [--no-pdf]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, text  # noqa: E402
from sqlmodel import select  # noqa: E402

from coprod import create_app, migrate  # noqa: E402
from coprod.areas.models import Area, Role  # noqa: E402
from coprod.auth import services as auth_services  # noqa: E402
from coprod.db import get_engine, session_scope  # noqa: E402
from coprod.events.models import ListeningEvent  # noqa: E402
from coprod.surveys.definition.survey import SURVEYS_DIR, load_survey_file, survey_to_dict  # noqa: E402
from coprod.surveys.models import Survey, SurveyResponse, SurveyVersion  # noqa: E402
from coprod.voice.findings import CommentAnalysis, CommentTheme  # noqa: F401
from coprod.voice.models import Comment  # noqa: E402

THEMES = ["ehcp", "communication", "assessment_waits", "school_inclusion",
          "specialist_provision", "health_therapies", "mental_health", "social_care"]
GROUPS = ["parent_carer", "young_person", "child", "practitioner", "other"]
CHANNELS = ["survey", "event", "email", "phone", "letter"]
SENTIMENTS = ["positive", "negative", "mixed", "neutral"]
WORDS = ("the plan took months and nobody told us what was happening but the new worker "
         "listened and school made changes for my son with autism").split()
FIRST_DAY, DAYS = date(2025, 1, 1), 365


def seed(size: int, rng: random.Random) -> tuple[int, int]:
    """`size` comments with 1 or 2 themes each over 2025, a tenth as many survey responses,
    and an event a week, in a new area; its id and a leader's user id."""
    with session_scope() as session:
        area = Area(slug=f"bench-{size}-{rng.randrange(10**9)}", name=f"Bench {size:,}")
        session.add(area)
        session.flush()
        user = auth_services.create_user(session, f"leader-{area.slug}@bench.example",
                                         "Leader", "bench-password-1", area, Role.LEADER,
                                         fast_hash=True)
        defn = load_survey_file(SURVEYS_DIR / "event-feedback.yaml")
        survey = Survey(area_id=area.id, slug=f"{defn.slug}-{area.slug}", title=defn.title,
                        status="published")
        session.add(survey)
        session.flush()
        version = SurveyVersion(survey_id=survey.id, number=1, definition=survey_to_dict(defn))
        session.add(version)
        session.flush()
        start = datetime(2025, 1, 1, 12, tzinfo=UTC)
        session.execute(insert(SurveyResponse), [dict(
            area_id=area.id, survey_id=survey.id, version_id=version.id, status="complete",
            channel="online", resume_hash=f"{area.slug}-{n}",
            respondent_group=rng.choice(GROUPS[:4]), started_at=start, updated_at=start,
            submitted_at=start + timedelta(days=rng.randrange(DAYS))) for n in range(size // 10)])
        session.execute(insert(ListeningEvent), [dict(
            area_id=area.id, title=f"Drop-in {n}", event_type="drop_in",
            held_on=FIRST_DAY + timedelta(days=7 * n), adjustments=[],
            young_people_count=rng.randrange(12), children_count=rng.randrange(6),
            parent_carers_count=rng.randrange(15), practitioners_count=rng.randrange(5),
            others_count=0, created_at=start) for n in range(52)])
        for chunk in range(0, size, 20_000):
            rows = [dict(area_id=area.id, original_text=" ".join(rng.choices(WORDS, k=14)),
                         group=rng.choice(GROUPS), channel=rng.choice(CHANNELS),
                         said_on=FIRST_DAY + timedelta(days=rng.randrange(DAYS)),
                         how_given="alone", created_at=start)
                    for _ in range(min(20_000, size - chunk))]
            for row in rows:
                row["display_text"] = row["original_text"]
            session.execute(insert(Comment), rows)
        ids = session.exec(select(Comment.id).where(Comment.area_id == area.id)).all()
        session.execute(insert(CommentAnalysis), [dict(
            comment_id=cid, area_id=area.id, sentiment=rng.choice(SENTIMENTS), polarity=0.0,
            phrases=[], codebook_version=0, analysed_at=start) for cid in ids])
        session.execute(insert(CommentTheme), [dict(
            comment_id=cid, area_id=area.id, theme_id=theme, confidence=0.8, source="auto",
            status="suggested") for cid in ids
            for theme in rng.sample(THEMES, k=rng.choice((1, 1, 2)))])
        session.commit()
        return area.id, user.id


def timed(work) -> tuple[float, object]:
    began = time.perf_counter()
    found = work()
    return time.perf_counter() - began, found


PERIOD = "date_from=1&date_from=1&date_from=2025&date_to=31&date_to=12&date_to=2025"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--database", help="an empty database URL (default: a new SQLite file)")
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()
    url = args.database or f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    app = create_app("development", DATABASE_URL=url)
    rng = random.Random(16)
    print(f"database: {url.split(':')[0]}")
    print(f"{'comments':>9} {'SQL count':>10} {'HTML first':>11} {'HTML again':>11} "
          f"{'PDF':>8}   (ratio to the SQL count)")
    for size in [int(s) for s in args.sizes.split(",")]:
        with app.app_context():
            migrate.upgrade(get_engine())
            print(f"seeding {size:,} comments ...", file=sys.stderr)
            area_id, user_id = seed(size, rng)
            with session_scope() as session:
                count_s, themed = timed(lambda area_id=area_id: session.exec(text(
                    "SELECT count(*) FROM commenttheme t JOIN comment c ON c.id = t.comment_id "
                    "WHERE c.area_id = :a AND c.said_on BETWEEN :f AND :t "
                    "AND t.status != 'rejected'").bindparams(
                        a=area_id, f=date(2025, 1, 1), t=date(2025, 12, 31))).one()[0])
        client = app.test_client()
        with client.session_transaction() as cookie:
            cookie["_user_id"], cookie["_fresh"], cookie["area_id"] = str(user_id), True, area_id

        def html(client=client) -> int:
            page = client.get(f"/staff/reports/voice?{PERIOD}")
            assert page.status_code == 200, page.status_code
            sources = [part.split('"')[0] for part in page.text.split(
                '<img class="coprod-chart" src="')[1:]]
            for src in sources:
                assert client.get(src).status_code == 200
            return len(sources)

        def pdf(client=client) -> int:
            response = client.get(f"/staff/reports/voice.pdf?{PERIOD}")
            assert response.status_code == 200
            return len(response.data)

        first_s, _charts = timed(html)
        again_s, _ = timed(html)
        pdf_s = timed(pdf)[0] if not args.no_pdf else float("nan")
        floor = max(count_s, 1e-6)
        print(f"{size:>9,} {count_s:>9.3f}s {first_s:>10.2f}s {again_s:>10.2f}s {pdf_s:>7.2f}s"
              f"   ({first_s / floor:.0f}x, {again_s / floor:.0f}x, {pdf_s / floor:.0f}x;"
              f" {themed:,} themed rows)")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
