import pytest


@pytest.fixture(autouse=True)
def _fresh_channel_layer():
    """Each test gets its own channel layer on its own event loop."""
    from channels.layers import channel_layers

    channel_layers.backends.clear()
    yield
    channel_layers.backends.clear()


@pytest.fixture
def room_cast():
    """The cast of peerhaven.testing with the member going to the online meeting.

    Tests using it run on a transactional database (sockets talk to it from
    other threads): mark them django_db(transaction=True, serialized_rollback=True).
    """
    from peerhaven.meetings import services
    from peerhaven.testing import build_cast

    cast = build_cast()
    services.rsvp(actor=cast.member, occurrence=cast.occurrence, going=True)
    return cast
