"""The demo area has a year of listening events and comments from every channel, the same each
time it is made."""

from sqlmodel import select

from coprod.events import demo as events_demo
from coprod.events.models import ListeningEvent
from coprod.voice import demo as voice_demo
from coprod.voice.models import Comment
from tests import factories


def _texts(db, area):
    return db.exec(select(Comment.original_text).where(Comment.area_id == area.id)
                   .order_by(Comment.id)).all()


def test_demo_voice_and_events_are_realistic_and_deterministic(db, client):
    first, second = factories.make_area(db), factories.make_area(db)
    for area in (first, second):
        events_demo.seed(db, area)
        voice_demo.seed(db, area)
    assert _texts(db, first) == _texts(db, second)
    channels = set(db.exec(select(Comment.channel).where(Comment.area_id == first.id)).all())
    assert {"event", "email", "phone", "complaint", "compliment"} <= channels
    assert len(_texts(db, first)) > 150
    events = db.exec(select(ListeningEvent).where(ListeningEvent.area_id == first.id)).all()
    assert len({e.event_type for e in events}) >= 6
    for event in events:
        assert client.page(f"/events/{event.id}/").status == 200
