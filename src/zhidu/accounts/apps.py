from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "zhidu.accounts"
    verbose_name = "账号 Accounts"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (sign-in and sign-out receivers)
