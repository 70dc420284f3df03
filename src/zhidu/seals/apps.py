from django.apps import AppConfig


class SealsConfig(AppConfig):
    name = "zhidu.seals"
    label = "seals"
    verbose_name = "印章管理 / seals"
    default_auto_field = "django.db.models.BigAutoField"
