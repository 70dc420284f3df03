from django.apps import AppConfig


class FleetConfig(AppConfig):
    name = "zhidu.fleet"
    label = "fleet"
    verbose_name = "车辆管理 / vehicles"
    default_auto_field = "django.db.models.BigAutoField"
