from django.apps import AppConfig


class ApprovalsConfig(AppConfig):
    name = "zhidu.approvals"
    label = "approvals"
    verbose_name = "审批 / approvals"
    default_auto_field = "django.db.models.BigAutoField"
