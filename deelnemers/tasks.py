"""Background tasks of deelnemers: every e-mail the application sends goes through `mail_sturen`.

Arguments are plain JSON (addresses, template names, strings): the worker renders the mail, so
nothing here holds a model instance across the queue.
"""

from django_tasks import task

from kern.mail import mail_versturen


@task()
def mail_sturen(*, aan: str, sjabloon: str, context: dict, afmeld_url: str = "") -> None:
    mail_versturen(aan=aan, sjabloon=sjabloon, context=context, afmeld_url=afmeld_url)
