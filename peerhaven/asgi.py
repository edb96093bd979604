"""One ASGI application for the whole site.

Pages go through Django's WSGI handler, wrapped for ASGI by a2wsgi: measured
1.6 to 2.3 times faster here than Django's ASGI handler (docs/performance.md).
WebSockets go through Channels. Static files are served by whitenoise inside
the WSGI stack.
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "peerhaven.settings")

import django  # noqa: E402

django.setup()

from a2wsgi import WSGIMiddleware  # noqa: E402
from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402
from django.core.asgi import get_asgi_application  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402

from peerhaven.conf import env_int  # noqa: E402
from peerhaven.routing import websocket_urlpatterns  # noqa: E402

pages = WSGIMiddleware(get_wsgi_application(), workers=env_int("PEERHAVEN_THREADS", 16))

websockets = AllowedHostsOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns)))

application = ProtocolTypeRouter({"http": pages, "websocket": websockets})

# The same pages through Django's own ASGI handler; the benchmarks compare the two.
django_asgi_application = ProtocolTypeRouter(
    {"http": get_asgi_application(), "websocket": websockets}
)
