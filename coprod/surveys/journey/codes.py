"""Short codes a respondent can read, write down and type back: the resume code and the receipt.

Both use an alphabet without look-alikes (no 0/O, 1/I/L), grouped in fours like `K7P4-QX9M`.
Only a hash of the resume code is stored; the receipt code is stored as it is (it only deletes).
"""

from __future__ import annotations

import hashlib
import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8
_NOT_CODE = re.compile(r"[^0-9A-Z]")


def new_code(length: int = CODE_LENGTH) -> str:
    """A random code from the unambiguous alphabet, grouped in fours: `K7P4-QX9M`."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(length))
    return group(raw)


def group(raw: str) -> str:
    """Put a dash between each group of four characters."""
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def normalise(typed: str | None) -> str:
    """A code as someone typed it ("k7p4 qx9m", "K7P4-QX9M ") in its stored form, or ""."""
    raw = _NOT_CODE.sub("", (typed or "").upper())
    if len(raw) != CODE_LENGTH or any(ch not in ALPHABET for ch in raw):
        return ""
    return group(raw)


def code_hash(code: str) -> str:
    """The stored form of a resume code: a SHA-256 of its normalised form (64 hex characters)."""
    return hashlib.sha256(normalise(code).encode("ascii")).hexdigest()
