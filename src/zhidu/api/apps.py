from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "zhidu.api"
    verbose_name = "接口 API"
