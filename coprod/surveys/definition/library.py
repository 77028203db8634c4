"""Surveys an area holds: import from a file or an upload, versions, templates, listing.

Saving a definition never changes what an earlier respondent answered: when the current version
has responses a new version is made, otherwise the current version is replaced in place.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, func, select

from coprod.common.time import utcnow
from coprod.surveys.definition.survey import (
    SurveyDefinition,
    SurveyFileError,
    SurveyProblem,
    load_survey_file,
    load_survey_text,
    shipped_survey_files,
    survey_from_dict,
    survey_to_dict,
)
from coprod.surveys.models import (
    ResponseStatus,
    Survey,
    SurveyResponse,
    SurveyStatus,
    SurveyVersion,
)

MAX_UPLOAD_BYTES = 512 * 1024


@dataclass(frozen=True)
class Template:
    """A survey shipped in `surveys/` that an area can start from."""

    name: str
    title: str
    audience: str
    easy_read: bool
    questions: int


@dataclass(frozen=True)
class Imported:
    """What an import did: the survey, the version now current, and whether it is new."""

    survey: Survey
    version: SurveyVersion
    created: bool
    new_version: bool


def survey_templates() -> list[Template]:
    """Every shipped survey template, by file name."""
    found = []
    for path in shipped_survey_files():
        defn = load_survey_file(path)
        found.append(Template(path.stem, defn.title, defn.audience, defn.easy_read,
                              len(defn.questions)))
    return found


def template_definition(name: str) -> SurveyDefinition:
    """The definition of one shipped template; KeyError for an unknown name."""
    for path in shipped_survey_files():
        if path.stem == name:
            return load_survey_file(path)
    raise KeyError(name)


def read_upload(data: bytes, filename: str) -> SurveyDefinition:
    """An uploaded YAML file as a definition; SurveyFileError says what is wrong and where."""
    name = Path(filename or "survey.yaml").name
    if len(data) > MAX_UPLOAD_BYTES:
        raise SurveyFileError([SurveyProblem(name, None, "", "The file must be 512 KB or smaller")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problem = SurveyProblem(name, None, "", "Save the file as UTF-8 text")
        raise SurveyFileError([problem]) from error
    return load_survey_text(text, name)


def import_file(session: Session, area_id: int, path: str | Path,
                user_id: int | None = None) -> Imported:
    """Load a survey file and import it into an area (see `import_definition`)."""
    return import_definition(session, area_id, load_survey_file(path), user_id, Path(path).name)


def import_definition(session: Session, area_id: int, defn: SurveyDefinition,
                      user_id: int | None = None, filename: str = "survey") -> Imported:
    """A new draft survey, or (same slug, same area) the survey's definition saved again."""
    survey = survey_by_slug(session, defn.slug)
    if survey is not None and survey.area_id != area_id:
        message = f"The slug '{defn.slug}' is used by another area's survey: choose another"
        raise SurveyFileError([SurveyProblem(filename, None, "slug", message)])
    if survey is None:
        survey = create_survey(session, area_id, defn, user_id)
        return Imported(survey, current_version(session, survey.id), True, False)
    before = current_version(session, survey.id).number
    version = save_definition(session, survey, defn, user_id)
    return Imported(survey, version, False, version.number != before)


def create_survey(session: Session, area_id: int, defn: SurveyDefinition,
                  user_id: int | None = None) -> Survey:
    """A draft survey with its first version."""
    survey = Survey(area_id=area_id, slug=defn.slug, title=defn.title,
                    status=SurveyStatus.DRAFT.value, opens_on=defn.opens_on,
                    closes_on=defn.closes_on, created_by_id=user_id)
    session.add(survey)
    session.flush()
    session.add(SurveyVersion(survey_id=survey.id, number=1, definition=survey_to_dict(defn),
                              created_by_id=user_id))
    session.commit()
    return survey


def save_definition(session: Session, survey: Survey, defn: SurveyDefinition,
                    user_id: int | None = None) -> SurveyVersion:
    """Save edited questions: a new version if anyone answered the current one, else in place."""
    version = current_version(session, survey.id)
    data = survey_to_dict(survey_from_dict({**survey_to_dict(defn), "slug": survey.slug}))
    if version_has_responses(session, version.id):
        version = SurveyVersion(survey_id=survey.id, number=version.number + 1,
                                definition=data, created_by_id=user_id)
    else:
        version.definition = data
        version.created_by_id = user_id
        version.updated_at = utcnow()
    survey.title = defn.title
    survey.updated_at = utcnow()
    session.add_all([version, survey])
    session.commit()
    return version


def survey_by_slug(session: Session, slug: str) -> Survey | None:
    """The survey with this slug in any area (slugs are unique across the site)."""
    return session.exec(select(Survey).where(Survey.slug == slug)).first()


def current_version(session: Session, survey_id: int) -> SurveyVersion:
    """The survey's newest version: the one new respondents answer."""
    version = session.exec(select(SurveyVersion).where(SurveyVersion.survey_id == survey_id)
                           .order_by(SurveyVersion.number.desc())).first()
    if version is None:  # a survey is made with its first version, so this is a bug
        raise LookupError(f"Survey {survey_id} has no version")
    return version


def current_definition(session: Session, survey: Survey) -> SurveyDefinition:
    """The questions new respondents see."""
    return survey_from_dict(current_version(session, survey.id).definition, survey.slug)


def versions_of(session: Session, survey_id: int) -> list[SurveyVersion]:
    """Every version of a survey, oldest first."""
    return list(session.exec(select(SurveyVersion).where(SurveyVersion.survey_id == survey_id)
                             .order_by(SurveyVersion.number)).all())


def version_has_responses(session: Session, version_id: int) -> bool:
    """Whether anyone has started answering this version."""
    query = select(SurveyResponse.id).where(SurveyResponse.version_id == version_id)
    return session.exec(query.limit(1)).first() is not None


def editing_makes_new_version(session: Session, survey: Survey) -> bool:
    """What the builder says before saving: True when saving will make a new version."""
    return version_has_responses(session, current_version(session, survey.id).id)


def response_counts(session: Session, area_id: int) -> dict[int, int]:
    """How many responses each of the area's surveys has, by survey id: sent ones and partial
    ones kept when a survey closed, as the results page counts them (not people still
    answering), so the two pages never disagree."""
    counted = (ResponseStatus.COMPLETE.value, ResponseStatus.PARTIAL.value)
    rows = session.exec(select(SurveyResponse.survey_id, func.count(SurveyResponse.id))
                        .where(SurveyResponse.area_id == area_id,
                               SurveyResponse.status.in_(counted))
                        .group_by(SurveyResponse.survey_id)).all()
    return dict(rows)


def surveys_for_area(session: Session, area_id: int) -> list[Survey]:
    """The area's surveys, newest first."""
    return list(session.exec(select(Survey).where(Survey.area_id == area_id)
                             .order_by(Survey.created_at.desc(), Survey.id.desc())).all())


def surveys_by_title(session: Session, area_id: int) -> list[tuple[Survey, str]]:
    """The area's surveys in the order of their titles, each with the title to choose it by;
    a title two surveys share is told apart by the slug."""
    surveys = sorted(surveys_for_area(session, area_id), key=lambda s: s.title.casefold())
    shared = {title for title, n in Counter(s.title for s in surveys).items() if n > 1}
    return [(s, f"{s.title} ({s.slug})" if s.title in shared else s.title) for s in surveys]


def free_slug(session: Session, wanted: str) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`... whichever no survey uses yet (60 characters max)."""
    base = wanted[:54].strip("-") or "survey"
    slug, number = base, 1
    while survey_by_slug(session, slug) is not None:
        number += 1
        slug = f"{base}-{number}"
    return slug
