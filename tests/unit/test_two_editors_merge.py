"""common.edits: two people editing one record at once, as pure functions."""

from coprod.common.edits import fingerprint, merge

OPENED = {"we_did": "asked", "impact": "", "themes": ("transport",)}


def test_only_what_this_person_changed_is_written():
    stored = {**OPENED, "impact": "halved"}  # someone else saved the impact meanwhile
    merged = merge(fingerprint(OPENED), stored, {**OPENED, "we_did": "changed"})
    assert merged.values == {"we_did": "changed", "impact": "halved", "themes": ("transport",)}
    assert merged.conflicts == ()


def test_a_field_both_changed_differently_is_a_conflict_and_not_written():
    stored = {**OPENED, "we_did": "theirs"}
    merged = merge(fingerprint(OPENED), stored, {**OPENED, "we_did": "mine"})
    assert merged.conflicts == ("we_did",) and merged.values["we_did"] == "theirs"
    same = merge(fingerprint(OPENED), stored, {**OPENED, "we_did": "theirs"})
    assert same.conflicts == ()  # both made the same change: nothing to ask


def test_without_a_fingerprint_every_field_is_taken_as_typed():
    for opened in (None, "", "not json", "[1, 2]"):
        merged = merge(opened, {**OPENED, "impact": "halved"}, OPENED)
        assert merged.values == OPENED and merged.conflicts == ()
