"""Reports: charts kept by their numbers, the area's SEND population, the draft
self-evaluation and saved (frozen) reports

Revision ID: 0012_reports
Revises: 0011_charters
Create Date: 2026-12-03 15:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0012_reports'
down_revision: str | None = '0011_charters'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'chartimage',
        sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('spec', sa.JSON(), nullable=False),
        sa.Column('png', sa.LargeBinary(), nullable=True),
        sa.Column('svg', sa.Text(), nullable=True),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('key'))
    op.create_table(
        'sendpopulation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('area_id', sa.Integer(), nullable=False),
        sa.Column('phase', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column('ehc_plans', sa.Integer(), nullable=False),
        sa.Column('sen_support', sa.Integer(), nullable=False),
        sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['area_id'], ['area.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('area_id', 'phase', name='uq_sendpopulation_phase'))
    op.create_index(op.f('ix_sendpopulation_area_id'), 'sendpopulation', ['area_id'])
    op.create_table(
        'selfevaluation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('area_id', sa.Integer(), nullable=False),
        sa.Column('text', sqlmodel.sql.sqltypes.AutoString(length=10000), nullable=False),
        sa.Column('updated_by_id', sa.Integer(), nullable=True),
        sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['area_id'], ['area.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['updated_by_id'], ['user.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('area_id'))
    op.create_table(
        'savedreport',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('area_id', sa.Integer(), nullable=False),
        sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column('date_from', sa.Date(), nullable=False),
        sa.Column('date_to', sa.Date(), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['area_id'], ['area.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['created_by_id'], ['user.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'))
    op.create_index(op.f('ix_savedreport_area_id'), 'savedreport', ['area_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_savedreport_area_id'), table_name='savedreport')
    op.drop_table('savedreport')
    op.drop_table('selfevaluation')
    op.drop_index(op.f('ix_sendpopulation_area_id'), table_name='sendpopulation')
    op.drop_table('sendpopulation')
    op.drop_table('chartimage')
