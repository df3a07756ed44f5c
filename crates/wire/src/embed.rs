//! The meeting's pages inside another website (docs/website.md): the script a host page loads, the element it places
//! for each part, and the snippet an organiser copies (the app's Publish dialog, `dais publish snippet`). Here because
//! the site serves these addresses and the app and the CLI write them.

use dais_core::{Lang, t};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The one script every embed loads: it defines the elements.
pub const SCRIPT_PATH: &str = "/embed.js";

/// What a host page can show of a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Embed {
    Programme,
    Speakers,
    Registration,
}

impl Embed {
    pub const ALL: [Embed; 3] = [Embed::Programme, Embed::Speakers, Embed::Registration];

    /// Its name in addresses: `/events/{id}/embed/programme`.
    pub fn name(self) -> &'static str {
        match self {
            Embed::Programme => "programme",
            Embed::Speakers => "speakers",
            Embed::Registration => "registration",
        }
    }

    pub fn parse(name: &str) -> Option<Embed> {
        Embed::ALL.into_iter().find(|e| e.name() == name)
    }

    /// The element a host page places: `<dais-programme meeting="…">`.
    pub fn element(self) -> &'static str {
        match self {
            Embed::Programme => "dais-programme",
            Embed::Speakers => "dais-speakers",
            Embed::Registration => "dais-registration",
        }
    }

    /// The site's page it stands for, linked inside the element for a browser that runs no script.
    pub fn page_url(self, site: &str, event_id: Uuid) -> String {
        let page = match self {
            Embed::Programme => "programme",
            Embed::Speakers => "speakers",
            Embed::Registration => "register",
        };
        format!("{}/events/{event_id}/{page}", site.trim_end_matches('/'))
    }

    /// The HTML to paste into a page of the organisation's website: the script, then the element with its link.
    pub fn snippet(self, site: &str, event_id: Uuid, short_title: &str, lang: Lang) -> String {
        let site = site.trim_end_matches('/');
        let link = t!(lang, "embed-link", part = self.name(), meeting = short_title);
        format!(
            "<script src=\"{site}{SCRIPT_PATH}\" async></script>\n<{element} meeting=\"{event_id}\"><a href=\"{page}\">{text}</a></{element}>",
            element = self.element(),
            page = self.page_url(site, event_id),
            text = escape(&link),
        )
    }
}

/// Every part's snippet, in the order the organiser is offered them.
pub fn snippets(site: &str, event_id: Uuid, short_title: &str, lang: Lang) -> Vec<(Embed, String)> {
    Embed::ALL.into_iter().map(|e| (e, e.snippet(site, event_id, short_title, lang))).collect()
}

/// The link's words as HTML text: a short title may hold `&` or `<`.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snippet_names_the_site_the_meeting_and_a_link_for_no_script() {
        let id: Uuid = "019a3a00-0000-7000-8000-000000000001".parse().unwrap();
        let snippet = Embed::Programme.snippet("https://events.example.org/", id, "R&D <9>", Lang::En);
        assert!(snippet.starts_with("<script src=\"https://events.example.org/embed.js\" async></script>\n"));
        assert!(snippet.contains(&format!(
            "<dais-programme meeting=\"{id}\"><a href=\"https://events.example.org/events/{id}/programme\">"
        )));
        assert!(snippet.contains("R&amp;D &lt;9&gt;"), "{snippet}");
        for embed in Embed::ALL {
            assert_eq!(Embed::parse(embed.name()), Some(embed));
        }
    }
}
