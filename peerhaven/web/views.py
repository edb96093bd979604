from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from peerhaven.web.health import run_checks


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    context = {}
    if request.user.is_authenticated:
        from peerhaven.meetings.selectors import my_rsvps
        from peerhaven.sharing.selectors import home_feed

        context = {
            "recent_posts": home_feed(request.user),
            "my_meetings": my_rsvps(request.user, limit=5),
        }
    return render(request, "web/home.html", context)


@require_safe
def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "web/privacy.html")


@require_safe
def code_of_conduct(request: HttpRequest) -> HttpResponse:
    return render(request, "web/code_of_conduct.html")


@require_safe
def ping(request: HttpRequest) -> HttpResponse:
    """The smallest page: a liveness probe, and the benchmarks' bare view (B1)."""
    return HttpResponse(b"ok", content_type="text/plain")


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    checks = run_checks()
    healthy = all(check["ok"] for check in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=200 if healthy else 503,
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "web/csrf_failure.html", status=403)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "web/400.html", status=400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "web/403.html", status=403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "web/404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # Rendered without a RequestContext: whatever failed may fail again.
    from django.template import loader

    return HttpResponse(loader.get_template("web/500.html").render(), status=500)
