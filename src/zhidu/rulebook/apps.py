from django.apps import AppConfig


class RulebookConfig(AppConfig):
    name = "zhidu.rulebook"
    verbose_name = "制度 Rulebook"
