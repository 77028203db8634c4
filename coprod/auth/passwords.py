"""Password hashing with Argon2id (argon2-cffi's current recommended parameters)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.profiles import CHEAPEST, RFC_9106_LOW_MEMORY

_hashers = {False: PasswordHasher.from_parameters(RFC_9106_LOW_MEMORY),
            True: PasswordHasher.from_parameters(CHEAPEST)}

MIN_LENGTH = 12


def hash_password(password: str, fast: bool = False) -> str:
    """A salted Argon2id hash; `fast` is for tests only."""
    return _hashers[fast].hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True when the password matches; never raises on a bad or foreign hash."""
    try:
        return _hashers[False].verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# A real hash to check against when the email is unknown, so both paths take as long.
DUMMY_HASH = hash_password("not-a-real-password-for-timing")
