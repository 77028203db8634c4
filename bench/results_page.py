"""The staff survey results page of the 22-question SEND experience survey at 10,000 responses.

Prints, measured in the same run on the same rows:
  - a plain SQL count of the answers (the floor: reading the rows once),
  - the old way of counting once (every response and answer read into Python; the old page did
    this once for the page and once more for each of its charts),
  - the page now: first view with every chart drawn, then a repeat view (no chart drawn).

    .venv/bin/python bench/results_page.py [--responses 10000] [--database URL]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, text  # noqa: E402
from sqlmodel import select  # noqa: E402

from coprod import create_app, migrate  # noqa: E402
from coprod.areas.models import Area, Role  # noqa: E402
from coprod.auth import services as auth_services  # noqa: E402
from coprod.db import get_engine, session_scope  # noqa: E402
from coprod.surveys.definition.survey import (  # noqa: E402
    SURVEYS_DIR,
    answer_options,
    load_survey_file,
    survey_to_dict,
)
from coprod.surveys.models import (  # noqa: E402
    Survey,
    SurveyAnswer,
    SurveyResponse,
    SurveyStatus,
    SurveyVersion,
)
from coprod.surveys.results import services as results  # noqa: E402
from coprod.voice.models import Comment  # noqa: E402

WORDS = "the school did not listen and the wait for the plan was too long but the team".split()


def _answer(question, rng: random.Random):
    if question.type == "free_text":
        return " ".join(rng.choices(WORDS, k=12)) if rng.random() < 0.3 else None
    values = [o.value for o in answer_options(question)]
    if question.type == "multiple_choice":
        return rng.sample(values, k=rng.randint(1, min(3, len(values))))
    return rng.choice(values)


def seed(responses: int) -> tuple[int, str]:
    """A published survey with `responses` complete responses; its id and a leader's email."""
    rng = random.Random(16)
    with session_scope() as session:
        area = Area(slug="bench", name="Bench SEND Partnership")
        session.add(area)
        session.flush()
        defn = load_survey_file(SURVEYS_DIR / "send-experience.yaml")
        survey = Survey(area_id=area.id, slug=defn.slug, title=defn.title,
                        status=SurveyStatus.PUBLISHED.value)
        session.add(survey)
        session.flush()
        version = SurveyVersion(survey_id=survey.id, number=1, definition=survey_to_dict(defn))
        session.add(version)
        session.flush()
        auth_services.create_user(session, "leader@bench.example", "Leader", "bench-password-1",
                                  area, Role.LEADER, fast_hash=True)
        start = datetime(2026, 1, 1, tzinfo=UTC)
        rows = [dict(area_id=area.id, survey_id=survey.id, version_id=version.id,
                     status="complete", channel=rng.choice(["online", "paper"]),
                     resume_hash=f"bench-{n}", respondent_group=rng.choice(
                         ["parent_carer", "young_person", "practitioner"]),
                     helped=rng.choice(["on_my_own", "someone_helped", None]),
                     started_at=start, updated_at=start,
                     submitted_at=start + timedelta(minutes=n)) for n in range(responses)]
        session.execute(insert(SurveyResponse), rows)
        ids = session.exec(select(SurveyResponse.id).where(
            SurveyResponse.survey_id == survey.id)).all()
        answers, comments = [], []
        for rid in ids:
            for question in defn.questions:
                value = _answer(question, rng)
                if value is not None:
                    answers.append(dict(response_id=rid, question_id=question.id, value=value,
                                        updated_at=start))
                if value is not None and question.type == "free_text":
                    # What submitting does (voice_link): the answer joins the voice record,
                    # checked and redacted once.
                    comments.append(dict(area_id=area.id, original_text=value,
                                         display_text=value, group="parent_carer",
                                         channel="survey", said_on=start.date(),
                                         how_given="alone", survey_response_id=rid,
                                         survey_question_id=question.id, created_at=start))
        session.execute(insert(SurveyAnswer), answers)
        session.execute(insert(Comment), comments)
        session.commit()
        return survey.id, "leader@bench.example"


CPU: dict[str, float] = {}  # the process's CPU seconds for each timed step: load-independent


def timed(work, name: str = "") -> tuple[float, object]:
    began, cpu = time.perf_counter(), time.process_time()
    found = work()
    CPU[name] = time.process_time() - cpu
    return time.perf_counter() - began, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=10_000)
    parser.add_argument("--database", help="an empty database URL (default: a new SQLite file)")
    args = parser.parse_args()
    url = args.database or f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    app = create_app("development", DATABASE_URL=url)
    with app.app_context():
        migrate.upgrade(get_engine())
        print(f"seeding {args.responses} responses ...", file=sys.stderr)
        survey_id, _email = seed(args.responses)
        with session_scope() as session:
            count_s, answers = timed(lambda: session.exec(text(
                "SELECT count(*) FROM surveyanswer")).one()[0])
            survey = session.get(Survey, survey_id)
            from coprod.surveys.definition import library
            defn = library.current_definition(session, survey)
            old_s, _ = timed(lambda: results.question_results(defn, results.response_rows(
                session, survey_id, results.ResultFilters())))
        user_id = None
        with session_scope() as session:
            from coprod.auth.models import User
            user_id = session.exec(select(User.id)).first()
        area_id = survey.area_id
    client = app.test_client()
    with client.session_transaction() as cookie:
        cookie["_user_id"] = str(user_id)
        cookie["_fresh"] = True
        cookie["area_id"] = area_id

    def view() -> int:
        page = client.get(f"/staff/surveys/{survey_id}/results")
        assert page.status_code == 200, page.status_code
        sources = [part.split('"')[0] for part in page.text.split('class="coprod-chart" '
                                                                 'loading="lazy" src="')[1:]]
        for src in sources:
            assert client.get(src).status_code == 200
        return len(sources)

    first_s, charts = timed(view, "first")
    repeat_s, _ = timed(view, "repeat")
    print(f"{args.responses} responses, {answers} answers, {charts} charts ({url.split(':')[0]})")
    print(f"  plain SQL count of the answers      {count_s:7.3f} s")
    print(f"  old counting, once                  {old_s:7.3f} s   (the old page: {charts + 1}"
          f" times, about {old_s * (charts + 1):.1f} s)")
    print(f"  page, first view, charts drawn      {first_s:7.3f} s   ({first_s / old_s:.2f}x "
          f"one old counting; CPU {CPU['first']:.3f} s)")
    print(f"  page, repeat view                   {repeat_s:7.3f} s   ({repeat_s / old_s:.2f}x "
          f"one old counting; CPU {CPU['repeat']:.3f} s)")


if __name__ == "__main__":
    main()
