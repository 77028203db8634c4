"""Comments record whether the person agreed their words can be shared (quoted on public pages)

Existing comments record no answer (NULL): nobody was asked, so none of them can be approved
for public pages, and quotes already approved stop showing until a yes is recorded.

Revision ID: 0018c_share_consent
Revises: 0018r_forget_quotes
Create Date: 2026-12-05 10:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0018c_share_consent'
down_revision: str | None = '0018r_forget_quotes'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('share_consent', sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.drop_column('share_consent')
