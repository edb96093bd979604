"""The account's token page, the API's documentation assets, and the API's JSON 404."""

import mimetypes
from pathlib import Path

import ninja
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from peerhaven.api import selectors, services
from peerhaven.api.errors import error_response
from peerhaven.api.forms import TokenForm
from peerhaven.errors import ActionRefused

# Swagger UI ships inside django-ninja; these are served from PeerHaven itself, so the docs
# page loads nothing from another host.
NINJA_STATIC = Path(ninja.__file__).resolve().parent / "static" / "ninja"
DOC_ASSETS = {
    "swagger-ui.css",
    "swagger-ui-bundle.js",
    "swagger-ui-init.js",
    "favicon.svg",
    "favicon.png",
}


@require_safe
def doc_asset(request: HttpRequest, name: str) -> HttpResponse:
    if name not in DOC_ASSETS:
        raise Http404("No such file")
    path = NINJA_STATIC / name
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if name.endswith(".js"):
        content_type = "text/javascript"
    response = FileResponse(path.open("rb"), content_type=content_type)
    response["Cache-Control"] = "public, max-age=86400"
    return response


def not_found(request: HttpRequest, rest: str = "") -> HttpResponse:
    return error_response(404, "not_found", _("Not found."))


def _tokens_page(request: HttpRequest, form: TokenForm, *, secret: str | None = None, status=200):
    response = render(
        request,
        "api/tokens.html",
        {"form": form, "tokens": list(selectors.tokens_of(request.user)), "secret": secret},
        status=status,
    )
    # The page may show a token once; no cache may keep it.
    response["Cache-Control"] = "no-store, private"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def tokens(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            try:
                _token, secret = services.create_token(
                    actor=request.user,
                    name=form.cleaned_data["name"],
                    scope=form.cleaned_data["scope"],
                )
            except ActionRefused as refused:
                form.add_error(None, refused.message)
            else:
                return _tokens_page(request, TokenForm(), secret=secret)
        return _tokens_page(request, form, status=400)
    return _tokens_page(request, form)


@login_required
@require_POST
def revoke_token(request: HttpRequest, token_id: int) -> HttpResponse:
    try:
        services.revoke_token(actor=request.user, token_id=token_id)
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, _("The token no longer works."))
    return redirect("api_tokens:tokens")
