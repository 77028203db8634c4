"""Areas name the helpline the product points people to when they may not be safe

Revision ID: 0015_polish
Revises: 0012_reports
Create Date: 2026-12-03 16:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0015_polish'
down_revision: str | None = '0012_reports'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('area', schema=None) as batch_op:
        batch_op.add_column(sa.Column('helpline_name', sqlmodel.sql.sqltypes.AutoString(
            length=100), nullable=True))
        batch_op.add_column(sa.Column('helpline_phone', sqlmodel.sql.sqltypes.AutoString(
            length=30), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('area', schema=None) as batch_op:
        batch_op.drop_column('helpline_phone')
        batch_op.drop_column('helpline_name')
