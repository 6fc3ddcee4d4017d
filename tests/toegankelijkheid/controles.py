"""The checks the demo sweep runs on one page in Chromium, each returning what is wrong.

axe-core itself lives in tests.browser (axe_controle); this module adds what axe-core does
not measure: sideways scrolling (WCAG 1.4.10 Reflow) and a visible focus on every element a
keyboard user reaches (WCAG 2.4.7). It does not navigate or log in; the tests do.
"""

# After each Tab: is the focus drawn on the focused element (an outline or a box-shadow)?
# Null once focus leaves the page or reaches an element it already visited.
_FOCUSSTIJL = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  window.__oaGezien = window.__oaGezien || new Set();
  if (window.__oaGezien.has(el)) return null;
  window.__oaGezien.add(el);
  const s = getComputedStyle(el);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
  const schaduw = s.boxShadow && s.boxShadow !== 'none';
  const naam = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
    + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  const tekst = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40);
  return {naam, tekst, zichtbaar: outline || schaduw};
}"""


def zijwaarts_scrollen(page) -> int:
    """How many CSS pixels the page is wider than the viewport (0: no sideways scrolling)."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def focus_onzichtbaar(page, maximum: int = 400) -> list[str]:
    """Tab from the top through every interactive element; name those without a visible focus."""
    page.evaluate("window.__oaGezien = new Set(); document.activeElement && document.activeElement.blur()")
    fouten = []
    for _ in range(maximum):
        page.keyboard.press("Tab")
        stand = page.evaluate(_FOCUSSTIJL)
        if stand is None:
            break  # past the last element, or back at the first: every element had its turn
        if not stand["zichtbaar"]:
            fouten.append(f"{stand['naam']} ‘{stand['tekst']}’")
    return fouten
