"""The throw-away world every benchmark runs in: its own SQLite database and media folder."""

import os
import sys
import tempfile
from pathlib import Path


def django_opzetten() -> Path:
    """Point Django at a fresh folder (or BENCH_DATABASE_URL), set it up, and return the folder to remove after."""
    werkmap = Path(tempfile.mkdtemp(prefix="omgevingsagenda-bench-"))
    os.environ["DEBUG"] = "1"
    os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{werkmap / 'bench.sqlite3'}")
    os.environ["MEDIA_ROOT"] = str(werkmap / "media")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "omgevingsagenda.settings")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    import django

    django.setup()
    return werkmap
