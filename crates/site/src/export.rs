//! The public site as files (`dais-site export --static DIR`, docs/website.md): every page, feed, document and photo
//! of the published meetings, in each language, as a folder any web server serves as it is (or a browser opens from
//! disk), every link relative.
//!
//! The export reads the site as a visitor does: it asks the site's own router for the meetings' list in each
//! language and follows every link of each page to this site. So the files hold what the live site shows the public
//! and nothing it does not link (its privacy rules are the files' too), and a link that would not answer stops the
//! export rather than leaving a broken page. Pages know they are files (`StaticFiles`): they leave out what needs the
//! site to answer (the zone picker), and link to the live site's form, or say there is none.

use std::collections::{BTreeMap, HashSet, VecDeque};
use std::path::Path;

use axum::body::Body;
use axum::http::header::{CONTENT_TYPE, HOST, LOCATION};
use axum::http::{Request, StatusCode};
use dais_core::Lang;
use tower::ServiceExt;

use crate::AppState;
use crate::links::{is_site_path, rewrite_links};
use crate::web::StaticFiles;

/// Where the files will be, and where the live form is.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The address the files will be served at, for the feeds, whose links must be whole addresses.
    pub public_url: Option<String>,
    /// The live site whose registration form the files link to; without it, the pages say there is no form here.
    pub live_site: Option<String>,
}

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub files: usize,
    pub bytes: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{0} exists and is not empty: give a new or empty folder, so that nothing in it is overwritten")]
    NotEmpty(String),
    #[error("{link}, linked from {from}, answers {status}: nothing was written")]
    Broken { link: String, from: String, status: StatusCode },
    #[error("{0}")]
    Site(String),
    #[error("writing {path}: {source}")]
    Write { path: String, source: std::io::Error },
}

impl From<ExportError> for dais_core::Error {
    fn from(e: ExportError) -> Self {
        dais_core::Error::Write { what: "site_files", reason: e.to_string() }
    }
}

/// A page of the site as the export asks for it: its path, and its language when it is not the default (English,
/// what a visitor who names none reads).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Address {
    path: String,
    lang: Option<Lang>,
}

impl Address {
    /// A link of a page to this site (`/events/…?lang=fr#day-…`), and its fragment.
    fn of_link(link: &str) -> (Address, Option<&str>) {
        let (rest, fragment) = match link.split_once('#') {
            Some((rest, fragment)) => (rest, Some(fragment)),
            None => (link, None),
        };
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let lang = url::form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| Lang::parse(&v))
            .filter(|l| *l != Lang::En);
        (Address { path: path.to_string(), lang }, fragment)
    }

    fn uri(&self) -> String {
        match self.lang {
            Some(lang) => format!("{}?lang={}", self.path, lang.code()),
            None => self.path.clone(),
        }
    }
}

/// What the site answered for one address.
enum Answer {
    Page { content_type: String, body: Vec<u8> },
    Moved(Address),
}

/// Writes the published meetings of `state`'s site into `dir` (new or empty).
pub async fn export(mut state: AppState, dir: &Path, options: Options) -> Result<Written, ExportError> {
    refuse_unless_empty(dir)?;
    if let Some(url) = &options.public_url {
        state.public_url = Some(url.as_str().into());
    }
    let router = crate::router(state);
    let files = StaticFiles { live_site: options.live_site.clone() };
    let mut answers: BTreeMap<Address, Answer> = BTreeMap::new();
    let mut queue: VecDeque<(Address, String)> = [None]
        .into_iter()
        .chain(Lang::ALL.into_iter().filter(|l| *l != Lang::En).map(Some))
        .map(|lang| (Address { path: "/".into(), lang }, "the start".to_string()))
        .collect();
    let mut seen: HashSet<Address> = queue.iter().map(|(a, _)| a.clone()).collect();
    while let Some((address, from)) = queue.pop_front() {
        let mut request = Request::get(address.uri()).header(HOST, "localhost").body(Body::empty()).expect("a GET");
        request.extensions_mut().insert(files.clone());
        let response = router.clone().oneshot(request).await.map_err(|e| ExportError::Site(e.to_string()))?;
        let status = response.status();
        let header = |name| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
        let (content_type, location) = (header(CONTENT_TYPE), header(LOCATION));
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .map_err(|e| ExportError::Site(e.to_string()))?
            .to_vec();
        let mut links = Vec::new();
        let answer = match (status, location) {
            (s, Some(location)) if s.is_redirection() && is_site_path(&location) => {
                let (target, _) = Address::of_link(&location);
                links.push(target.clone());
                Answer::Moved(target)
            }
            (StatusCode::OK, _) => {
                let content_type = content_type.unwrap_or_default();
                if content_type.starts_with("text/html") {
                    let html = String::from_utf8_lossy(&body);
                    rewrite_links(&html, |link| {
                        if is_site_path(link) {
                            links.push(Address::of_link(link).0);
                        }
                        None
                    })
                    .map_err(ExportError::Site)?;
                }
                Answer::Page { content_type, body }
            }
            (status, _) => return Err(ExportError::Broken { link: address.uri(), from, status }),
        };
        for link in links {
            if seen.insert(link.clone()) {
                queue.push_back((link, address.uri()));
            }
        }
        answers.insert(address, answer);
    }
    write(dir, &answers)
}

/// The public site as an organiser's workspace keeps it (the publications it fetched from its site), offline: the
/// app's "Save the public site as files…" and `dais site-files`. The workspace is copied aside (SQLite's backup, one
/// consistent read while the app goes on writing) and read as a site's data, so that the files are what the site
/// would serve.
pub fn export_workspace(workspace: &Path, dir: &Path, options: Options) -> Result<Written, ExportError> {
    refuse_unless_empty(dir)?;
    let aside = tempfile::tempdir().map_err(|e| ExportError::Site(e.to_string()))?;
    crate::backup::copy_database(workspace, &aside.path().join(crate::DATA_FILE))
        .map_err(|e| ExportError::Site(format!("{}: {e}", workspace.display())))?;
    let state = crate::open(aside.path(), false).map_err(|e| ExportError::Site(e.to_string()))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| ExportError::Site(e.to_string()))?;
    runtime.block_on(export(state, dir, options))
}

/// Nothing in `dir` is ever written over: it must be new or empty.
fn refuse_unless_empty(dir: &Path) -> Result<(), ExportError> {
    match dir.read_dir().is_ok_and(|mut entries| entries.next().is_some()) {
        true => Err(ExportError::NotEmpty(dir.display().to_string())),
        false => Ok(()),
    }
}

/// Each answer as its file, every link to another made relative to it.
fn write(dir: &Path, answers: &BTreeMap<Address, Answer>) -> Result<Written, ExportError> {
    let file_of = |address: &Address| -> String {
        let content_type = match answers.get(address) {
            Some(Answer::Page { content_type, .. }) => content_type.as_str(),
            _ => "text/html",
        };
        file_name(address, content_type)
    };
    let mut written = Written { files: 0, bytes: 0 };
    for (address, answer) in answers {
        let file = file_of(address);
        let relative = |link: &str| -> Option<String> {
            if !is_site_path(link) {
                return None;
            }
            let (target, fragment) = Address::of_link(link);
            let href = relative_path(&file, &file_of(&target));
            Some(match fragment {
                Some(fragment) => format!("{href}#{fragment}"),
                None => href,
            })
        };
        let bytes = match answer {
            Answer::Page { content_type, body } if content_type.starts_with("text/html") => {
                rewrite_links(&String::from_utf8_lossy(body), relative).map_err(ExportError::Site)?.into_bytes()
            }
            Answer::Page { body, .. } => body.clone(),
            Answer::Moved(target) => moved_page(address, &relative_path(&file, &file_of(target))).into_bytes(),
        };
        let path = dir.join(&file);
        let failed = |source| ExportError::Write { path: path.display().to_string(), source };
        std::fs::create_dir_all(path.parent().expect("a file is in the folder")).map_err(failed)?;
        std::fs::write(&path, &bytes).map_err(failed)?;
        written.files += 1;
        written.bytes += bytes.len() as u64;
    }
    Ok(written)
}

/// A page's file: `events/{id}/programme/index.html` (in `fr/…` for French), so that any server serves it at its
/// folder's address; a feed, document or photo keeps its name, given the extension its type says if it has none.
fn file_name(address: &Address, content_type: &str) -> String {
    let prefix = address.lang.map(|l| format!("{}/", l.code())).unwrap_or_default();
    let path = address.path.trim_start_matches('/').trim_end_matches('/');
    let last = path.rsplit('/').next().unwrap_or_default();
    if content_type.starts_with("text/html") {
        if path.is_empty() { format!("{prefix}index.html") } else { format!("{prefix}{path}/index.html") }
    } else if last.contains('.') {
        format!("{prefix}{path}")
    } else {
        let extension = if content_type.contains("json") {
            "json"
        } else if content_type.contains("xml") {
            "xml"
        } else {
            "txt"
        };
        format!("{prefix}{path}.{extension}")
    }
}

/// `to` as a link from the file `from`, both relative to the export's folder.
fn relative_path(from: &str, to: &str) -> String {
    let from_dirs: Vec<&str> = from.split('/').collect::<Vec<_>>()[..from.split('/').count() - 1].to_vec();
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from_dirs.iter().zip(&to_parts).take_while(|(a, b)| a == b).count().min(to_parts.len() - 1);
    let mut parts: Vec<&str> = std::iter::repeat_n("..", from_dirs.len() - common).collect();
    parts.extend(&to_parts[common..]);
    parts.join("/")
}

/// Where the site answers with a redirect (the meetings' list of a site with one meeting), the file leads on.
fn moved_page(address: &Address, href: &str) -> String {
    let lang = address.lang.unwrap_or(Lang::En);
    format!(
        "<!doctype html>\n<html lang=\"{code}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{href}</title>\
         <meta http-equiv=\"refresh\" content=\"0; url={href}\"></head><body><p><a href=\"{href}\">{href}</a></p></body></html>\n",
        code = lang.code(),
        dir = lang.dir(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_between_files_is_relative() {
        assert_eq!(relative_path("index.html", "events/1/index.html"), "events/1/index.html");
        assert_eq!(relative_path("events/1/programme/index.html", "events/1/index.html"), "../index.html");
        assert_eq!(relative_path("fr/events/1/index.html", "static/site.css"), "../../../static/site.css");
        assert_eq!(relative_path("events/1/index.html", "events/1/programme.ics"), "programme.ics");
        assert_eq!(relative_path("events/1/index.html", "events/1/index.html"), "index.html");
    }

    #[test]
    fn a_page_is_a_folders_index_and_a_feed_keeps_its_name() {
        let address = |path: &str, lang| Address { path: path.into(), lang };
        assert_eq!(file_name(&address("/", None), "text/html"), "index.html");
        assert_eq!(
            file_name(&address("/events/1/programme", Some(Lang::Fr)), "text/html; charset=utf-8"),
            "fr/events/1/programme/index.html"
        );
        assert_eq!(file_name(&address("/events/1/programme.ics", None), "text/calendar"), "events/1/programme.ics");
        assert_eq!(
            file_name(&address("/api/v1/events/1/programme", None), "application/json"),
            "api/v1/events/1/programme.json"
        );
        assert_eq!(Address::of_link("/events/1?lang=en#day-1"), (address("/events/1", None), Some("day-1")));
        assert_eq!(Address::of_link("/events/1?zone=X&lang=ar").0, address("/events/1", Some(Lang::Ar)));
    }
}
