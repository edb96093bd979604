from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from peerhaven.accounts.models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    # Staff see account state, never what a member wrote about themselves.
    list_display = ["username", "is_active", "is_staff", "date_joined"]
    search_fields = ["username"]
    ordering = ["-date_joined"]
    fieldsets = [
        (None, {"fields": ["username", "password"]}),
        ("State", {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        ("Dates", {"fields": ["date_joined", "last_login"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["username", "password1", "password2"]})
    ]
    filter_horizontal = ["groups"]
