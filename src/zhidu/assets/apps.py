from django.apps import AppConfig


class AssetsConfig(AppConfig):
    name = "zhidu.assets"
    label = "assets"
    verbose_name = "采购与资产 / purchases and assets"
    default_auto_field = "django.db.models.BigAutoField"
