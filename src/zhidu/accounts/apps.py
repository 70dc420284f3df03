from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "zhidu.accounts"
    verbose_name = "账号 Accounts"
