"""`coprod purge`: everything the privacy notice (templates/site/privacy.html) says is deleted
by age, in one run, with what went in numbers. Each domain deletes its own records:
survey answers (coprod.surveys.retention), comments from other channels
(coprod.voice.retention), saved reports and PDFs (coprod.reports.retention).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from flask_babel import ngettext
from sqlmodel import Session

from coprod.common.time import utcnow
from coprod.reports.retention import ReportsGone, purge_reports
from coprod.surveys.retention import Purged
from coprod.surveys.retention import purge as purge_surveys
from coprod.voice.retention import CommentsGone, purge_said_long_ago


@dataclass
class Removed:
    """What one run deleted, and what a safeguarding flag kept."""

    surveys: Purged
    comments: CommentsGone
    reports: ReportsGone

    def lines(self) -> list[str]:
        """What went, a line each, in numbers."""
        s, c, r = self.surveys, self.comments, self.reports
        return [
            ngettext("%(num)d survey response past its 3 years", "%(num)d survey responses "
                     "past their 3 years", s.responses),
            ngettext("%(num)d survey response never sent, past 90 days", "%(num)d survey "
                     "responses never sent, past 90 days", s.unsent),
            ngettext("%(num)d comment from another channel, said more than 3 years ago",
                     "%(num)d comments from other channels, said more than 3 years ago",
                     c.deleted),
            ngettext("%(num)d comment whose survey response was deleted, no longer held for "
                     "the safeguarding lead", "%(num)d comments whose survey responses were "
                     "deleted, no longer held for the safeguarding lead", s.kept_comments),
            ngettext("%(num)d saved report past its 3 years", "%(num)d saved reports past "
                     "their 3 years", r.saved),
            ngettext("%(num)d report PDF (built or asked for)", "%(num)d report PDFs (built or "
                     "asked for)", r.pdfs),
        ]

    @property
    def held(self) -> int:
        """Comments past their time that a safeguarding flag still holds."""
        return self.surveys.held_comments + self.comments.held


def purge_all(session: Session, now: datetime | None = None,
              code_window: timedelta = timedelta(minutes=15)) -> Removed:
    """Delete everything past its time; `now` is for tests (a fixed clock)."""
    now = now or utcnow()
    comments = purge_said_long_ago(session, now)
    surveys = purge_surveys(session, now, code_window)
    return Removed(surveys, comments, purge_reports(session, now))
