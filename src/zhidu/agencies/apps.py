from django.apps import AppConfig


class AgenciesConfig(AppConfig):
    name = "zhidu.agencies"
    verbose_name = "机构 Agencies"
