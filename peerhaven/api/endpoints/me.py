from django.http import HttpRequest
from ninja import Router

from peerhaven.accounts import services
from peerhaven.accounts.forms import ProfileForm
from peerhaven.accounts.models import User
from peerhaven.api.endpoints import answers
from peerhaven.api.errors import error_response
from peerhaven.api.schemas import ProfileIn, ProfileOut

router = Router(tags=["me"])

PROFILE_FIELDS = list(ProfileOut.model_fields)


def _profile(user) -> dict:
    return {field: getattr(user, field) for field in PROFILE_FIELDS}


@router.get("", response=answers(200, ProfileOut))
def get_profile(request: HttpRequest):
    """Your profile."""
    return _profile(request.user)


@router.patch("", response=answers(200, ProfileOut))
def update_profile(request: HttpRequest, payload: ProfileIn):
    """Change some of your profile's fields; the others stay as they are."""
    changes = payload.model_dump(exclude_unset=True)
    # The profile page's form checks the values (country and time zone lists, lengths);
    # it validates a copy, so nothing changes when a value is refused.
    current = User.objects.get(pk=request.user.pk)
    data = {field: getattr(current, field) for field in ProfileForm.Meta.fields}
    data.update({key: value for key, value in changes.items() if value is not None})
    form = ProfileForm(data, instance=current)
    if not form.is_valid():
        errors = [
            {"loc": ["body", "payload", field], "msg": " ".join(messages), "type": "invalid"}
            for field, messages in form.errors.items()
        ]
        return error_response(
            422, "invalid", " ".join(" ".join(m) for m in form.errors.values()), errors=errors
        )
    cleaned = {key: form.cleaned_data[key] for key in changes if key in form.cleaned_data}
    user = services.update_profile(user=request.user, data={**_profile(request.user), **cleaned})
    return _profile(user)
