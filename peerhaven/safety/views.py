from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from peerhaven.safety import crisis


def crisis_context(request: HttpRequest) -> dict:
    """Which country's lines to show: the chosen one, the profile's, else the browser's region."""
    chosen = request.GET.get("country", "")[:2]
    user = getattr(request, "user", None)
    code = None
    source = None
    if chosen and crisis.directory_for(chosen):
        code, source = chosen.upper(), "chosen"
    elif user is not None and user.is_authenticated and crisis.directory_for(user.country):
        code, source = user.country.upper(), "profile"
    else:
        code = crisis.country_from_accept_language(request.headers.get("Accept-Language"))
        source = "browser" if code else None
    return {
        "directory": crisis.directory_for(code) if code else None,
        "international": crisis.international(),
        "countries": crisis.covered_countries(),
        "country_source": source,
        "unknown_choice": bool(chosen) and source != "chosen",
    }


@require_safe
def crisis_help(request: HttpRequest) -> HttpResponse:
    return render(request, "safety/crisis.html", crisis_context(request))
