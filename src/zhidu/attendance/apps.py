from django.apps import AppConfig


class AttendanceConfig(AppConfig):
    name = "zhidu.attendance"
    label = "attendance"
    verbose_name = "考勤、请假与值班 / attendance, leave and duty"
    default_auto_field = "django.db.models.BigAutoField"
