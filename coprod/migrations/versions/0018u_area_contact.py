"""Areas say how families can contact their participation team (shown where coprod asks for
feedback: the accessibility statement the phase banner links to)

Revision ID: 0018u_area_contact
Revises: 0018t_ids_never_reused
Create Date: 2026-12-05 16:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0018u_area_contact'
down_revision: str | None = '0018t_ids_never_reused'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('area', schema=None) as batch_op:
        batch_op.add_column(sa.Column('contact_email', sqlmodel.sql.sqltypes.AutoString(
            length=254), nullable=True))
        batch_op.add_column(sa.Column('contact_phone', sqlmodel.sql.sqltypes.AutoString(
            length=30), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('area', schema=None) as batch_op:
        batch_op.drop_column('contact_phone')
        batch_op.drop_column('contact_email')
