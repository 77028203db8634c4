"""Ids of comments, survey responses and other records about a person are never reused on SQLite

Revision ID: 0018t_ids_never_reused
Revises: 0018s_safeguarding_alerts
Create Date: 2026-12-05 09:00:00

SQLite gives the next row max(id) + 1, so a deleted comment's id went to the next comment and
an audit-log entry or a bookmark for it led to another family's words. AUTOINCREMENT can only
be set when a table is made: each table is made again (Alembic's batch "recreate"), rows and
ids copied as they are. PostgreSQL's sequences never reuse a number: nothing to do there.

Making a table again drops the old one, and with SQLite's foreign keys on, a drop deletes the
rows that point at it (ON DELETE CASCADE): coprod.migrate.upgrade turns them off around every
upgrade and checks them afterwards. This migration refuses to run with them on.
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0018t_ids_never_reused'
down_revision: str | None = '0018s_safeguarding_alerts'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('comment', 'commenttheme', 'safeguardingflag', 'flagstep', 'surveyresponse',
          'surveyanswer', 'savedreport', 'reportjob')


def _remake(autoincrement: bool) -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        return
    if bind.exec_driver_sql('PRAGMA foreign_keys').scalar():
        raise RuntimeError("SQLite's foreign keys are on: making tables again would delete the "
                           "rows that point at them. Upgrade with `coprod init-db`.")
    for table in TABLES:
        with op.batch_alter_table(table, recreate='always',
                                  table_kwargs={'sqlite_autoincrement': autoincrement}):
            pass


def upgrade() -> None:
    _remake(True)


def downgrade() -> None:
    _remake(False)
