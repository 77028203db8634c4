"""A report's PDF is a job: the request that asks returns at once, a worker builds it, and
with several workers (threads, processes or hosts on one database) exactly one builds it."""

from __future__ import annotations

import io
import threading
from datetime import timedelta

from pypdf import PdfReader
from sqlmodel import Session, select

from coprod.areas.models import Area, Role
from coprod.common.time import utcnow
from coprod.reports import jobs
from coprod.reports.models import ReportJob
from tests import factories
from tests.integration.test_reports import PERIOD, known  # noqa: F401  (a fixture)


def _ask(client, kind: str = "voice"):
    page = client.page(f"/staff/reports/{kind}?{PERIOD}")
    return client.post(f"/staff/reports/{kind}/pdf?{PERIOD}",
                       data=page.form_data("form[action*='/pdf']"))


def test_asking_for_a_pdf_returns_at_once_and_a_worker_builds_it(app, db, signed_in, area,
                                                                 known):  # noqa: F811
    leader = signed_in(Role.LEADER)
    asked = _ask(leader)
    assert asked.status_code == 302
    waiting = leader.page(asked.headers["Location"])
    assert waiting.h1 == "Themed voice report as a PDF"  # the report's name as written
    assert "Your PDF is being prepared" in waiting.text
    assert waiting.soup.find("a", string="Check whether the PDF is ready")
    assert waiting.soup.find("meta", attrs={"http-equiv": "refresh"}) is None
    job = db.exec(select(ReportJob).where(ReportJob.area_id == area.id)).one()
    assert job.status == "pending" and job.pdf is None  # the request built nothing
    assert _ask(leader).headers["Location"] == asked.headers["Location"]  # asked twice: one job
    assert leader.get(f"/staff/reports/pdf/{job.id}.pdf").status_code == 404  # not yet

    assert jobs.run_pending(app, "worker-1") == 1
    ready = leader.page(asked.headers["Location"])
    assert "Your PDF is ready" in ready.text
    link = ready.soup.find("a", string="Download the PDF")
    download = leader.get(link["href"])
    assert download.mimetype == "application/pdf"
    assert download.headers["Content-Disposition"] == (
        'attachment; filename="voice-2026-01-01-to-2026-03-31.pdf"')
    reader = PdfReader(io.BytesIO(download.data))
    assert reader.metadata.title.startswith("Themed voice report")
    assert jobs.run_pending(app, "worker-2") == 0  # nothing left to build


def test_another_areas_pdf_is_a_404(db, signed_in, area, known):  # noqa: F811
    asked = _ask(signed_in(Role.LEADER))
    other = signed_in(Role.LEADER, factories.make_area(db))
    assert other.get(asked.headers["Location"]).status_code == 404
    assert other.get(asked.headers["Location"] + ".pdf").status_code == 404


def test_a_build_whose_worker_died_is_claimed_again(db, area):
    job = ReportJob(area_id=area.id, kind="voice", request={}, status="building",
                    claimed_by="gone", claimed_at=utcnow() - timedelta(minutes=20))
    fresh = ReportJob(area_id=area.id, kind="voice", request={}, status="building",
                      claimed_by="busy", claimed_at=utcnow() - timedelta(minutes=1))
    db.add_all([job, fresh])
    db.commit()
    assert jobs.claim(db, job.id, "worker-2") is True
    assert jobs.claim(db, fresh.id, "worker-2") is False


def test_two_workers_racing_for_one_job_build_it_once(make_app, monkeypatch):
    """Two workers (each its own connection, as two gunicorn workers or hosts have) see the
    same pending job at the same moment: one claims and builds it, the other builds nothing."""
    app = make_app()
    engine = app.extensions["coprod.engine"]
    with app.app_context(), Session(engine, expire_on_commit=False) as session:
        area = factories.make_area(session)
        job = ReportJob(area_id=area.id, kind="voice", request={"scope": {
            "area_ids": [area.id], "date_from": "2026-01-01", "date_to": "2026-03-31"},
            "threshold": 5})
        session.add(job)
        session.commit()
    built: list[str] = []
    build = jobs._build
    both_looked = threading.Barrier(2, timeout=30)

    def counted_build(session, job):
        built.append(job.claimed_by)
        return build(session, job)

    real_claim = jobs.claim

    def claim_together(session, job_id, worker):
        both_looked.wait()  # both workers have read the job as pending before either claims
        return real_claim(session, job_id, worker)

    monkeypatch.setattr(jobs, "_build", counted_build)
    monkeypatch.setattr(jobs, "claim", claim_together)
    counts: dict[str, int] = {}

    def worker(name: str) -> None:
        with app.app_context():
            counts[name] = jobs.run_pending(app, name)

    threads = [threading.Thread(target=worker, args=(name,)) for name in ("a", "b")]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert sorted(counts.values()) == [0, 1] and len(built) == 1
        with app.app_context(), Session(engine) as session:
            done = session.get(ReportJob, job.id)
            assert done.status == "ready" and done.claimed_by == built[0]
            assert done.pdf.startswith(b"%PDF")
    finally:
        with app.app_context(), Session(engine) as session:
            session.delete(session.get(ReportJob, job.id))
            session.delete(session.get(Area, area.id))
            session.commit()


def test_run_jobs_command_builds_what_is_waiting(app, db, signed_in, area, known):  # noqa: F811
    asked = _ask(signed_in(Role.LEADER), "evidence-pack")
    assert asked.status_code == 302
    from coprod.cli import main
    result = app.test_cli_runner().invoke(main, ["run-jobs", "--once"])
    assert result.exit_code == 0, result.output
    assert "Built 1 PDF." in result.stderr
    job = db.exec(select(ReportJob).where(ReportJob.area_id == area.id)).one()
    db.refresh(job)
    assert job.status == "ready" and job.pdf.startswith(b"%PDF")


def test_a_saved_reports_pdf_has_its_figures_as_they_were(app, db, signed_in, area,
                                                         known):  # noqa: F811
    from datetime import date

    from tests.factories_reports import said
    leader = signed_in(Role.LEADER)
    page = leader.page(f"/staff/reports/voice?{PERIOD}")
    data = page.form_data("form[action*='/save']")
    data["title"] = "Board, April 2026"
    saved = leader.post(f"/staff/reports/voice/save?{PERIOD}", data=data)
    said(db, area, date(2026, 3, 1), "parent_carer", "email", "ehcp", "negative", times=30)
    frozen = leader.page(saved.headers["Location"])
    asked = leader.post(saved.headers["Location"] + "/pdf",
                        data=frozen.form_data("form[action$='/pdf']"))
    assert asked.status_code == 302
    assert jobs.run_pending(app) == 1
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(
        leader.get(asked.headers["Location"] + ".pdf").data)).pages)
    assert "EHC needs assessments and plans 12" in text.replace("\n", " ")  # not 42
