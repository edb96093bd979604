"""The REST API at /api/v1/: one NinjaAPI, a router per domain (peerhaven/api/endpoints/)."""

import functools
import json

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import render
from django.urls import URLPattern, reverse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.openapi.docs import DocsBase

from peerhaven.api import errors
from peerhaven.api.auth import MEMBERS
from peerhaven.api.endpoints import (
    coping,
    groups,
    me,
    meetings,
    moderation,
    notifications,
    safety,
    sharing,
    topics,
    wellbeing,
)

DESCRIPTION = """\
Everything a member can do on PeerHaven, for apps and integrations.

Sign in with the browser session (send the `X-CSRFToken` header on writes) or with a personal
access token from [your account](/account/tokens/): `Authorization: Bearer ph_…`. A read token
can only read. Errors are JSON: `{"code": "…", "message": "…"}`. Lists take `cursor` from the
`next_cursor` of the page before. See docs/api.md for worked examples.

PeerHaven is peer support, not medical care. In an emergency, call your local emergency number;
`GET /crisis-resources` lists crisis lines by country.
"""


class SelfHostedSwagger(DocsBase):
    """Swagger UI from PeerHaven's own address, with no inline script (the CSP is 'self')."""

    def render_page(self, request: HttpRequest, api: NinjaAPI, **kwargs) -> HttpResponse:
        settings = {
            "url": self.get_openapi_url(api, kwargs),
            "layout": "BaseLayout",
            "deepLinking": True,
        }
        return render(
            request,
            "api/docs.html",
            {
                "api": api,
                "swagger_settings": json.dumps(settings),
                "assets": reverse("api_assets:root"),
            },
        )


def json_not_allowed(view):
    """The view, answering a wrong method with the API's JSON error (and its Allow header)
    instead of ninja's plain-text 405."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if isinstance(response, HttpResponseNotAllowed):
            answer = errors.error_response(
                405,
                "method_not_allowed",
                _("This address does not take %(method)s. It takes: %(allowed)s.")
                % {"method": request.method, "allowed": response["Allow"]},
            )
            answer["Allow"] = response["Allow"]
            return answer
        return response

    return wrapped


class PeerHavenAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation) -> str:
        return operation.view_func.__name__

    def _get_urls(self):
        patterns = super()._get_urls()
        for pattern in patterns:
            if isinstance(pattern, URLPattern):
                pattern.callback = json_not_allowed(pattern.callback)
        return patterns


def operations(api: NinjaAPI):
    """(method, path, view function) of every operation, as mounted: for the tests that
    every endpoint has a row in the authorization matrix."""
    from ninja.utils import normalize_path

    for bound in api._get_bound_routers():
        for path, path_view in bound.path_operations.items():
            for operation in path_view.operations:
                for method in operation.methods:
                    yield (
                        method,
                        normalize_path("/" + bound.prefix + "/" + path),
                        operation.view_func,
                    )


api = PeerHavenAPI(
    title="PeerHaven API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    auth=MEMBERS,
    docs=SelfHostedSwagger(),
    docs_url="/docs",
    openapi_url="/openapi.json",
)
errors.install(api)

api.add_router("/topics", topics.router)
api.add_router("/groups", groups.router)
api.add_router("/meetings", meetings.router)
api.add_router("/", sharing.router)
api.add_router("/me", me.router)
api.add_router("/me", sharing.preferences_router)
api.add_router("/notifications", notifications.router)
api.add_router("/", safety.router)
api.add_router("/me", wellbeing.router)
api.add_router("/strategies", coping.router)
api.add_router("/me", coping.toolkit_router)
api.add_router("/", moderation.router)
