"""Browser-test helpers: a real Chromium (Debian's /usr/bin/chromium) and axe-core."""

from pathlib import Path

AXE_JS = (Path(__file__).parent / "axe-core" / "axe.min.js").read_text()
ERNSTIG = {"serious", "critical"}


def axe_controle(page) -> list[dict]:
    """Run axe-core on the page; return the violations of impact serious or critical."""
    # Evaluated through the DevTools protocol, not added as an inline <script>: the site's strict
    # Content-Security-Policy blocks inline scripts, and that must stay so under test.
    page.evaluate(AXE_JS)
    resultaat = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}, "
        # Only violations are read; collecting every passing node too costs a third of the time.
        "resultTypes: ['violations']})"
    )
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"][:3]]}
        for v in resultaat["violations"]
        if v["impact"] in ERNSTIG
    ]
