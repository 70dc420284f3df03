from django.apps import AppConfig


class AccessConfig(AppConfig):
    name = "zhidu.access"
    label = "access"
    verbose_name = "权限 / permissions"
    default_auto_field = "django.db.models.BigAutoField"
