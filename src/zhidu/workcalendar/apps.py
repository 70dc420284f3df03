from django.apps import AppConfig


class WorkCalendarConfig(AppConfig):
    name = "zhidu.workcalendar"
    label = "workcalendar"
    verbose_name = "工作日历 / working-day calendar"
    default_auto_field = "django.db.models.BigAutoField"
