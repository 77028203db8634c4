"""Survey versions say when their questions last changed

Revision ID: 0006_version_updated_at
Revises: 0005_code_throttle
Create Date: 2026-11-23 02:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0006_version_updated_at'
down_revision: str | None = '0005_code_throttle'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('surveyversion', schema=None) as batch_op:
        batch_op.add_column(sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(),
                                      nullable=True))
    op.execute("UPDATE surveyversion SET updated_at = created_at")
    with op.batch_alter_table('surveyversion', schema=None) as batch_op:
        batch_op.alter_column('updated_at', existing_type=sqlmodel.sql.sqltypes.UTCDateTime(),
                              nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('surveyversion', schema=None) as batch_op:
        batch_op.drop_column('updated_at')
