"""WebSocket routes of every app, gathered in one list."""

from django.urls import path

from peerhaven.live.routing import websocket_urlpatterns as live_routes
from peerhaven.web.consumers import PingConsumer

websocket_urlpatterns: list = [
    path("ws/ping/", PingConsumer.as_asgi()),
    *live_routes,
]
