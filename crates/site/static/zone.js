// Offers the reader the programme in their own time zone, as their browser knows it. Without JavaScript the zone
// picker above does the same; this only saves looking one's zone up in the list.
(function () {
  "use strict";
  var offer = document.getElementById("my-zone");
  var picker = document.getElementById("zone");
  if (!offer || !picker || !window.Intl) {
    return;
  }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var known = Array.prototype.some.call(picker.options, function (o) { return o.value === zone; });
  if (!zone || !known || zone === offer.dataset.eventZone || zone === picker.value) {
    return;
  }
  var link = offer.querySelector("a");
  link.href = link.getAttribute("href") + "?zone=" + encodeURIComponent(zone);
  link.textContent = "Show the times in my time zone too (" + zone + ")";
  offer.hidden = false;
})();
