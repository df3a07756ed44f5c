// The registration form in another website's frame (docs/website.md): tells the host page how tall the form is, so
// that the frame fits it without a scroll bar of its own, and takes the colours, font and theme the host set on its
// element (the --dais-* properties only).
(function () {
  "use strict";
  if (window.parent === window) {
    return;
  }
  var root = document.documentElement;
  // Whether the host's look has come: until then each height asks for it too (the host answers every page of the
  // form, which loses it at each navigation).
  var styled = false;
  function tell() {
    // The height is no secret: any host may hear it.
    window.parent.postMessage({ dais: "height", height: root.scrollHeight, styled: styled }, "*");
  }
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.source !== window.parent || !data || data.dais !== "look" || typeof data.look !== "object") {
      return;
    }
    Object.keys(data.look).forEach(function (name) {
      var value = data.look[name];
      if (/^--dais-[a-z-]+$/.test(name) && typeof value === "string" && value.length < 200) {
        root.style.setProperty(name, value);
      } else if (name === "theme" && (value === "dark" || value === "light")) {
        root.dataset.theme = value;
      }
    });
    styled = true;
  });
  if (window.ResizeObserver) {
    new ResizeObserver(tell).observe(root);
  }
  window.addEventListener("load", tell);
  tell();
})();
