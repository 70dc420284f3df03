from django.apps import AppConfig


class WorkflowConfig(AppConfig):
    name = "zhidu.workflow"
    label = "workflow"
    verbose_name = "待办与期限 / tasks and deadlines"
    default_auto_field = "django.db.models.BigAutoField"
