"""One shape for every error the API gives: {"code": …, "message": …}.

The rules stay where they are (services raise ActionRefused, groups/access.py raises Http404,
LoginRequired or PermissionDenied); this module only translates them into HTTP.
"""

import logging

from django.core.exceptions import PermissionDenied, RequestDataTooBig, TooManyFieldsSent
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError
from pydantic import BaseModel

from peerhaven.errors import ActionRefused
from peerhaven.groups.access import LoginRequired
from peerhaven.safety.ratelimit import RateLimited

logger = logging.getLogger(__name__)

# ActionRefused codes that mean "not yours to do" rather than "not possible now".
FORBIDDEN_CODES = {"not_author", "not_asker"}


class FieldError(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class ErrorOut(BaseModel):
    code: str
    message: str
    errors: list[FieldError] | None = None


ERROR_STATUSES = (400, 401, 403, 404, 409, 413, 422, 429)
ERROR_RESPONSES = dict.fromkeys(ERROR_STATUSES, ErrorOut)


class ApiError(Exception):
    """An answer the API itself gives (a bad cursor, an unknown city)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_response(
    status: int, code: str, message: str, *, errors=None, retry_after: int | None = None
) -> HttpResponse:
    body = {"code": code, "message": str(message)}
    if errors is not None:
        body["errors"] = errors
    response = JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})
    if retry_after is not None:
        response["Retry-After"] = str(max(1, int(retry_after)))
    return response


_HTTP_CODES = {
    400: "bad_request",
    401: "login_required",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "refused",
    413: "too_large",
    422: "invalid",
    429: "rate_limited",
}


def _validation_errors(exc: ValidationError) -> list[dict]:
    # loc, msg and type only: pydantic's "input" would echo what was sent.
    errors = []
    for error in exc.errors:
        loc = [part if isinstance(part, int) else str(part) for part in error.get("loc", ())]
        errors.append(
            {"loc": loc, "msg": str(error.get("msg", "")), "type": str(error.get("type", ""))}
        )
    return errors


def install(api) -> None:
    @api.exception_handler(ActionRefused)
    def refused(request: HttpRequest, exc: ActionRefused) -> HttpResponse:
        status = 403 if exc.code in FORBIDDEN_CODES else 409
        return error_response(status, exc.code, exc.message)

    @api.exception_handler(ApiError)
    def api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
        return error_response(
            exc.status, exc.code, exc.message, retry_after=getattr(exc, "retry_after", None)
        )

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        # The same answer for "does not exist" and "hidden from you" (groups/access.py).
        return error_response(404, "not_found", _("Not found."))

    @api.exception_handler(LoginRequired)
    def login_required(request: HttpRequest, exc: LoginRequired) -> HttpResponse:
        return error_response(401, "login_required", _("Sign in, or send a personal access token."))

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return error_response(401, "login_required", _("Sign in, or send a personal access token."))

    @api.exception_handler(PermissionDenied)
    def forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
        return error_response(403, "forbidden", _("You are not allowed to do this."))

    @api.exception_handler(ValidationError)
    def invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        errors = _validation_errors(exc)
        where = ", ".join(".".join(str(part) for part in error["loc"]) for error in errors[:5])
        message = _("Some values are missing or not valid: %(fields)s.") % {"fields": where}
        return error_response(422, "invalid", message, errors=errors)

    @api.exception_handler(Throttled)
    def throttled(request: HttpRequest, exc: Throttled) -> HttpResponse:
        return error_response(
            429,
            "rate_limited",
            _("You are doing that a lot. Please wait a little and try again."),
            retry_after=int(exc.wait or 1),
        )

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        status = exc.status_code
        message = exc.message
        if status == 400 and message.startswith("Cannot parse request body"):
            message = _("The request body is not valid JSON.")
        return error_response(
            status, getattr(exc, "code", None) or _HTTP_CODES.get(status, "error"), message
        )

    @api.exception_handler(RequestDataTooBig)
    def too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        return error_response(413, "too_large", _("The request body is larger than 1 MB."))

    @api.exception_handler(TooManyFieldsSent)
    def too_many_fields(request: HttpRequest, exc: TooManyFieldsSent) -> HttpResponse:
        return error_response(413, "too_large", _("The request has too many fields."))

    @api.exception_handler(RateLimited)
    def rate_limited(request: HttpRequest, exc: RateLimited) -> HttpResponse:
        # The pages' limits (posting, replying, reacting), counted in the same cache.
        return error_response(429, "rate_limited", exc.message, retry_after=exc.retry_after)
