/* Peiling: progressive enhancement only; every page works without this script.
 *
 * - The results page fetches its figures every few seconds (without JavaScript: the
 *   figures at page load and a "nu vernieuwen" link).
 * - The answer form is sent once: the button is disabled after the first click (the
 *   server refuses a second answer anyway).
 */
(function () {
  "use strict";

  var uitslag = document.querySelector("[data-ververs-url]");
  if (uitslag && window.fetch) {
    var url = uitslag.getAttribute("data-ververs-url");
    var wacht = (parseInt(uitslag.getAttribute("data-ververs-seconden"), 10) || 5) * 1000;
    var stand = document.getElementById("uitslag-stand");
    var verversen = function () {
      fetch(url, { credentials: "same-origin", cache: "no-store" })
        .then(function (antwoord) {
          if (!antwoord.ok) { throw new Error(antwoord.status); }
          return antwoord.text();
        })
        .then(function (html) {
          uitslag.innerHTML = html;
          var nieuw = uitslag.querySelector("[data-stand]");
          // Announce only a change in the counts, not every refresh.
          if (stand && nieuw && stand.textContent !== nieuw.getAttribute("data-stand")) {
            stand.textContent = nieuw.getAttribute("data-stand");
          }
        })
        .catch(function () { /* Keep the last figures; try again at the next tick. */ })
        .then(function () { window.setTimeout(verversen, wacht); });
    };
    window.setTimeout(verversen, wacht);
  }

  var formulieren = document.querySelectorAll("form[data-eenmalig]");
  Array.prototype.forEach.call(formulieren, function (formulier) {
    formulier.addEventListener("submit", function () {
      var knoppen = formulier.querySelectorAll("button[type=submit]");
      Array.prototype.forEach.call(knoppen, function (knop) {
        knop.disabled = true;
        knop.setAttribute("aria-disabled", "true");
      });
    });
  });
})();
