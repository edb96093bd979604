import pytest
from django.test import Client

from peerhaven.api import services


def token_for(user, scope: str = "write") -> str:
    _token, secret = services.create_token(actor=user, name="tests", scope=scope)
    return secret


class ApiClient:
    """Django's test client speaking JSON to /api/v1/, with a token when given one."""

    def __init__(self, token: str | None = None, client: Client | None = None) -> None:
        self.client = client or Client(raise_request_exception=True)
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def request(self, method: str, path: str, body=None, **extra):
        kwargs = {"headers": {**self.headers, **extra.pop("headers", {})}, **extra}
        url = "/api/v1" + path
        if method == "get":
            return self.client.get(url, body, **kwargs)
        return getattr(self.client, method)(
            url, body if body is not None else {}, content_type="application/json", **kwargs
        )

    def get(self, path, params=None, **extra):
        return self.request("get", path, params, **extra)

    def post(self, path, body=None, **extra):
        return self.request("post", path, body, **extra)

    def patch(self, path, body=None, **extra):
        return self.request("patch", path, body, **extra)

    def put(self, path, body=None, **extra):
        return self.request("put", path, body, **extra)

    def delete(self, path, **extra):
        return self.request("delete", path, None, **extra)


@pytest.fixture
def anonymous_api():
    return ApiClient()


@pytest.fixture
def member_api(member):
    return ApiClient(token_for(member))


@pytest.fixture
def cast_api(cast):
    """A function giving an ApiClient with a write token for one of the cast."""

    def make(name: str, scope: str = "write") -> ApiClient:
        return ApiClient(token_for(getattr(cast, name), scope))

    return make
