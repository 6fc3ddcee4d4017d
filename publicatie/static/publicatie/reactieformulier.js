// Progressive enhancement of the reactie form; without JavaScript the help text names the
// maximum and the server refuses a double submit on its own (the form's one-time key).
document.querySelectorAll("form[data-reactieformulier]").forEach((formulier) => {
  const veld = formulier.querySelector("textarea[maxlength]");
  const teller = formulier.querySelector("[data-tekenteller]");
  if (veld && teller) {
    const maximum = Number(veld.getAttribute("maxlength"));
    const bijwerken = () => {
      // Count a line break once, as the server does.
      const over = maximum - veld.value.replace(/\r\n/g, "\n").length;
      teller.textContent = `Nog ${over.toLocaleString("nl-NL")} van ${maximum.toLocaleString("nl-NL")} tekens over.`;
    };
    teller.hidden = false;
    veld.addEventListener("input", bijwerken);
    bijwerken();
  }
  formulier.addEventListener("submit", (gebeurtenis) => {
    if (formulier.dataset.verstuurd) {
      gebeurtenis.preventDefault();
      return;
    }
    formulier.dataset.verstuurd = "ja";
  });
});
