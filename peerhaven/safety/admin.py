from django.contrib import admin

from peerhaven.safety.models import WordList


@admin.register(WordList)
class WordListAdmin(admin.ModelAdmin):
    """The platform word list (phrases without a group) lives here; groups edit their own."""

    list_display = ["phrase", "group"]
    list_filter = [("group", admin.EmptyFieldListFilter)]
    search_fields = ["phrase"]
