"""Every safeguarding rule, one module a category; a comment's reasons come in this order."""

from __future__ import annotations

from coprod.text.safeguarding.rule import Rule
from coprod.text.safeguarding.rules import (
    abuse,
    carer_crisis,
    domestic,
    emotional,
    exploitation,
    injury,
    medical,
    mental_crisis,
    missing,
    neglect,
    online,
    physical,
    radicalisation,
    restraint,
    secrets,
    self_harm,
    sexual,
    suicidal,
    threats,
    unsafe,
)

RULES: tuple[Rule, ...] = (
    *suicidal.RULES,
    *self_harm.RULES,
    *physical.RULES,
    *injury.RULES,
    *sexual.RULES,
    *online.RULES,
    *secrets.RULES,
    *emotional.RULES,
    *neglect.RULES,
    *medical.RULES,
    *domestic.RULES,
    *threats.RULES,
    *exploitation.RULES,
    *radicalisation.RULES,
    *missing.RULES,
    *unsafe.RULES,
    *restraint.RULES,
    *abuse.RULES,
    *mental_crisis.RULES,
    *carer_crisis.RULES,
)
