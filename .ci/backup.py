"""CI: the README's backup and restore, done: pg_dump plus the stored PDFs, into an empty database.

Installs the demo on PostgreSQL, lets the worker render the PDFs, reads the public pages and
the PDFs; then `pg_dump --format=custom`, a copy of MEDIA_ROOT, `pg_restore` into a new empty
database with a new media folder and a new cache, a server on that; the same pages must come
back identical and every PDF byte for byte.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/x .venv/bin/python .ci/backup.py
"""

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from productieserver import Bezoeker, Omgeving, Server  # noqa: E402

PAGINAS = [
    "/oost/",
    "/oost/perspectief/",
    "/oost/opgaven/",
    "/oost/gesprekstafels/",
    "/oost/leerspoor/",
    "/oost/versies/",
    "/oost/versies/1/",
    "/oost/versies/2/",
    "/oost/versies/2/json/",
]
PDFS = ["/oost/versies/1/pdf/", "/oost/versies/2/pdf/"]


def lezen(server: Server) -> dict[str, str]:
    bezoeker = Bezoeker(server.url)
    einde = time.time() + 120
    while time.time() < einde and bezoeker.get(PDFS[-1]).status != 200:
        time.sleep(0.5)
    uitslag = {}
    for pad in PAGINAS + PDFS:
        antwoord = bezoeker.get(pad)
        if antwoord.status != 200:
            raise SystemExit(f"FOUT {pad} gaf {antwoord.status}")
        uitslag[pad] = hashlib.sha256(antwoord.inhoud).hexdigest()
    return uitslag


def main() -> int:
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        print("back-up en terugzetten vraagt PostgreSQL: zet DATABASE_URL")
        return 1
    begin = time.perf_counter()
    bron, doel, server = Omgeving(), None, None
    try:
        bron.installeren()
        server = Server(bron)
        voor = lezen(server)
        server.stoppen()
        server = None

        dump = bron.werkmap / "omgevingsagenda.dump"
        subprocess.run(["pg_dump", "--format=custom", f"--file={dump}", bron.database_url], check=True)
        doel = Omgeving()  # a new, empty database and new media and cache folders
        subprocess.run(["pg_restore", "--no-owner", f"--dbname={doel.database_url}", str(dump)], check=True)
        shutil.copytree(bron.werkmap / "media", doel.werkmap / "media")
        print(f"  dump {dump.stat().st_size // 1024} KB, PDF's: {len(list((doel.werkmap / 'media').rglob('*.pdf')))}")

        server = Server(doel)
        na = lezen(server)
        verschillend = [pad for pad in voor if voor[pad] != na[pad]]
        for pad in voor:
            print(f"  {'ok   ' if pad not in verschillend else 'FOUT '} {pad}")
        print(f"Klaar in {time.perf_counter() - begin:.0f} s")
        return 1 if verschillend else 0
    finally:
        if server is not None:
            server.stoppen()
        bron.opruimen()
        if doel is not None:
            doel.opruimen()


if __name__ == "__main__":
    sys.exit(main())
