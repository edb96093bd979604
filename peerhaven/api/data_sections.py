from peerhaven.accounts import data_rights
from peerhaven.api.models import ApiToken


def _export(user) -> list[dict]:
    # Names and dates only: the hashes are of no use to the member and stay here.
    return [
        {
            "name": token.name,
            "scope": token.scope,
            "created_at": token.created_at.isoformat(),
            "last_used_at": token.last_used_at.isoformat() if token.last_used_at else None,
            "revoked_at": token.revoked_at.isoformat() if token.revoked_at else None,
        }
        for token in ApiToken.objects.filter(user=user)
    ]


def _erase(user) -> None:
    ApiToken.objects.filter(user=user).delete()


data_rights.register("api_tokens", models=[ApiToken], export=_export, erase=_erase, order=10)
