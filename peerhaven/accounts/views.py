from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from peerhaven.accounts import services
from peerhaven.accounts.forms import AcceptCodeOfConductForm, DeleteAccountForm, ProfileForm


@login_required
def account(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/account.html")


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        services.update_profile(user=request.user, data=form.cleaned_data)
        messages.success(request, _("Your profile is saved."))
        return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def code_of_conduct(request: HttpRequest) -> HttpResponse:
    form = AcceptCodeOfConductForm(request.POST or None)
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = ""
    if request.method == "POST" and form.is_valid():
        services.accept_code_of_conduct(user=request.user)
        return redirect(next_url or "web:home")
    return render(request, "accounts/accept_code_of_conduct.html", {"form": form, "next": next_url})


@login_required
@require_POST
def log_out_everywhere(request: HttpRequest) -> HttpResponse:
    services.log_out_everywhere(request=request, user=request.user)
    messages.info(request, _("You are signed out on every device."))
    return redirect("account_login")


@login_required
@require_http_methods(["GET", "POST"])
def my_data(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        payload = services.build_export_zip(user=request.user)
        response = HttpResponse(payload, content_type="application/zip")
        stamp = timezone.now().strftime("%Y-%m-%d")
        response["Content-Disposition"] = f'attachment; filename="peerhaven-my-data-{stamp}.zip"'
        return response
    return render(request, "accounts/my_data.html")


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.delete_account(request=request, user=request.user)
        return render(request, "accounts/deleted.html")
    return render(request, "accounts/delete_account.html", {"form": form})
