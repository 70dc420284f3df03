from django.apps import AppConfig


class AccessConfig(AppConfig):
    name = "zhidu.access"
    label = "access"
    verbose_name = "权限 / permissions"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import pre_save

        from zhidu.accounts.models import RoleAssignment

        from .service import check_assignment

        def _check(sender, instance, raw=False, **kwargs):  # type: ignore[no-untyped-def]
            if not raw:  # fixtures and restores load history as it was
                check_assignment(instance)

        # 三员分立 holds for every save of a role assignment, whoever makes it (API, CLI, demo data, admin).
        pre_save.connect(_check, sender=RoleAssignment, dispatch_uid="zhidu.access.check_assignment", weak=False)
