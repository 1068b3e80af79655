// Enhancements only: every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  // Move focus to the error summary so screen-reader and keyboard users hear what went wrong first.
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.focus();
  }
});
