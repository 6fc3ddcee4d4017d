"""The permissions of the group Kernteam, kept in sync by data migrations.

A migration that adds a domain model calls `kernteam_groep_bijwerken` again, so the
kernteam can work with the new model without being superuser.
"""

from deelnemers.permissions import KERNTEAM_GROEP

DOMEIN_APPS = ["deelnemers", "agenda", "opgaven", "tafels", "leerspoor", "publicatie"]
# Deelnemers may get an account: the kernteam creates and links those, but cannot
# delete accounts or hand out groups and permissions.
ACCOUNT_RECHTEN = ["view_user", "add_user", "change_user"]
# Login throttling (django-axes): the kernteam sees the failed logins and lifts a lockout by deleting
# the attempt; the logs are read-only.
BEVEILIGING_RECHTEN = ["view_accessattempt", "delete_accessattempt", "view_accesslog", "view_accessfailurelog"]


def kernteam_groep_bijwerken(apps, schema_editor=None):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after migrate; create them now so they can be assigned.
    for app_config in apps.get_app_configs():
        # In a migration's app registry models_module is None, which create_permissions skips.
        origineel = getattr(app_config, "models_module", None)
        app_config.models_module = origineel or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = origineel

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    groep, _ = Group.objects.get_or_create(name=KERNTEAM_GROEP)
    domein = Permission.objects.filter(content_type__app_label__in=DOMEIN_APPS).exclude(
        content_type__model__startswith="historical"
    )
    accounts = Permission.objects.filter(content_type__app_label="auth", codename__in=ACCOUNT_RECHTEN)
    # Empty while django-axes is not migrated yet (migration 0001); migration 0003_kernteam_blokkades runs after it.
    beveiliging = Permission.objects.filter(content_type__app_label="axes", codename__in=BEVEILIGING_RECHTEN)
    groep.permissions.set(list(domein) + list(accounts) + list(beveiliging))
