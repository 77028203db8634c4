"""`coprod report`: a report written to a file, for scheduled jobs and very large areas."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from flask import current_app

from coprod.areas.services import area_by_slug
from coprod.db import session_scope
from coprod.reports import formats, services


def write_report(area_slug: str, date_from: date, date_to: date, kind: str, fmt: str,
                 out: str, say: Callable[[str], None]) -> list[Path]:
    """Build one report and write it; ValueError names what is wrong with the request."""
    if date_to < date_from:
        raise ValueError(f"--to ({date_to}) must be the same as or after --from ({date_from})")
    if kind not in services.KINDS:
        raise ValueError(f"--kind must be one of {', '.join(services.KINDS)}")
    # Labels are translated strings and templates are rendered: both want a request.
    with current_app.test_request_context(), session_scope() as session:
        area = area_by_slug(session, area_slug)
        if area is None:
            raise ValueError(f"No area with the slug {area_slug!r}")
        say(f"Counting {services.KINDS[kind].lower()} for {area.name}, {date_from} to "
            f"{date_to} …")
        scope = services.Scope((area.id,), date_from, date_to)
        report = services.build(session, kind, scope, current_app.config["SMALL_NUMBER"])
        target = Path(out)
        written: list[Path] = []
        if fmt == "csv":
            target.mkdir(parents=True, exist_ok=True)
            for table in report.tables():
                path = target / f"{table.key}.csv"
                path.write_text(formats.table_csv(table), encoding="utf-8")
                written.append(path)
        elif fmt == "xlsx":
            target.write_bytes(formats.workbook(report))
            written.append(target)
        else:
            say(f"Drawing {sum(1 for t in report.tables() if t.chart)} charts …")
            html = formats.print_html(session, area.id, report)
            if fmt == "html":
                target.write_text(html, encoding="utf-8")
            else:
                say("Writing the PDF …")
                target.write_bytes(formats.pdf(html, target.resolve().parent.as_uri() + "/"))
            written.append(target)
        say(f"Wrote {', '.join(str(p) for p in written[:3])}"
            f"{f' and {len(written) - 3} more' if len(written) > 3 else ''}.")
        return written
