"""Signing in, throttling failed attempts, inviting people and accepting invitations."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, literal, or_, update
from sqlmodel import Session, select

from coprod.areas.models import Area, Membership, Role
from coprod.auth.models import Invite, SignInThrottle, User
from coprod.auth.passwords import DUMMY_HASH, hash_password, verify_password
from coprod.common.records import upsert
from coprod.common.time import utcnow


@dataclass(frozen=True)
class ThrottleRules:
    """How sign-in failures are slowed and then locked (from config)."""

    slow_after: int = 3
    slow_seconds: int = 10
    lock_after: int = 6
    lock_minutes: int = 15


@dataclass(frozen=True)
class SignInResult:
    """What happened to a sign-in: a user, or why not (and until when)."""

    user: User | None = None
    problem: str | None = None  # "wrong", "slow", "locked"
    wait_until: datetime | None = None


def normalise_email(email: str) -> str:
    """Emails compare case-insensitively and without stray spaces."""
    return email.strip().lower()


def _blocked(row: SignInThrottle, rules: ThrottleRules, now: datetime) -> SignInResult | None:
    if row.locked_until and row.locked_until > now:
        return SignInResult(problem="locked", wait_until=row.locked_until)
    if row.failures >= rules.slow_after and row.last_failure_at:
        next_try = row.last_failure_at + timedelta(seconds=rules.slow_seconds)
        if next_try > now:
            return SignInResult(problem="slow", wait_until=next_try)
    return None


def _take_a_try(session: Session, email: str, rules: ThrottleRules, now: datetime):
    """Count this attempt as a failure before the password is checked, in one statement, unless
    the email is locked or must wait: (failures, locked_until), or None when it may not try.
    Read, add one, write let 32 attempts at once all pass the check (issue 11.3)."""
    t = SignInThrottle.__table__.c
    lock_until = now + timedelta(minutes=rules.lock_minutes)
    may_try = ~or_(and_(t.locked_until.is_not(None), t.locked_until > now),  # never NULL
                   and_(t.failures >= rules.slow_after, t.last_failure_at.is_not(None),
                        t.last_failure_at > now - timedelta(seconds=rules.slow_seconds)))
    statement = upsert(session, SignInThrottle).values(
        email=email, failures=1, last_failure_at=now,
        locked_until=lock_until if rules.lock_after <= 1 else None)
    guarded = statement.on_conflict_do_update(
        index_elements=[t.email], where=may_try,
        set_={"failures": t.failures + 1, "last_failure_at": now,
              "locked_until": case((t.failures + 1 >= rules.lock_after,
                                    literal(lock_until, t.locked_until.type)),
                                   else_=literal(None, t.locked_until.type))},
    ).returning(t.failures, t.locked_until)
    taken = session.execute(guarded).first()
    session.commit()
    return taken


def sign_in(session: Session, email: str, password: str, rules: ThrottleRules) -> SignInResult:
    """Check a password, counting failures per email address in the database. Each attempt is
    counted before its password is checked and forgiven when it was right, so however many
    arrive at once, no more are checked than the rules allow."""
    email, now = normalise_email(email), utcnow()
    taken = _take_a_try(session, email, rules, now)
    if taken is None:
        row = session.exec(select(SignInThrottle).where(SignInThrottle.email == email)
                           .execution_options(populate_existing=True)).one()
        return _blocked(row, rules, now) or SignInResult(
            problem="slow", wait_until=now + timedelta(seconds=rules.slow_seconds))
    user = session.exec(select(User).where(User.email == email)).first()
    ok = verify_password(user.password_hash if user else DUMMY_HASH, password)
    if ok and user and user.active:
        session.execute(update(SignInThrottle).where(SignInThrottle.email == email)
                        .values(failures=0, locked_until=None)
                        .execution_options(synchronize_session=False))
        session.commit()
        return SignInResult(user=user)
    if taken.locked_until:
        return SignInResult(problem="locked", wait_until=taken.locked_until)
    return SignInResult(problem="wrong")


def end_sessions(session: Session, user: User) -> None:
    """Make every session this person has open, on any device, stop working (signing out, or a
    new password): each session remembers the version it began with (coprod.common.web)."""
    session.execute(update(User).where(User.id == user.id)
                    .values(session_version=User.session_version + 1)
                    .execution_options(synchronize_session=False))
    session.commit()
    session.refresh(user)


def set_password(session: Session, user: User, password: str, fast_hash: bool = False) -> None:
    """A new password, which also ends every session begun with the old one."""
    user.password_hash = hash_password(password, fast=fast_hash)
    session.add(user)
    end_sessions(session, user)


def memberships_of(session: Session, user_id: int) -> list[tuple[Membership, Area]]:
    """A person's areas and roles, by area name."""
    rows = session.exec(
        select(Membership, Area).join(Area, Area.id == Membership.area_id)
        .where(Membership.user_id == user_id).order_by(Area.name)
    )
    return list(rows.all())


def role_in_area(session: Session, user_id: int, area_id: int) -> str | None:
    """The person's role in one area, or None when they have none there."""
    membership = session.exec(
        select(Membership).where(Membership.user_id == user_id, Membership.area_id == area_id)
    ).first()
    return membership.role if membership else None


def create_user(session: Session, email: str, name: str, password: str, area: Area,
                role: Role, fast_hash: bool = False) -> User:
    """A new account with one role in one area."""
    user = User(email=normalise_email(email), name=name.strip(),
                password_hash=hash_password(password, fast=fast_hash))
    session.add(user)
    session.flush()
    session.add(Membership(user_id=user.id, area_id=area.id, role=role.value))
    session.commit()
    return user


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_invite(session: Session, area_id: int, email: str, role: Role, created_by_id: int,
                  hours: int = 72) -> tuple[Invite, str]:
    """An invitation and its one-time token (shown once, stored only as a hash)."""
    token = secrets.token_urlsafe(32)
    invite = Invite(token_hash=_token_hash(token), area_id=area_id, email=normalise_email(email),
                    role=role.value, created_by_id=created_by_id,
                    expires_at=utcnow() + timedelta(hours=hours))
    session.add(invite)
    session.commit()
    return invite, token


def find_invite(session: Session, token: str) -> tuple[Invite | None, str | None]:
    """The invitation for a token, or why it cannot be used ("unknown", "used", "expired")."""
    invite = session.exec(select(Invite).where(Invite.token_hash == _token_hash(token))).first()
    if invite is None:
        return None, "unknown"
    if invite.used_at is not None:
        return invite, "used"
    if invite.expires_at <= utcnow():
        return invite, "expired"
    return invite, None


def existing_user(session: Session, email: str) -> User | None:
    """The account for an email address, if there is one."""
    return session.exec(select(User).where(User.email == normalise_email(email))).first()


def accept_invite(session: Session, invite: Invite, name: str, password: str,
                  fast_hash: bool = False) -> User:
    """Use an invitation: a new account, or a new area for an existing one."""
    user = existing_user(session, invite.email)
    if user is None:
        user = User(email=invite.email, name=name.strip(),
                    password_hash=hash_password(password, fast=fast_hash))
        session.add(user)
        session.flush()
    if role_in_area(session, user.id, invite.area_id) is None:
        session.add(Membership(user_id=user.id, area_id=invite.area_id, role=invite.role))
    invite.used_at = utcnow()
    session.add(invite)
    session.commit()
    return user


def area_members(session: Session, area_id: int) -> list[tuple[User, Membership]]:
    """Everyone with a role in the area, by name."""
    rows = session.exec(
        select(User, Membership).join(Membership, Membership.user_id == User.id)
        .where(Membership.area_id == area_id).order_by(User.name)
    )
    return list(rows.all())


def pending_invites(session: Session, area_id: int) -> list[Invite]:
    """Invitations not yet used or expired, newest first."""
    rows = session.exec(
        select(Invite).where(Invite.area_id == area_id, Invite.used_at.is_(None),
                             Invite.expires_at > utcnow()).order_by(Invite.created_at.desc())
    )
    return list(rows.all())


# People in an area: roles, removal, invitations. An area always keeps at least one admin.

def membership_in_area(session: Session, area_id: int, user_id: int
                       ) -> tuple[User, Membership] | None:
    """One person of this area with their role, or None (another area's person is not found)."""
    return session.exec(select(User, Membership).join(Membership, Membership.user_id == User.id)
                        .where(Membership.area_id == area_id, User.id == user_id)).first()


def _admins(session: Session, area_id: int) -> int:
    return len(session.exec(select(Membership.id).where(
        Membership.area_id == area_id, Membership.role == Role.ADMIN.value)).all())


def why_not_change(session: Session, membership: Membership, new_role: Role | None) -> str | None:
    """Why this person's role cannot change to new_role (None: removed from the area), or None.
    The last admin of an area stays one: no one else could manage its people."""
    if membership.role == Role.ADMIN.value and new_role != Role.ADMIN and \
            _admins(session, membership.area_id) <= 1:
        return "last_admin"
    return None


def change_role(session: Session, membership: Membership, role: Role) -> None:
    """Give a person another role in the area (checked first with why_not_change)."""
    membership.role = role.value
    session.add(membership)
    session.commit()


def remove_from_area(session: Session, membership: Membership) -> None:
    """Take a person out of the area (checked first with why_not_change). Their account and
    everything they did stay, still shown as theirs; they can no longer work in this area."""
    session.delete(membership)
    session.commit()


def invite_in_area(session: Session, area_id: int, invite_id: int) -> Invite | None:
    """One of the area's unused invitations, or None."""
    return session.exec(select(Invite).where(Invite.id == invite_id, Invite.area_id == area_id,
                                             Invite.used_at.is_(None))).first()


def withdraw_invite(session: Session, invite: Invite) -> None:
    """Withdraw an unused invitation: its link stops working at once."""
    session.delete(invite)
    session.commit()


def member_with_email(session: Session, area_id: int, email: str
                      ) -> tuple[User, Membership] | None:
    """The person in this area with this email address, if any (before inviting them again)."""
    return session.exec(select(User, Membership).join(Membership, Membership.user_id == User.id)
                        .where(Membership.area_id == area_id,
                               User.email == normalise_email(email))).first()
