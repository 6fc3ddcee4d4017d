"""One fingerprint for optimistic locking: the same for the admin, a duo's edit page and the reacties.

A form carries the fingerprint of what it showed; a different fingerprint at save time means
someone saved in between. The fingerprint is of content (not a counter), so each caller decides
what counts as a change by what it hands in.
"""

import hashlib
import json


def vingerafdruk(stand) -> str:
    """A short, stable hash of a JSON-serialisable value (dict keys in any order)."""
    return hashlib.sha256(json.dumps(stand, sort_keys=True, default=str).encode()).hexdigest()[:32]
