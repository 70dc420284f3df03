from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "zhidu.web"
    verbose_name = "网页 Web"
