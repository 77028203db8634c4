"""Re-theming progress is counted from the data, so a worker that stops loses nothing."""

import threading
from datetime import timedelta

from sqlmodel import Session, select

from coprod.analysis import retheme
from coprod.areas.models import Area, Role
from coprod.common.time import utcnow
from coprod.db import make_engine
from coprod.voice import analyse as store
from coprod.voice import area_codebooks
from coprod.voice.findings import AreaCodebook, CommentAnalysis
from tests import factories
from tests.factories_voice import make_comment

TAXI = "The school transport taxi did not turn up again"


def _stale(db, area) -> None:
    """As if the worker stopped a while ago: nothing has moved for a minute."""
    long_ago = utcnow() - timedelta(minutes=1)
    row = db.exec(select(AreaCodebook).where(AreaCodebook.area_id == area.id)).one()
    row.updated_at = long_ago
    for stored in db.exec(select(CommentAnalysis).where(CommentAnalysis.area_id == area.id)):
        stored.analysed_at = long_ago
        db.add(stored)
    db.add(row)
    db.commit()


def test_progress_counts_comments_themed_with_the_current_codebook(db, area):
    for _ in range(5):
        make_comment(db, area, TAXI)
    assert store.progress(db, area.id) == store.Progress(version=0, done=5, total=5)
    area_codebooks.new_version(db, area.id)
    assert store.progress(db, area.id) == store.Progress(version=1, done=0, total=5)
    assert store.retheme_chunk(db, area.id, size=2) == 2
    progress = store.progress(db, area.id)
    assert (progress.done, progress.total, progress.finished) == (2, 5, False)


def test_a_stopped_worker_is_offered_to_carry_on_and_finishes_from_the_data(signed_in, db, area):
    for _ in range(5):
        make_comment(db, area, TAXI)
    area_codebooks.new_version(db, area.id)
    store.retheme_chunk(db, area.id, size=2)
    officer = signed_in(Role.OFFICER)
    assert "Carry on re-theming" not in officer.page("/staff/analysis/re-theming").text
    _stale(db, area)
    page = officer.page("/staff/analysis/re-theming")
    assert "2 of 5 comments re-themed" in page.text
    assert retheme.status(db, area.id).can_carry_on
    done = officer.submit("/staff/analysis/re-theming", {})
    assert "5 of 5 comments re-themed" in done.text and "Finished" in done.text


def test_the_progress_endpoint_answers_in_json(signed_in, db, area):
    make_comment(db, area, TAXI)
    area_codebooks.new_version(db, area.id)
    body = signed_in(Role.OFFICER).get("/staff/analysis/re-theming.json").json
    assert body == {"done": 0, "total": 1, "finished": False, "running": True,
                    "text": "0 of 1 comment re-themed"}


def test_a_comment_never_analysed_is_analysed_in_full_by_re_theming(db, area):
    comment = make_comment(db, area, "Ring Jane Smith on 07700 900123 about the taxi")
    db.delete(db.get(CommentAnalysis, comment.id))
    comment.display_text = comment.original_text
    db.add(comment)
    db.commit()
    assert store.analyse_area(db, area.id) == 1
    assert "07700" not in comment.display_text and db.get(CommentAnalysis, comment.id)


def test_re_theming_runs_in_a_background_thread(make_app):
    app = make_app(RETHEME_IN_BACKGROUND=True)
    engine = make_engine(app.config["DATABASE_URL"])
    with app.app_context(), Session(engine, expire_on_commit=False) as session:
        area = factories.make_area(session)
        try:
            for _ in range(3):
                make_comment(session, area, TAXI)
            area_codebooks.new_version(session, area.id)
            with app.test_request_context():
                retheme.start(session, area.id)
            for thread in threading.enumerate():
                if thread.name == f"retheme-area-{area.id}":
                    thread.join(timeout=30)
            session.expire_all()
            assert store.progress(session, area.id).finished
        finally:
            session.rollback()
            session.delete(session.get(Area, area.id))
            session.commit()
    engine.dispose()
