// PHQ-9: bring up the crisis panel as soon as question 9 is answered above zero,
// before the form is sent. Without JavaScript the panel comes with the result.
(function () {
  "use strict";
  var panel = document.getElementById("crisis-panel");
  if (!panel) {
    return;
  }
  var name = panel.getAttribute("data-item");
  var inputs = document.querySelectorAll('input[name="' + name + '"]');
  Array.prototype.forEach.call(inputs, function (input) {
    input.addEventListener("change", function () {
      if (input.checked && input.value !== "0" && panel.hidden) {
        panel.hidden = false;
        panel.scrollIntoView({ block: "nearest" });
      }
    });
  });
})();
