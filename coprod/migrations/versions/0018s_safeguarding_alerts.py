"""Safeguarding alerts on each flag; a kept survey answer says when the rest was deleted

Flags raised before alerts existed get no alert (""), so nobody is emailed about old flags when
this runs. Comments already kept after their response was deleted are marked "earlier", with
the date the audit log recorded keeping them.

Revision ID: 0018s_safeguarding_alerts
Revises: 0017_report_jobs
Create Date: 2026-12-04 10:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0018s_safeguarding_alerts'
down_revision: str | None = '0017_report_jobs'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEPT_EARLIER = """
UPDATE comment SET answers_deleted_by = 'earlier',
    answers_deleted_at = (SELECT MAX(auditevent.at) FROM auditevent
                          WHERE auditevent.record_type = 'Comment'
                            AND auditevent.action = 'kept'
                            AND auditevent.record_id = CAST(comment.id AS VARCHAR))
WHERE comment.survey_response_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM surveyresponse
                  WHERE surveyresponse.id = comment.survey_response_id)
"""


def upgrade() -> None:
    with op.batch_alter_table('safeguardingflag', schema=None) as batch_op:
        batch_op.add_column(sa.Column('alert', sqlmodel.sql.sqltypes.AutoString(length=10),
                                      nullable=False, server_default=''))
        batch_op.add_column(sa.Column('alerted_at', sqlmodel.sql.sqltypes.UTCDateTime(),
                                      nullable=True))
        batch_op.add_column(sa.Column('alert_tries', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.create_index(batch_op.f('ix_safeguardingflag_alert'), ['alert'], unique=False)
    with op.batch_alter_table('safeguardingflag', schema=None) as batch_op:
        batch_op.alter_column('alert', server_default=None)
        batch_op.alter_column('alert_tries', server_default=None)
    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('answers_deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(),
                                      nullable=True))
        batch_op.add_column(sa.Column('answers_deleted_by',
                                      sqlmodel.sql.sqltypes.AutoString(length=10),
                                      nullable=False, server_default=''))
    op.execute(KEPT_EARLIER)
    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.alter_column('answers_deleted_by', server_default=None)


def downgrade() -> None:
    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.drop_column('answers_deleted_by')
        batch_op.drop_column('answers_deleted_at')
    with op.batch_alter_table('safeguardingflag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safeguardingflag_alert'))
        batch_op.drop_column('alert_tries')
        batch_op.drop_column('alerted_at')
        batch_op.drop_column('alert')
