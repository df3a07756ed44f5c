// The reader's own time zone, as their browser knows it. On the programme it offers the times in that zone (without
// JavaScript the zone picker does the same; this only saves looking one's zone up in the list). On the registration
// form it goes with the request, so that the mails about it also give the times in the registrant's zone.
(function () {
  "use strict";
  if (!window.Intl) {
    return;
  }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone) {
    return;
  }
  var field = document.getElementById("time_zone");
  if (field) {
    field.value = zone;
  }
  var offer = document.getElementById("my-zone");
  var picker = document.getElementById("zone");
  if (!offer || !picker) {
    return;
  }
  var known = Array.prototype.some.call(picker.options, function (o) { return o.value === zone; });
  if (!known || zone === offer.dataset.eventZone || zone === picker.value) {
    return;
  }
  var link = offer.querySelector("a");
  // The link keeps the page's other parameters (its language); the words are the page's, in its language.
  var url = new URL(link.href);
  url.searchParams.set("zone", zone);
  link.href = url.pathname + url.search;
  link.textContent = offer.dataset.offer.replace("%s", zone);
  offer.hidden = false;
})();
