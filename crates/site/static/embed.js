// The meeting's programme, speakers and registration form inside another website's page (docs/website.md). One
// script and no build step on the host's side: it defines <dais-programme>, <dais-speakers> and
// <dais-registration meeting="…">, each drawn in a shadow root from the site's own markup, so that the host's styles
// and the site's leave each other alone. Until it is drawn, and in a browser that runs no script, the element shows
// what the host put in it: a link to the same page on the meeting's site.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.customElements || !window.fetch || !HTMLElement.prototype.attachShadow) {
    return;
  }
  // The site is where this script came from, a path under it included (a site behind a proxy's prefix).
  var site = script.src.replace(/\/embed\.js([?#].*)?$/, "");
  var origin = new URL(site).origin;
  var COLOURS = ["accent", "text", "muted", "line", "background", "tint"];
  var PROPERTIES = ["--dais-font"].concat(
    COLOURS.map(function (c) { return "--dais-" + c; }),
    COLOURS.map(function (c) { return "--dais-dark-" + c; })
  );

  function language(element) {
    var holder = element.closest("[lang]");
    return ((holder && holder.getAttribute("lang")) || "").split("-")[0].toLowerCase();
  }

  function zone() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (e) {
      return "";
    }
  }

  // The host's colours, font and theme, for the form's frame: a frame inherits nothing from the page around it.
  function look(element) {
    var style = getComputedStyle(element);
    var chosen = { theme: element.getAttribute("theme") || "" };
    PROPERTIES.forEach(function (name) {
      var value = style.getPropertyValue(name).trim();
      if (value) {
        chosen[name] = value;
      }
    });
    return chosen;
  }

  function define(name, part) {
    if (customElements.get(name)) {
      return;
    }
    customElements.define(name, class extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) {
          return;
        }
        var root = this.attachShadow({ mode: "open" });
        root.innerHTML = "<slot></slot>";
        var meeting = this.getAttribute("meeting") || "";
        var query = new URLSearchParams();
        if (language(this)) {
          query.set("lang", language(this));
        }
        if (part === "programme" && zone()) {
          query.set("zone", zone());
        }
        var url = site + "/events/" + encodeURIComponent(meeting) + "/embed/" + part + "?" + query;
        var element = this;
        // Revalidated on each view (the ETag makes it cheap), so that a new version shows as soon as it is published.
        fetch(url, { cache: "no-cache", credentials: "omit" })
          .then(function (response) {
            if (!response.ok) {
              throw new Error(response.status);
            }
            return response.text();
          })
          .then(function (html) {
            var drawn = document.createElement("div");
            drawn.hidden = true;
            drawn.innerHTML = html;
            root.appendChild(drawn);
            // Listened to at once: the form's frame may speak before the stylesheets are in.
            var frame = drawn.querySelector("iframe");
            if (frame) {
              fit(element, frame);
            }
            // Shown once its stylesheets are in, so that it never shows unstyled.
            var sheets = Array.prototype.map.call(drawn.querySelectorAll("link[rel=stylesheet]"), function (link) {
              return new Promise(function (done) {
                link.addEventListener("load", done);
                link.addEventListener("error", done);
              });
            });
            return Promise.all(sheets).then(function () {
              root.querySelector("slot").remove();
              drawn.hidden = false;
              element.setAttribute("data-drawn", "");
            });
          })
          .catch(function () {
            // The link stays: the reader still reaches the page on the meeting's site.
          });
      }
    });
  }

  // The form's frame as tall as the form, and in the host's look, which each of the form's pages asks for.
  function fit(element, frame) {
    window.addEventListener("message", function (event) {
      var data = event.data;
      if (event.origin !== origin || event.source !== frame.contentWindow || !data || data.dais !== "height") {
        return;
      }
      frame.style.height = Math.ceil(Number(data.height) || 0) + "px";
      if (!data.styled) {
        frame.contentWindow.postMessage({ dais: "look", look: look(element) }, origin);
      }
    });
  }

  define("dais-programme", "programme");
  define("dais-speakers", "speakers");
  define("dais-registration", "registration");
})();
