"""The demo of Omgevingsagenda Oost (`manage.py demo`).

The data is split by subject: `teksten` (the seed's own texts and the agenda's prose),
`organisaties`, `personen` (fictitious people), `omgevingsopgaven`, `gesprekstafels`,
`leerspoor`; `laden` writes it all idempotently, `opslaan` holds the write helpers.
"""
