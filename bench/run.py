"""`make bench`: run every benchmark script in bench/ in turn, each in its own process.

Each script sets up its own throw-away database, so they do not disturb one another.
"""

import subprocess
import sys
from pathlib import Path

MAP = Path(__file__).resolve().parent

if __name__ == "__main__":
    fouten = 0
    for script in sorted(MAP.glob("*.py")):
        if script.name in {"run.py", "opzet.py", "productieserver.py", "__init__.py"}:
            continue
        print(f"=== {script.name}", flush=True)
        fouten += subprocess.call([sys.executable, str(script)]) != 0
    sys.exit(1 if fouten else 0)
