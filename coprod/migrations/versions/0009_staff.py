"""Staff work (issue 13): quotes published only with a person's yes; safeguarding casework
(in progress, referred, a history of steps) and the area's local procedure

Revision ID: 0009_staff
Revises: 0007_reliability
Create Date: 2026-12-03 15:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0009_staff'
down_revision: str | None = '0007_reliability'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Every comment starts unapproved: quotes public pages showed before a person said yes
    # are no longer shown until someone approves each one.
    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('published_at', sqlmodel.sql.sqltypes.UTCDateTime(),
                                      nullable=True))
        batch_op.add_column(sa.Column('published_by_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_comment_published_by_id_user', 'user',
                                    ['published_by_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('safeguardingflag', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assigned_to_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('referred_to', sqlmodel.sql.sqltypes.AutoString(
            length=200), nullable=False, server_default=''))
        batch_op.create_foreign_key('fk_safeguardingflag_assigned_to_id_user', 'user',
                                    ['assigned_to_id'], ['id'], ondelete='SET NULL')
    with op.batch_alter_table('safeguardingflag', schema=None) as batch_op:
        batch_op.alter_column('referred_to', server_default=None)
    op.create_table(
        'flagstep',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('flag_id', sa.Integer(), nullable=False),
        sa.Column('area_id', sa.Integer(), nullable=False),
        sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('by_id', sa.Integer(), nullable=True),
        sa.Column('from_outcome', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column('assigned_to_id', sa.Integer(), nullable=True),
        sa.Column('referred_to', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.ForeignKeyConstraint(['area_id'], ['area.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['assigned_to_id'], ['user.id'], ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['by_id'], ['user.id'], ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['flag_id'], ['safeguardingflag.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_flagstep_flag_id', 'flagstep', ['flag_id'])
    op.create_index('ix_flagstep_area_id', 'flagstep', ['area_id'])
    op.create_table(
        'safeguardingprocedure',
        sa.Column('area_id', sa.Integer(), nullable=False),
        sa.Column('text', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column('front_door_phone', sqlmodel.sql.sqltypes.AutoString(length=40),
                  nullable=False),
        sa.Column('out_of_hours_phone', sqlmodel.sql.sqltypes.AutoString(length=40),
                  nullable=False),
        sa.Column('updated_by_id', sa.Integer(), nullable=True),
        sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['area_id'], ['area.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['updated_by_id'], ['user.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('area_id'),
    )


def downgrade() -> None:
    op.drop_table('safeguardingprocedure')
    op.drop_index('ix_flagstep_area_id', table_name='flagstep')
    op.drop_index('ix_flagstep_flag_id', table_name='flagstep')
    op.drop_table('flagstep')
    with op.batch_alter_table('safeguardingflag', schema=None) as batch_op:
        batch_op.drop_constraint('fk_safeguardingflag_assigned_to_id_user', type_='foreignkey')
        batch_op.drop_column('referred_to')
        batch_op.drop_column('assigned_to_id')
    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.drop_constraint('fk_comment_published_by_id_user', type_='foreignkey')
        batch_op.drop_column('published_by_id')
        batch_op.drop_column('published_at')
