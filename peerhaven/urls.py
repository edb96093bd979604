from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from peerhaven.api.urls import api_urls, token_urls
from peerhaven.web import views as web_views

# The admin signs in through the same form as everyone, with two-factor.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("healthz", web_views.healthz, name="healthz"),
    path("ping", web_views.ping, name="ping"),
    path("api/v1/", include(api_urls)),
    path("account/tokens/", include(token_urls)),
    path("account/", include("peerhaven.accounts.urls")),
    path("account/", include("allauth.urls")),
    path("", include("peerhaven.safety.urls")),
    path("", include("peerhaven.meetings.urls")),
    path("", include("peerhaven.live.urls")),
    path("", include("peerhaven.sharing.urls")),
    path("", include("peerhaven.groups.urls")),
    path("", include("peerhaven.notifications.urls")),
    path("", include("peerhaven.wellbeing.urls")),
    path("", include("peerhaven.coping.urls")),
    path("", include("peerhaven.web.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

handler400 = "peerhaven.web.views.bad_request"
handler403 = "peerhaven.web.views.permission_denied"
handler404 = "peerhaven.web.views.page_not_found"
handler500 = "peerhaven.web.views.server_error"
