//! A programme fetched from Indico's HTTP export API (`/export/timetable/ID.json`, `/export/event/ID.json`) with the
//! organiser's API token, when online: the bytes `dais_core::import::programme::read_programme` reads as it reads a
//! saved export.

use std::time::Duration;

use dais_core::{Error, msg};

/// An export as Indico sent it, and the address it came from (its errors name it).
pub struct IndicoExport {
    pub url: String,
    pub bytes: Vec<u8>,
}

/// The export an address names: an export's own address as it is, an event's page (`…/event/1234/…`) as its
/// timetable's export.
pub fn export_url(address: &str) -> Option<reqwest::Url> {
    let mut url = reqwest::Url::parse(address.trim()).ok().filter(|u| matches!(u.scheme(), "http" | "https"))?;
    if url.path().contains("/export/") {
        return Some(url);
    }
    let segments: Vec<&str> = url.path_segments()?.collect();
    let at = segments.iter().position(|s| *s == "event")?;
    let id = segments.get(at + 1).filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric()))?;
    // Indico may live under a path of its own (https://example.org/indico/event/12/).
    let base = segments[..at].join("/");
    let path = if base.is_empty() {
        format!("/export/timetable/{id}.json")
    } else {
        format!("/{base}/export/timetable/{id}.json")
    };
    url.set_path(&path);
    url.set_query(None);
    url.set_fragment(None);
    Some(url)
}

/// Fetches the export `address` names, with the API token as Indico takes it (`Authorization: Bearer`); a public
/// event's needs none.
pub fn fetch_indico(address: &str, token: Option<&str>) -> Result<IndicoExport, Error> {
    let unreadable = |reason| Error::Unreadable { file: address.trim().to_string(), reason };
    let url = export_url(address).ok_or_else(|| unreadable(msg!("import-indico-address")))?;
    let http = reqwest::blocking::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(120))
        .build()
        .map_err(|e| unreadable(msg!("import-indico-unreachable", reason = e.to_string())))?;
    let mut request = http.get(url.clone());
    if let Some(token) = token.map(str::trim).filter(|t| !t.is_empty()) {
        request = request.bearer_auth(token);
    }
    let response = request.send().map_err(|e| unreadable(msg!("import-indico-unreachable", reason = e.to_string())))?;
    let status = response.status();
    if status == reqwest::StatusCode::UNAUTHORIZED || status == reqwest::StatusCode::FORBIDDEN {
        return Err(unreadable(msg!("import-indico-token")));
    }
    if !status.is_success() {
        return Err(unreadable(msg!("import-indico-status", status = status.as_u16().to_string())));
    }
    let bytes = response.bytes().map_err(|e| unreadable(msg!("import-indico-unreachable", reason = e.to_string())))?;
    Ok(IndicoExport { url: url.to_string(), bytes: bytes.to_vec() })
}

#[cfg(test)]
mod tests {
    use super::export_url;

    #[test]
    fn an_event_page_is_read_as_its_timetable_export_and_an_export_as_it_is() {
        let url = |a: &str| export_url(a).map(|u| u.to_string());
        assert_eq!(
            url("https://indico.itu.int/event/1234/").as_deref(),
            Some("https://indico.itu.int/export/timetable/1234.json")
        );
        assert_eq!(
            url("https://example.org/indico/event/77/timetable/#20260302?x=1").as_deref(),
            Some("https://example.org/indico/export/timetable/77.json")
        );
        let export = "https://indico.cern.ch/export/event/42.json?detail=contributions";
        assert_eq!(url(export).as_deref(), Some(export));
        assert_eq!(url("ftp://indico.cern.ch/event/1/"), None);
        assert_eq!(url("https://indico.cern.ch/category/2/"), None);
    }
}
