from django.http import HttpRequest
from ninja import Query, Router

from peerhaven.api import present
from peerhaven.api.auth import ANYONE
from peerhaven.api.endpoints import answers
from peerhaven.api.schemas import CrisisOut, RiskIn, RiskOut, Text
from peerhaven.safety.detector import assess_configured
from peerhaven.safety.views import crisis_context

router = Router(tags=["safety"])
COUNTRY = Query(
    None,
    min_length=2,
    max_length=2,
    description="ISO 3166-1 code; default: your profile's country, else your browser's.",
)


@router.get("/crisis-resources", response=answers(200, CrisisOut), auth=ANYONE)
def crisis_resources(
    request: HttpRequest,
    country: Text | None = COUNTRY,
):
    """Crisis lines for a country, and the international ones shown everywhere."""
    # The Get help now page's own choice: ?country=, else the profile, else Accept-Language.
    return present.crisis(crisis_context(request))


@router.post("/me/risk-assessment", response=answers(200, RiskOut))
def risk_assessment(request: HttpRequest, payload: RiskIn):
    """Check your own draft before posting, so an app can offer crisis resources first.

    Nothing is stored or logged: not the text, not the answer.
    """
    result = assess_configured(payload.text)
    return {
        "level": result.level,
        "signals": list(result.signals),
        "language": result.language,
        "resources": present.crisis(crisis_context(request)) if result.level != "none" else None,
    }
