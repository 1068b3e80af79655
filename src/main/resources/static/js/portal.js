// Enhancements only: every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  // Move focus to the error summary so screen-reader and keyboard users hear what went wrong first;
  // a form that puts its errors at the field focuses that field itself (autofocus) and keeps it.
  var summary = document.querySelector('.error-summary');
  if (summary && !document.querySelector('[autofocus]')) {
    summary.focus();
  }

  // Conditional reveal (the GOV.UK radios pattern): a block named by a radio's data-reveals is shown
  // only while such a radio is chosen. Without this script the block is always shown.
  document.querySelectorAll('[data-module="conditional-reveal"]').forEach(function (group) {
    var radios = group.querySelectorAll('input[type="radio"]');
    var targets = {};
    radios.forEach(function (radio) {
      if (radio.dataset.reveals) {
        targets[radio.dataset.reveals] = document.getElementById(radio.dataset.reveals);
        radio.setAttribute('aria-controls', radio.dataset.reveals);
      }
    });
    function update() {
      Object.keys(targets).forEach(function (id) {
        var shown = Array.prototype.some.call(radios, function (radio) {
          return radio.checked && radio.dataset.reveals === id;
        });
        if (targets[id]) {
          targets[id].hidden = !shown;
        }
      });
    }
    radios.forEach(function (radio) {
      radio.addEventListener('change', update);
    });
    update();
  });
});
