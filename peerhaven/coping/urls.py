app_name = "coping"

urlpatterns: list = []
