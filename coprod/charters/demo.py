"""Demo data: the model charter signed by five organisations, six projects at different stages
and levels, and evaluations by officers, families and young people that disagree on one
principle ("Tell my story once"), so the dashboard has something true to say."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session, select

from coprod.areas.models import Area
from coprod.charters import evaluation, services
from coprod.charters.files import CHARTERS_DIR, read_charter_file
from coprod.charters.models import Project, Source
from coprod.charters.scale import LUNDY
from coprod.events.demo import Town
from coprod.events.models import ListeningEvent
from coprod.surveys.models import Survey
from coprod.yousaid.models import YouSaidItem

SIGNATORIES = [
    ("Northvale Council", "council", "Amira Begum, Director of Children's Services",
     date(2026, 1, 20), "We will bring families into every SEND project before the plan is "
     "written, and we will publish what changed each term."),
    ("Northvale Integrated Care Board", "health", "Dr Paul Evans, Designated Clinical Officer",
     date(2026, 1, 20), "We will ask families once and share what they tell us, with their "
     "agreement, so that nobody has to repeat their story to every clinic."),
    ("Northvale Parent Carer Forum", "parent_carer_forum", "Jo Hughes, Chair",
     date(2026, 1, 27), "We will bring the views of families we hear least, and tell leaders "
     "plainly when co-production is not happening."),
    ("Riverside Academy Trust", "school_or_college", "Mark Allen, SENCO lead",
     date(2026, 2, 3), "Our SENCOs will invite parents to help review how we run annual "
     "reviews, and we will tell them what we changed."),
    ("Northvale Youth Voice", "young_peoples_group", "Leah, youth voice lead",
     date(2026, 2, 10), "We will check that young people get a safe place to speak, and we "
     "will tell other young people what changed."),
]
PROJECTS = [
    ("Redesigning annual reviews", "delivery", "co_produce",
     "Parent carer forum, SENDIASS, schools", "A new annual review meeting and paperwork."),
    ("Short breaks offer", "review", "co_design", "Parent carer forum, short breaks providers",
     "Who can get short breaks and how to ask."),
    ("Preparing for adulthood guide", "design", "involve", "Northvale Youth Voice, college",
     "A guide for young people aged 14 to 25."),
    ("Neurodevelopmental pathway", "delivery", "consult", "Integrated Care Board, CAMHS",
     "Waiting times and support while families wait."),
    ("Local Offer website", "idea", "inform", "Council web team",
     "Making the Local Offer easier to find things on."),
    ("EHC plan template", "review", "co_produce", "Parent carer forum, SENDIASS",
     "A clearer education, health and care plan."),
]
# (principle, officers' scores, families' scores, families' evidence)
RATINGS = {
    "start_together": ([4, 3, 4, 3, 3], [3, 3, 4, 2, 3, 3], "We were asked before anything was "
                       "written."),
    "no_decision_without_me": ([3, 3, 3, 4, 3], [3, 2, 3, 3, 2], ""),
    "tell_my_story_once": ([4, 3, 4, 3, 3], [1, 2, 1, 2, 2, 1], "I had to explain my son's "
                           "needs again at every meeting."),
    "open_and_honest": ([3, 3, 2, 3, 3], [2, 3, 2, 3, 2], ""),
    "value_every_voice": ([3, 4, 3, 3, 4], [3, 3, 2, 3, 3], ""),
    "close_the_loop": ([2, 3, 2, 2, 3], [2, 1, 2, 2, 1], "Nobody told us what happened next."),
}
LUNDY_SCORES = [[4, 3, 3, 2], [3, 3, 4, 2], [4, 4, 3, 3], [3, 2, 3, 1], [4, 3, 3, 2]]


def seed(session: Session, area: Area) -> None:
    """The model charter, signatories, projects and evaluations in the demo area."""
    imported = services.import_charter(session, area.id,
                                       read_charter_file(CHARTERS_DIR / "model-charter.yaml"))
    town = Town.of(area)
    for organisation, kind, who, signed_on, pledge in SIGNATORIES:
        services.add_signatory(session, imported.charter, town.renamed(organisation), kind,
                               who, signed_on, pledge)
    surveys = session.exec(select(Survey.id).where(Survey.area_id == area.id)
                           .order_by(Survey.id)).all()
    events = session.exec(select(ListeningEvent.id).where(ListeningEvent.area_id == area.id)
                          .order_by(ListeningEvent.id)).all()
    items = session.exec(select(YouSaidItem.id).where(YouSaidItem.area_id == area.id)
                         .order_by(YouSaidItem.id)).all()
    projects = [services.save_project(session, area.id, services.ProjectDetails(
        title=title, stage=stage, level=level, partners=town.renamed(partners), summary=summary,
        survey_ids=list(surveys[n:n + 1]), event_ids=list(events[n:n + 1]),
        you_said_ids=list(items[n:n + 1])))
        for n, (title, stage, level, partners, summary) in enumerate(PROJECTS)]
    _evaluations(session, projects)


def _evaluations(session: Session, projects: list[Project]) -> None:
    """Officers' and families' ratings spread over two quarters; young people's Lundy ratings.
    The Local Offer project (projects[4]) has no family evaluation yet."""
    rated = [projects[0], projects[1], projects[5], projects[2], projects[3], projects[0]]
    start = date(2026, 6, 15)
    for source, column in ((Source.OFFICER, 0), (Source.FAMILY, 1)):
        for person in range(6):
            answers = {key: evaluation.Answer(scores[column][person], _why(key, source, person))
                       for key, scores in RATINGS.items() if person < len(scores[column])}
            if answers:  # the family who wrote why said yes to sharing their words
                evaluation.save_evaluation(session, rated[person], source.value, answers,
                                           start + timedelta(days=30 * person),
                                           share_words=True if source == Source.FAMILY else None)
    evaluation.new_link(session, projects[0], "family")
    evaluation.new_link(session, projects[0], "family", codes=12)
    evaluation.new_link(session, projects[2], "young_person")
    for person, scores in enumerate(LUNDY_SCORES):
        answers = {q.key: evaluation.Answer(score) for q, score in
                   zip(LUNDY, scores, strict=True)}
        evaluation.save_evaluation(session, projects[2], Source.YOUNG_PERSON.value, answers,
                                   start + timedelta(days=40 * person))


def _why(key: str, source: Source, person: int) -> str:
    """A sentence of evidence: officers always give one; some families do."""
    if source == Source.OFFICER:
        return f"Recorded in the project log, meeting {person + 1}."
    return RATINGS[key][2] if person == 0 else ""
