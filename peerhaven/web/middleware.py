from django.utils.cache import add_never_cache_headers, patch_vary_headers


class PrivatePagesMiddleware:
    """No shared or browser cache keeps a page that was made for a signed-in member.

    Views may also mark a response private with `response.private = True`
    (used for pages that show member data to anyone, such as a data export).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        if signed_in or getattr(response, "private", False):
            add_never_cache_headers(response)
            response["Cache-Control"] = "no-store, no-cache, must-revalidate, private, max-age=0"
        patch_vary_headers(response, ["Cookie"])
        return response
