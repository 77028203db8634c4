"""Analysing comments and storing what was found, without ever undoing a person's decision.

`analyse_comment` runs when a comment is added (coprod.voice.services.add_comment calls it):
it redacts the display text, stores sentiment, phrases and suggested themes, and raises a
safeguarding flag when the text may be a concern. `retheme_chunk` themes stored comments
again with the area's current codebook, a chunk per commit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, or_
from sqlmodel import Session, func, select

from coprod.common.time import utcnow
from coprod.text.pipeline import Analysis, analyse
from coprod.voice.area_codebooks import AreaBook, area_codebook
from coprod.voice.findings import CommentAnalysis, CommentTheme, SafeguardingFlag, Source, Status
from coprod.voice.models import Comment

CHUNK = 500


def analyse_comment(session: Session, comment: Comment, book: AreaBook | None = None,
                    kept: frozenset[str] | set[str] = frozenset()) -> Analysis:
    """Analyse a comment that has no analysis yet and store the results (flushed, not
    committed). Themes in `kept` (a person's decisions) get no automatic suggestion."""
    with session.no_autoflush:  # so the comment is written once, already redacted
        book = book or area_codebook(session, comment.area_id)
    result = analyse(comment.original_text, book.codebook)
    comment.display_text = result.redacted_text
    session.add(comment)
    session.flush()
    session.add(CommentAnalysis(comment_id=comment.id, area_id=comment.area_id,
                                sentiment=result.sentiment, polarity=result.polarity,
                                phrases=list(result.phrases), codebook_version=book.version,
                                analysed_at=utcnow()))
    _suggest(session, comment, result, kept)
    session.flush()
    return result


def _suggest(session: Session, comment: Comment, result: Analysis,
             kept: set[str] | frozenset[str]) -> None:
    """Store the automatic theme suggestions (not those a person decided) and any flag."""
    for theme_id, confidence in result.themes:
        if theme_id not in kept:
            session.add(CommentTheme(comment_id=comment.id, area_id=comment.area_id,
                                     theme_id=theme_id, confidence=confidence))
    if result.safeguarding:
        _flag(session, comment, result.safeguarding_reasons)


def _flag(session: Session, comment: Comment, reasons: Iterable[str]) -> None:
    """Raise an automatic flag unless the comment already has one (whatever its outcome)."""
    existing = session.exec(select(SafeguardingFlag)
                            .where(SafeguardingFlag.comment_id == comment.id)).first()
    if existing is None:
        session.add(SafeguardingFlag(comment_id=comment.id, area_id=comment.area_id,
                                     reasons=list(reasons), raised_by=Source.AUTO.value))


def _out_of_date(area_id: int, version: int):
    """Comments of the area not yet analysed with this codebook version, oldest first."""
    return (select(Comment, CommentAnalysis)
            .join(CommentAnalysis, CommentAnalysis.comment_id == Comment.id, isouter=True)
            .where(Comment.area_id == area_id,
                   or_(CommentAnalysis.comment_id.is_(None),
                       CommentAnalysis.codebook_version != version))
            .order_by(Comment.id))


def _kept_themes(session: Session, comment_ids: list[int]) -> dict[int, set[str]]:
    """Themes a person decided, per comment: re-theming must not touch them."""
    rows = session.exec(select(CommentTheme.comment_id, CommentTheme.theme_id).where(
        CommentTheme.comment_id.in_(comment_ids),
        or_(CommentTheme.source == Source.PERSON.value,
            CommentTheme.status != Status.SUGGESTED.value))).all()
    kept: dict[int, set[str]] = {}
    for comment_id, theme_id in rows:
        kept.setdefault(comment_id, set()).add(theme_id)
    return kept


def _retheme_one(session: Session, comment: Comment, stored: CommentAnalysis,
                 book: AreaBook, kept: set[str]) -> None:
    result = analyse(comment.original_text, book.codebook)
    if stored.sentiment_set_by_id is None:
        stored.sentiment = result.sentiment
    stored.polarity, stored.phrases = result.polarity, list(result.phrases)
    stored.codebook_version, stored.analysed_at = book.version, utcnow()
    session.add(stored)
    _suggest(session, comment, result, kept)


def retheme_chunk(session: Session, area_id: int, size: int = CHUNK) -> int:
    """Theme up to `size` out-of-date comments with the current codebook, in one commit.
    Only automatic suggestions are replaced. Returns how many comments were done."""
    book = area_codebook(session, area_id)
    rows = session.exec(_out_of_date(area_id, book.version).limit(size)
                        .with_for_update(skip_locked=True, of=Comment)).all()
    if not rows:
        session.commit()  # ends the transaction (and SQLite's write lock) at once
        return 0
    ids = [comment.id for comment, _stored in rows]
    session.exec(delete(CommentTheme).where(
        CommentTheme.comment_id.in_(ids), CommentTheme.source == Source.AUTO.value,
        CommentTheme.status == Status.SUGGESTED.value))
    kept = _kept_themes(session, ids)
    for comment, stored in rows:
        if stored is None:
            analyse_comment(session, comment, book, kept.get(comment.id, set()))
        else:
            _retheme_one(session, comment, stored, book, kept.get(comment.id, set()))
    session.commit()
    return len(rows)


@dataclass(frozen=True)
class Progress:
    """How far re-theming has got, counted from the data itself."""

    version: int
    done: int
    total: int

    @property
    def finished(self) -> bool:
        """Every comment is themed with the current codebook."""
        return self.done >= self.total


def progress(session: Session, area_id: int) -> Progress:
    """Comments analysed with the area's current codebook, out of all the area's comments."""
    version = area_codebook(session, area_id).version
    total = session.exec(select(func.count()).select_from(Comment)
                         .where(Comment.area_id == area_id)).one()
    done = session.exec(select(func.count()).select_from(CommentAnalysis).where(
        CommentAnalysis.area_id == area_id,
        CommentAnalysis.codebook_version == version)).one()
    return Progress(version, done, total)


def last_themed_at(session: Session, area_id: int, version: int):
    """When a comment was last themed with this version (None if none yet)."""
    return session.exec(select(func.max(CommentAnalysis.analysed_at)).where(
        CommentAnalysis.area_id == area_id,
        CommentAnalysis.codebook_version == version)).one()


def analyse_area(session: Session, area_id: int) -> int:
    """Analyse every comment in the area that is not up to date (demo data, the command line)."""
    done = 0
    while count := retheme_chunk(session, area_id):
        done += count
    return done
