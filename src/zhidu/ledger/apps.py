from django.apps import AppConfig


class LedgerConfig(AppConfig):
    name = "zhidu.ledger"
    label = "ledger"
    verbose_name = "留痕台账 / tamper-evident ledger"
    default_auto_field = "django.db.models.BigAutoField"
