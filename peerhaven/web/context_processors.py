from django.conf import settings


def site(request):
    return {
        "BASE_URL": settings.BASE_URL,
        "nav_groups": _nav_groups(request),
    }


def _nav_groups(request):
    """The member's groups for the header, when the groups app provides them."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    provider = getattr(settings, "PEERHAVEN_NAV_GROUPS", None)
    if provider is None:
        return []
    from django.utils.module_loading import import_string

    return import_string(provider)(user)
