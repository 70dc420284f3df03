from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "zhidu.meetings"
    label = "meetings"
    verbose_name = "会议与集体决策 / meetings and collective decisions"
    default_auto_field = "django.db.models.BigAutoField"
