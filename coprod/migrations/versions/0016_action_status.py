"""Actions agreed at events have a status (to do, doing, done, won't do with a reason)

Existing actions record nothing about being done, so they all start as "to do".

Revision ID: 0016_action_status
Revises: 0015_polish
Create Date: 2026-12-03 18:45:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0016_action_status'
down_revision: str | None = '0015_polish'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('eventaction', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=10),
                                      nullable=False, server_default='to_do'))
        batch_op.add_column(sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=1000),
                                      nullable=False, server_default=''))
    with op.batch_alter_table('eventaction', schema=None) as batch_op:
        batch_op.alter_column('status', server_default=None)
        batch_op.alter_column('reason', server_default=None)


def downgrade() -> None:
    with op.batch_alter_table('eventaction', schema=None) as batch_op:
        batch_op.drop_column('reason')
        batch_op.drop_column('status')
