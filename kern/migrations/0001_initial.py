from django.db import migrations, models


def eerste_rij(apps, schema_editor):
    apps.get_model("kern", "Generatie").objects.create(id=1, token="begin")


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Generatie",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("token", models.CharField(max_length=64, verbose_name="token")),
            ],
            options={
                "verbose_name": "cachegeneratie",
                "verbose_name_plural": "cachegeneraties",
                "constraints": [models.CheckConstraint(condition=models.Q(("id", 1)), name="kern_generatie_een_rij")],
            },
        ),
        migrations.RunPython(eerste_rij, migrations.RunPython.noop),
    ]
