"""Saved reports forget quotes whose words were deleted or whose approval was withdrawn

Reports saved before this kept every quote, even after its author deleted their answers. Each
stored quote is kept only if an approved comment still has its words; the audit log's copies of
saved reports lose their data (it held quotes); and every built PDF is built again, since one
may quote words deleted since.

Revision ID: 0018r_forget_quotes
Revises: 0018t_ids_never_reused
Create Date: 2026-12-05 12:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0018r_forget_quotes'
down_revision: str | None = '0018t_ids_never_reused'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

saved_report = sa.table('savedreport', sa.column('id', sa.Integer), sa.column('data', sa.JSON))
comment = sa.table('comment', sa.column('display_text', sa.String),
                   sa.column('published_at', sa.DateTime))
audit_event = sa.table('auditevent', sa.column('id', sa.Integer),
                       sa.column('record_type', sa.String), sa.column('changes', sa.JSON))
report_job = sa.table('reportjob', sa.column('status', sa.String), sa.column('pdf', sa.LargeBinary),
                      sa.column('claimed_by', sa.String), sa.column('claimed_at', sa.DateTime),
                      sa.column('finished_at', sa.DateTime), sa.column('error', sa.String))


def _forget_in_saved_reports(bind) -> None:
    for row_id, data in bind.execute(sa.select(saved_report.c.id, saved_report.c.data)).all():
        texts = {q.get('text') for s in data.get('sections', [])
                 for qs in s.get('quotes', {}).values() for q in qs}
        if not texts:
            continue
        approved = set(bind.execute(sa.select(comment.c.display_text).where(
            comment.c.display_text.in_(texts), comment.c.published_at.is_not(None))).scalars())
        for section in data.get('sections', []):
            section['quotes'] = {theme: [q for q in qs if q.get('text') in approved]
                                 for theme, qs in section.get('quotes', {}).items()}
        bind.execute(saved_report.update().where(saved_report.c.id == row_id).values(data=data))


def _forget_in_audit_log(bind) -> None:
    for row_id, changes in bind.execute(sa.select(audit_event.c.id, audit_event.c.changes).where(
            audit_event.c.record_type == 'SavedReport')).all():
        changes = dict(changes or {})
        was = dict(changes.get('_was') or {})
        if 'data' in changes or 'data' in was:
            if 'data' in changes:
                changes['data'] = '(changed)'
            if was:
                was.pop('data', None)
                changes['_was'] = was
            bind.execute(audit_event.update().where(audit_event.c.id == row_id)
                         .values(changes=changes))


def upgrade() -> None:
    bind = op.get_bind()
    _forget_in_saved_reports(bind)
    _forget_in_audit_log(bind)
    bind.execute(report_job.update().where(report_job.c.status.in_(('ready', 'building')))
                 .values(status='pending', pdf=None, claimed_by='', claimed_at=None,
                         finished_at=None, error=''))


def downgrade() -> None:
    pass  # words taken out are not put back
