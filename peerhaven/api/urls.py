"""Two sets of URLs: the API under /api/v1/ and the token page under /account/tokens/.

peerhaven/urls.py mounts `api_urls` at "api/v1/" and `token_urls` at "account/tokens/".
"""

from django.urls import include, path, re_path

from peerhaven.api import views
from peerhaven.api.api import api

asset_urls = (
    [
        path("", views.not_found, name="root"),
        path("<str:name>", views.doc_asset, name="asset"),
    ],
    "api_assets",
)

api_urls = [
    path("docs/assets/", include(asset_urls)),
    path("", api.urls),
    # Anything else under /api/v1/ is a JSON 404, not the site's HTML page.
    re_path(r"^(?P<rest>.*)$", views.not_found),
]

token_urls = (
    [
        path("", views.tokens, name="tokens"),
        path("<int:token_id>/revoke/", views.revoke_token, name="revoke"),
    ],
    "api_tokens",
)
