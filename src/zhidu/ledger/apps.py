from django.apps import AppConfig


class LedgerConfig(AppConfig):
    name = "zhidu.ledger"
    label = "ledger"
    verbose_name = "留痕台账 / tamper-evident ledger"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from zhidu.core.ledger import require_sm3

        from . import capture

        require_sm3()  # no SM3, no ledger: refuse to start rather than chain with something else
        capture.connect()
