from django.apps import AppConfig


class OrgConfig(AppConfig):
    name = "zhidu.org"
    label = "org"
    verbose_name = "组织机构 / organisation"
    default_auto_field = "django.db.models.BigAutoField"
