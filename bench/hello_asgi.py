"""B0, the floor: the smallest ASGI application that answers HTTP.

Served by the same uvicorn, with the same options, as `peerhaven serve`, it measures what the
server, the event loop and the loopback cost before any Django code runs.
"""

BODY = b"ok"
HEADERS = [
    (b"content-type", b"text/plain"),
    (b"content-length", str(len(BODY)).encode()),
]


async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": BODY})
