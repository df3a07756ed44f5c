//! The client engine: one sync of a workspace with its event site.

use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use dais_core::{Lang, Store, t};
use serde::Serialize;
use serde::de::DeserializeOwned;

use dais_core::publication::Published;
use uuid::Uuid;

use crate::{
    MAX_PUSH, PROTOCOL, PUBLICATIONS_PATH, PUBLISH_PATH, PULL_PATH, PUSH_PATH, PublicationsRequest,
    PublicationsResponse, PublishRequest, PullRequest, PullResponse, PushRequest, PushResponse, RESEND_PATH,
    ResendRequest, WITHDRAW_PATH, WireError, WithdrawRequest,
};

/// Mutations per push: big enough that a day offline goes in a few requests, small enough for a slow link, and
/// within what the site takes.
const PUSH_BATCH: i64 = 500;
const _: () = assert!(PUSH_BATCH as usize <= crate::MAX_PUSH);
/// Rows per pull page.
const PULL_PAGE: u32 = 5_000;
/// Rows applied per transaction: the workspace is locked only that long, so the organiser's commands go on between
/// two (a page of 5,000 in one would hold them for the whole page).
const APPLY_ROWS: usize = 500;
/// The same on a pull from the start, whose rows go in without the secondary indexes (`Store::set_indexes_aside`):
/// four times as many rows take about as long (10-15 ms), in a quarter of the commits.
pub const FIRST_PULL_APPLY_ROWS: usize = 2_000;

#[derive(Debug)]
pub enum SyncError {
    /// The site cannot be reached: a normal state for a laptop, not a failure. Nothing was lost.
    Offline {
        url: String,
        reason: String,
    },
    Unauthorized,
    /// The site answered with an error of its own, in its words (English: the sync API is for machines).
    Site {
        code: String,
        message: String,
    },
    BadUrl(String),
    Local(dais_core::Error),
}

impl From<dais_core::Error> for SyncError {
    fn from(e: dais_core::Error) -> Self {
        SyncError::Local(e)
    }
}

/// In English, for logs; people read [`SyncError::say`].
impl std::fmt::Display for SyncError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.say(Lang::En))
    }
}

impl std::error::Error for SyncError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SyncError::Local(e) => e.source(),
            _ => None,
        }
    }
}

impl SyncError {
    /// The error in a sentence, in `lang`; the site's own answer as it gave it.
    pub fn say(&self, lang: Lang) -> String {
        match self {
            SyncError::Offline { url, reason } => t!(lang, "error-sync-offline", url = url, reason = reason),
            SyncError::Unauthorized => t!(lang, "error-sync-unauthorized"),
            SyncError::Site { message, .. } => message.clone(),
            SyncError::BadUrl(url) => t!(lang, "error-sync-bad-url", url = url),
            SyncError::Local(e) => e.say(lang),
        }
    }

    pub fn code(&self) -> &str {
        match self {
            SyncError::Offline { .. } => "offline",
            SyncError::Unauthorized => "unauthorized",
            SyncError::Site { code, .. } => code,
            SyncError::BadUrl(_) => "invalid",
            SyncError::Local(e) => e.code(),
        }
    }
}

/// Where a sync is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum Progress {
    Pushing {
        sent: usize,
        waiting: usize,
    },
    Pulling {
        received: usize,
    },
    /// The site was restored from an earlier copy: the workspace sends its rows again.
    Resending {
        sent: usize,
    },
    /// Everything is sent and received: the site makes the new version public.
    Publishing,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SyncReport {
    pub pushed: usize,
    pub pulled: usize,
    /// Conflicts new to this workspace (a pull from the start brings again those it has).
    pub conflicts: usize,
    /// The site had been restored from an earlier copy: the workspace sent its rows again and reloaded the site's.
    pub reset: bool,
    /// Changes the site did not apply, each with why: their rows are back to the site's values.
    pub refused: Vec<dais_core::Refusal>,
}

impl SyncReport {
    /// The changes the site refused, as one failure naming each: the sync went through, but these values did not.
    pub fn refused_error(&self) -> Option<SyncError> {
        if self.refused.is_empty() {
            return None;
        }
        let n = self.refused.len();
        let each: Vec<String> = self.refused.iter().map(ToString::to_string).collect();
        // Its own code: `rejected` is a push that failed, whereas this sync went through.
        Some(SyncError::Site {
            code: "refused".into(),
            message: format!(
                "the event site refused {n} {}, now back to the site's values: {}",
                if n == 1 { "change" } else { "changes" },
                each.join("; ")
            ),
        })
    }
}

/// An event site and the organiser's token for it.
pub struct Site {
    http: reqwest::blocking::Client,
    url: reqwest::Url,
    token: String,
    /// The organiser's name as set in the workspace, sent with each request (`ORGANISER_HEADER`).
    organiser: Option<String>,
}

/// An event site's address as organisers give it: http(s), or `BadUrl`.
pub fn site_url(url: &str) -> Result<reqwest::Url, SyncError> {
    reqwest::Url::parse(url)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .ok_or_else(|| SyncError::BadUrl(url.to_string()))
}

impl Site {
    pub fn new(url: &str, token: &str) -> Result<Site, SyncError> {
        let url = site_url(url)?;
        let http = reqwest::blocking::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(120))
            .build()
            .map_err(|e| SyncError::Offline { url: url.to_string(), reason: e.to_string() })?;
        Ok(Site { http, url, token: token.to_string(), organiser: None })
    }

    /// The same site, naming the organiser (`None`: the site names them by their token's label).
    pub fn named(self, organiser: Option<String>) -> Site {
        Site { organiser: organiser.map(|n| dais_wire::organiser_header(&n)), ..self }
    }

    fn call<Q: Serialize, A: DeserializeOwned>(&self, path: &str, body: &Q) -> Result<A, SyncError> {
        let url = self.url.join(path).map_err(|_| SyncError::BadUrl(self.url.to_string()))?;
        let offline = |e: reqwest::Error| SyncError::Offline { url: self.url.to_string(), reason: e.to_string() };
        let mut request = self.http.post(url).bearer_auth(&self.token).json(body);
        if let Some(name) = &self.organiser {
            request = request.header(dais_wire::ORGANISER_HEADER, name);
        }
        let response = request.send().map_err(offline)?;
        let status = response.status();
        if status == reqwest::StatusCode::UNAUTHORIZED {
            return Err(SyncError::Unauthorized);
        }
        let bytes = response.bytes().map_err(offline)?;
        if status.is_success() {
            return serde_json::from_slice(&bytes).map_err(|e| SyncError::Site {
                code: "protocol".into(),
                message: format!("the event site's answer is not understood: {e}"),
            });
        }
        Err(match serde_json::from_slice::<WireError>(&bytes) {
            Ok(e) => SyncError::Site { code: e.code, message: e.message },
            Err(_) => SyncError::Site {
                code: "site".into(),
                message: format!("the event site answered {status}: {}", String::from_utf8_lossy(&bytes)),
            },
        })
    }
}

fn lock(store: &Mutex<Store>) -> MutexGuard<'_, Store> {
    // A panic elsewhere while holding the lock left SQLite consistent (its transaction rolled back).
    store.lock().unwrap_or_else(|e| e.into_inner())
}

/// Pushes the outbox, then pulls until the site has nothing more. The store is locked only for local steps, never
/// during a request, so the organiser can go on editing while a sync runs.
pub fn sync(store: &Mutex<Store>, site: &Site, progress: &mut dyn FnMut(Progress)) -> Result<SyncReport, SyncError> {
    let mut report = SyncReport::default();
    push(store, site, &mut report, progress)?;
    pull(store, site, PULL_PAGE, usize::MAX, &mut report, progress)?;
    fetch_publications(store, site, report.reset, Vec::new())?;
    Ok(report)
}

/// Brings the site's publications the workspace lacks (all of them again after the site was restored), for the
/// app's history of versions and the preview's comparison. `editions`: digests of editions the workspace has (those
/// it just published), which the site leaves out for the workspace to make; one it makes otherwise (a colleague's
/// edit came between) comes again whole.
fn fetch_publications(store: &Mutex<Store>, site: &Site, again: bool, editions: Vec<String>) -> Result<(), SyncError> {
    let after = if again { 0 } else { lock(store).last_publication_seq()? };
    let answer: PublicationsResponse =
        site.call(PUBLICATIONS_PATH, &PublicationsRequest { protocol: PROTOCOL, after, editions })?;
    if let Some(seq) = lock(store).keep_publications(&answer.publications)? {
        let request = PublicationsRequest { protocol: PROTOCOL, after: seq - 1, editions: Vec::new() };
        let answer: PublicationsResponse = site.call(PUBLICATIONS_PATH, &request)?;
        lock(store).keep_publications(&answer.publications)?;
    }
    Ok(())
}

/// Publishes a meeting and its side events as the next version: shares the meeting if it was on this laptop only,
/// syncs, then asks the site to publish, which it does only if it holds the content of the organiser's preview
/// (`digest`; `changed_since_preview` otherwise: a colleague's edit arrived).
pub fn publish(
    store: &Mutex<Store>,
    site: &Site,
    event_id: Uuid,
    digest: Option<&str>,
    progress: &mut dyn FnMut(Progress),
) -> Result<(SyncReport, Published), SyncError> {
    lock(store).share(event_id)?;
    let report = sync(store, site, progress)?;
    progress(Progress::Publishing);
    let request = PublishRequest { protocol: PROTOCOL, event_id, digest: digest.map(str::to_string) };
    let published: Published = site.call(PUBLISH_PATH, &request)?;
    let editions = lock(store).edition_digests(event_id)?;
    fetch_publications(store, site, false, editions)?;
    Ok((report, published))
}

/// Takes a meeting and its side events off the public site until the next Publish. Returns whether it was public.
pub fn withdraw(store: &Mutex<Store>, site: &Site, event_id: Uuid) -> Result<bool, SyncError> {
    #[derive(serde::Deserialize)]
    struct Answer {
        withdrawn: bool,
    }
    let answer: Answer = site.call(WITHDRAW_PATH, &WithdrawRequest { protocol: PROTOCOL, event_id })?;
    fetch_publications(store, site, false, Vec::new())?;
    Ok(answer.withdrawn)
}

/// Sends the outbox, oldest first, in batches; each batch leaves the outbox once the site acknowledged it.
pub fn push(
    store: &Mutex<Store>,
    site: &Site,
    report: &mut SyncReport,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), SyncError> {
    recovering(store, site, report, progress, |report, progress| {
        let client_id = lock(store).replica_id();
        loop {
            let (mutations, waiting, cursor) = {
                let store = lock(store);
                (store.pending(PUSH_BATCH)?, store.pending_count()? as usize, store.sync_cursor()?)
            };
            let Some(last) = mutations.last().map(|m| m.id) else { return Ok(()) };
            progress(Progress::Pushing { sent: report.pushed, waiting });
            let sent = mutations.len();
            let request = PushRequest { protocol: PROTOCOL, client_id: client_id.clone(), mutations, cursor };
            let answer: PushResponse = site.call(PUSH_PATH, &request)?;
            if answer.last_mutation_id < last {
                return Err(SyncError::Site {
                    code: "protocol".into(),
                    message: format!("the event site applied changes up to {} of {last}", answer.last_mutation_id),
                });
            }
            lock(store).acknowledge(answer.last_mutation_id)?;
            report.pushed += sent;
            report.refused.extend(answer.refused);
        }
    })
}

/// Brings the site's changes, up to `max_pages` pages of `page_size` rows, each applied in short transactions, the
/// last with its cursor (`adopt`). The next page is fetched while this one is applied: the site's reading and the
/// laptop's writing overlap. Nothing of a page is kept before it is applied, so a pull killed at any point resumes
/// from the last applied page.
pub fn pull(
    store: &Mutex<Store>,
    site: &Site,
    page_size: u32,
    max_pages: usize,
    report: &mut SyncReport,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), SyncError> {
    recovering(store, site, report, progress, |report, progress| {
        let (client_id, acknowledged, cursor) = {
            let store = lock(store);
            (store.replica_id(), store.acknowledged()?, store.sync_cursor()?)
        };
        let fetch = |cursor: Option<String>| -> Result<PullResponse, SyncError> {
            let request = PullRequest {
                protocol: PROTOCOL,
                client_id: client_id.clone(),
                cursor,
                limit: page_size,
                acknowledged,
            };
            site.call(PULL_PATH, &request)
        };
        // A pull from the start loads the whole meeting: its indexes are built once at the end, not row by row.
        let from_start = cursor.is_none();
        if from_start {
            lock(store).set_indexes_aside()?;
        }
        let rows_per_part = if from_start { FIRST_PULL_APPLY_ROWS } else { APPLY_ROWS };
        let pulled =
            fetch(cursor).and_then(|first| pull_pages(store, first, fetch, rows_per_part, max_pages, report, progress));
        if from_start {
            // Not under the workspace's lock, where the file has a path: the window reads on meanwhile.
            let path = lock(store).path().map(std::path::Path::to_path_buf);
            match path {
                Some(path) => Store::build_indexes_set_aside_at(&path)?,
                None => lock(store).build_indexes_set_aside()?,
            }
        }
        pulled
    })
}

/// The pages of a pull, from the first (`page`): each next one fetched while this one is applied.
fn pull_pages(
    store: &Mutex<Store>,
    mut page: PullResponse,
    fetch: impl Fn(Option<String>) -> Result<PullResponse, SyncError> + Sync,
    rows_per_part: usize,
    max_pages: usize,
    report: &mut SyncReport,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), SyncError> {
    for n in 1..=max_pages {
        let more = page.has_more && n < max_pages;
        let next = std::thread::scope(|scope| {
            let next = more.then(|| scope.spawn(|| fetch(Some(page.cursor.clone()))));
            let new_conflicts = adopt(store, &page, rows_per_part)?;
            let next = next
                .map(|h| {
                    h.join().unwrap_or_else(|_| {
                        Err(SyncError::Site { code: "site".into(), message: "a pull failed".into() })
                    })
                })
                .transpose()?;
            Ok::<_, SyncError>((new_conflicts, next))
        })?;
        let (new_conflicts, next) = next;
        report.pulled += page.tables.iter().map(|t| t.rows.len()).sum::<usize>();
        report.conflicts += new_conflicts;
        progress(Progress::Pulling { received: report.pulled });
        match next {
            Some(next) => page = next,
            None => break,
        }
    }
    Ok(())
}

/// Runs a step of a sync; if the site answers that it was restored from an earlier copy (it lacks changes it once
/// took from this workspace, or has not the feed the workspace read), sends it the workspace's rows and runs the
/// step again.
fn recovering(
    store: &Mutex<Store>,
    site: &Site,
    report: &mut SyncReport,
    progress: &mut dyn FnMut(Progress),
    mut step: impl FnMut(&mut SyncReport, &mut dyn FnMut(Progress)) -> Result<(), SyncError>,
) -> Result<(), SyncError> {
    match step(report, progress) {
        Err(SyncError::Site { code, .. }) if code == dais_core::error::SITE_RESTORED => {
            resend(store, site, progress)?;
            report.reset = true;
            step(report, progress)
        }
        outcome => outcome,
    }
}

/// Sends every row of the workspace, each field with its stamp, in parts the site takes, then the last change the
/// site had acknowledged; then forgets the cursor, so that the next pull reloads the site's data, now merged with
/// this workspace's. The site takes a row twice as once: a resend cut short is simply made again.
fn resend(store: &Mutex<Store>, site: &Site, progress: &mut dyn FnMut(Progress)) -> Result<(), SyncError> {
    // Read first: a change made while the rows go out is pushed after, as any other.
    let (client_id, acknowledged) = {
        let store = lock(store);
        (store.replica_id(), store.acknowledged()?)
    };
    let send = |erased, tables, conflicts, acknowledged| -> Result<(), SyncError> {
        let client_id = client_id.clone();
        let request = ResendRequest { protocol: PROTOCOL, client_id, erased, tables, conflicts, acknowledged };
        site.call::<_, serde_json::Value>(RESEND_PATH, &request).map(drop)
    };
    // Erasures first: a row erased here must not come back from the rows of a laptop that had not heard of it.
    let erased = lock(store).erased()?;
    for part in erased.chunks(MAX_PUSH) {
        send(part.to_vec(), Vec::new(), Vec::new(), None)?;
    }
    let mut sent = 0;
    for table in &dais_core::model::TABLES {
        let mut after = String::new();
        loop {
            progress(Progress::Resending { sent });
            let rows = lock(store).rows_after(table, &after, MAX_PUSH)?;
            let Some(last) = rows.rows.last().and_then(|r| r[0].as_str()) else { break };
            after = last.to_string();
            let n = rows.rows.len();
            send(Vec::new(), vec![rows], Vec::new(), None)?;
            sent += n;
        }
    }
    let mut after = String::new();
    loop {
        let conflicts = lock(store).conflicts_after(&after, MAX_PUSH)?;
        let Some(last) = conflicts.last() else { break };
        after = last.id.to_string();
        send(Vec::new(), Vec::new(), conflicts, None)?;
    }
    send(Vec::new(), Vec::new(), Vec::new(), Some(acknowledged))?;
    lock(store).reset_cursor()?;
    Ok(())
}

/// Applies a page in transactions of `rows_per_part` rows; only the last moves the cursor (with the page's conflicts).
/// A pull stopped between two is safe: the page comes again from the old cursor, and adopting a row twice leaves it
/// as adopting it once. Returns how many of its conflicts are new to the workspace.
fn adopt(store: &Mutex<Store>, page: &PullResponse, rows_per_part: usize) -> Result<usize, SyncError> {
    let mut chunks: Vec<Vec<dais_core::RowsPart>> = vec![Vec::new()];
    let mut rows_in_chunk = 0;
    for table in &page.tables {
        for part in table.parts(rows_per_part) {
            if rows_in_chunk + part.rows.len() > rows_per_part && rows_in_chunk > 0 {
                chunks.push(Vec::new());
                rows_in_chunk = 0;
            }
            rows_in_chunk += part.rows.len();
            chunks.last_mut().expect("one chunk at least").push(part);
        }
    }
    let last = chunks.len() - 1;
    let mut new_conflicts = 0;
    for (i, tables) in chunks.iter().enumerate() {
        if i < last {
            lock(store).adopt_page(dais_core::Adopted { tables, ..Default::default() }, None, &page.clock, false)?;
        } else {
            let last = dais_core::Adopted { tables, conflicts: &page.conflicts, erased: &page.erased };
            new_conflicts += lock(store).adopt_page(last, Some(&page.cursor), &page.clock, !page.has_more)?;
        }
    }
    Ok(new_conflicts)
}
