"""How every form in the project is drawn."""

from django.forms.renderers import DjangoTemplates


class FormRenderer(DjangoTemplates):
    """Django's templates, with each field in a block of its own: a field drawn on its own
    (``{{ form.body.as_field_group }}``) or with its form (``{{ form }}``) stacks the same
    way, and a checkbox stays beside its own label, not beside the next field or the
    form's button."""

    form_template_name = "web/forms/form.html"
    field_template_name = "web/forms/field.html"
