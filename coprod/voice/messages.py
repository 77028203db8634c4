"""What the pages say after comments are added, shared by every page that adds them (the
voice record's and an event's "what we heard")."""

from __future__ import annotations

from flask_babel import ngettext

from coprod.voice.services import Added


def saved_message(added: Added, blank: int, kind: str) -> str:
    """'4 comments saved. 1 went straight to the safeguarding lead... 2 blank lines skipped.'
    Never the flagged words: the person who typed them may not see them."""
    message = ngettext("%(num)d comment saved.", "%(num)d comments saved.", added.saved)
    if added.to_safeguarding:
        message += " " + ngettext(
            "%(num)d may be a safeguarding concern: it went straight to the safeguarding lead "
            "and is hidden from the lists.",
            "%(num)d may be safeguarding concerns: they went straight to the safeguarding lead "
            "and are hidden from the lists.", added.to_safeguarding)
    if blank and kind == "line":
        message += " " + ngettext("%(num)d blank line skipped.", "%(num)d blank lines skipped.",
                                  blank)
    elif blank:
        message += " " + ngettext("%(num)d blank row skipped.", "%(num)d blank rows skipped.",
                                  blank)
    return message
