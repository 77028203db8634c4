"""Demo data: an area, one user per role, and records so every page shows something real."""

from __future__ import annotations

from sqlmodel import Session, select

from coprod.analysis import demo as analysis_demo
from coprod.areas.models import Area, Role
from coprod.auth import services as auth_services
from coprod.charters import demo as charters_demo
from coprod.events import demo as events_demo
from coprod.reports import demo as reports_demo
from coprod.surveys import demo as surveys_demo
from coprod.voice import demo as voice_demo
from coprod.yousaid import demo as yousaid_demo

DEMO_AREA_SLUG = "northvale"
DEMO_AREA_NAME = "Northvale SEND Local Area Partnership"
DEMO_PASSWORD = "demo-password-2026"
NEIGHBOUR_SEED = 2027
NEIGHBOUR_SLUGS = "southmere-"  # survey short names are unique across areas
DEMO_USERS = [
    (Role.ADMIN, "admin@northvale.example", "Priya Shah"),
    (Role.OFFICER, "officer@northvale.example", "Tom Okafor"),
    (Role.FORUM, "forum@northvale.example", "Jo Hughes"),
    (Role.LEADER, "leader@northvale.example", "Dr Helen Marsh"),
    (Role.SAFEGUARDING, "safeguarding@northvale.example", "Sam Reid"),
]


def database_is_empty(session: Session) -> bool:
    """True when no area exists yet."""
    return session.exec(select(Area)).first() is None


def seed(session: Session) -> Area:
    """Create the demo area and its users; each domain adds its own demo records here."""
    area = Area(slug=DEMO_AREA_SLUG, name=DEMO_AREA_NAME,
                contact_email="send.participation@northvale.example",
                contact_phone="0113 496 0000")
    session.add(area)
    session.commit()
    for role, email, name in DEMO_USERS:
        auth_services.create_user(session, email, name, DEMO_PASSWORD, area, role)
    neighbour = Area(slug="southmere", name="Southmere SEND Partnership")
    session.add(neighbour)
    session.commit()
    auth_services.create_user(session, "admin@southmere.example", "Lee Carter", DEMO_PASSWORD,
                              neighbour, Role.ADMIN)
    events_demo.seed(session, area)
    voice_demo.seed(session, area)
    surveys_demo.seed(session, area)
    analysis_demo.seed(session, area)  # keep last: themes the comments every step above made
    voice_demo.approve_quotes(session, area)  # after analysis: never a flagged comment
    yousaid_demo.seed(session, area)  # after the themes: items are made from themed comments
    charters_demo.seed(session, area)  # after you said, we did: projects link to its items
    reports_demo.seed(session, area)  # reads the themed comments, items and ratings
    _seed_neighbour(session, neighbour)
    return area


def _seed_neighbour(session: Session, neighbour: Area) -> None:
    """A second area with all of its own (events, comments, surveys, items, a charter), drawn
    differently, so switching areas shows another place, not a copy."""
    events_demo.seed(session, neighbour, seed_value=NEIGHBOUR_SEED, slug_prefix=NEIGHBOUR_SLUGS)
    voice_demo.seed(session, neighbour, seed_value=NEIGHBOUR_SEED)
    surveys_demo.seed(session, neighbour, slug_prefix=NEIGHBOUR_SLUGS)
    analysis_demo.seed(session, neighbour)
    voice_demo.approve_quotes(session, neighbour)
    yousaid_demo.seed(session, neighbour)
    charters_demo.seed(session, neighbour)


def sign_in_help() -> str:
    """What `make run` prints: where to go and how to sign in as each role."""
    lines = [f"Demo sign-ins (password for all: {DEMO_PASSWORD}):"]
    lines += [f"  {role.value:<13} {email}" for role, email, _name in DEMO_USERS]
    return "\n".join(lines)
