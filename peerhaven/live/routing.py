from django.urls import path

from peerhaven.live.consumers import RoomConsumer

websocket_urlpatterns = [
    path("ws/rooms/<int:occurrence_id>/", RoomConsumer.as_asgi()),
]
