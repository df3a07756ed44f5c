//! A page's links rewritten as it is written out: absolute to the site in an embed (the host page's address would
//! otherwise resolve them), relative between files in the static export. Every `href`, `src` and `action`.

use lol_html::{RewriteStrSettings, element, rewrite_str};

/// `html` with each link `rewrite` gives a new value (`None` leaves it as it is).
pub fn rewrite_links(html: &str, mut rewrite: impl FnMut(&str) -> Option<String>) -> Result<String, String> {
    let handler = element!("[href], [src], [action]", |el| {
        for name in ["href", "src", "action"] {
            if let Some(new) = el.get_attribute(name).and_then(|value| rewrite(&value)) {
                el.set_attribute(name, &new)?;
            }
        }
        Ok(())
    });
    rewrite_str(html, RewriteStrSettings { element_content_handlers: vec![handler], ..RewriteStrSettings::new() })
        .map_err(|e| e.to_string())
}

/// A link to a page of this site (`/events/…`), not to another site (`//host/…`, `https://…`) nor within the page.
pub fn is_site_path(link: &str) -> bool {
    link.starts_with('/') && !link.starts_with("//")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_sites_own_links_are_rewritten() {
        let html = r##"<a href="/events/1?lang=fr&amp;x=1">a</a><a href="https://x.org/">b</a><a href="#day">c</a><img src="/p.jpg"><form action="/r"></form><a href="//x.org/">d</a>"##;
        let out = rewrite_links(html, |l| is_site_path(l).then(|| format!("https://site{l}"))).unwrap();
        assert_eq!(
            out,
            r##"<a href="https://site/events/1?lang=fr&amp;x=1">a</a><a href="https://x.org/">b</a><a href="#day">c</a><img src="https://site/p.jpg"><form action="https://site/r"></form><a href="//x.org/">d</a>"##
        );
    }
}
