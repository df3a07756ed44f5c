//! The site stops as services are stopped: a real `dais-site` process on 127.0.0.1 takes registration form posts from
//! several threads, some of them in the middle of their request, and gets SIGTERM. It answers what it had taken, none
//! of its connections is cut, it exits 0, and its `site.dais` copied alone holds every registration it answered.
//!
//! The posts speak HTTP/1.1 over plain sockets, one connection each, so that a refusal and a cut are told apart by
//! where they happen: a refused `connect` means nobody listened any more (the site took nothing, and the registrant
//! can try again); a connection that was made and then ends, or fails, before a whole answer is a cut.

#![cfg(unix)] // SIGTERM

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::public_site::{hidden_token, open_registration, publish_all, register_path, valid_answers};
use dais_core::Store;
use dais_core::seed::{create_demo, demo_event_id};

/// Threads posting one registration after another until the site refuses them.
const STEADY_POSTERS: usize = 3;
/// Threads each sending one post whose body's second half comes only after the SIGTERM.
const SLOW_POSTERS: usize = 2;
/// Posts answered before the SIGTERM is sent.
const ANSWERED_BEFORE_STOP: usize = 30;
/// The most posts one steady thread sends, and the longest any wait of the test lasts: the loops end either way.
const MOST_POSTS: usize = 5_000;
const LONGEST_WAIT: Duration = Duration::from_secs(60);

/// How one post ended, as its client saw it.
#[derive(Debug)]
enum Outcome {
    Answered(u16),
    /// Nobody listened on the port any more.
    Refused,
    /// The connection was made, then failed or ended before a whole answer.
    Cut(String),
}

#[derive(Debug)]
struct Post {
    email: String,
    outcome: Outcome,
    /// When its answer (or failure) came.
    at: Instant,
}

/// The `dais-site` process; killed if the test ends before it stops.
struct SiteProcess {
    child: Child,
    addr: SocketAddr,
    stderr: Arc<Mutex<Vec<String>>>,
    /// Reads `stderr` until the process ends.
    reader: Option<std::thread::JoinHandle<()>>,
    _stdout: BufReader<ChildStdout>,
}

impl SiteProcess {
    fn start(data: &std::path::Path) -> SiteProcess {
        let mut child = Command::new(env!("CARGO_BIN_EXE_dais-site"))
            .arg("--data")
            .arg(data)
            // A rate no post of this test reaches: they all come from 127.0.0.1.
            .args(["serve", "--bind", "127.0.0.1:0", "--form-burst", "1000000", "--form-refill-seconds", "0.001"])
            .env_remove("DAIS_SITE_CONFIG")
            .env_remove("DAIS_SITE_PUBLIC_URL")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let kept = Arc::clone(&stderr);
        let reader =
            std::thread::spawn(move || lines.map_while(Result::ok).for_each(|line| kept.lock().unwrap().push(line)));
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        let addr = line.trim().rsplit("http://").next().unwrap().parse().unwrap_or_else(|_| panic!("{line:?}"));
        SiteProcess { child, addr, stderr, reader: Some(reader), _stdout: stdout }
    }

    fn terminate(&self) {
        let sent = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status().unwrap();
        assert!(sent.success());
    }

    /// Waits for the process to end, and for all it said on stderr.
    fn wait(&mut self) -> ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                self.reader.take().unwrap().join().unwrap();
                return status;
            }
            assert!(start.elapsed() < LONGEST_WAIT, "the site did not stop: {:?}", self.stderr());
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn stderr(&self) -> Vec<String> {
        self.stderr.lock().unwrap().clone()
    }
}

impl Drop for SiteProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Sends `request` on a new connection, `between()` once its first `split` bytes are sent, and reads the whole
/// answer (the request asks the site to close the connection after it).
fn exchange(addr: SocketAddr, request: &[u8], split: usize, between: impl FnOnce()) -> Result<String, Outcome> {
    let mut stream = match TcpStream::connect_timeout(&addr, Duration::from_secs(10)) {
        Ok(stream) => stream,
        Err(e) if e.kind() == ErrorKind::ConnectionRefused => return Err(Outcome::Refused),
        Err(e) => panic!("connecting to the site: {e}"),
    };
    stream.set_read_timeout(Some(LONGEST_WAIT)).unwrap();
    let cut = |e: std::io::Error| Outcome::Cut(format!("{:?}: {e}", e.kind()));
    stream.write_all(&request[..split]).map_err(cut)?;
    between();
    stream.write_all(&request[split..]).map_err(cut)?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).map_err(cut)?;
    let answer = String::from_utf8_lossy(&answer).into_owned();
    if !(answer.starts_with("HTTP/1.1 ") && answer.contains("\r\n\r\n")) {
        return Err(Outcome::Cut(format!("closed after {} bytes of answer", answer.len())));
    }
    Ok(answer)
}

fn status(answer: &str) -> u16 {
    answer[9..12].parse().unwrap()
}

/// The form's cookie and hidden token, as a browser gets them.
fn open_form(addr: SocketAddr) -> (String, String) {
    let request = format!("GET {} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n", register_path());
    let page = exchange(addr, request.as_bytes(), request.len(), || {}).expect("the form");
    assert_eq!(status(&page), 200, "{page}");
    let cookie = page
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: ").or_else(|| l.strip_prefix("Set-Cookie: ")))
        .and_then(|c| c.split(';').next())
        .expect("the form's cookie")
        .to_string();
    (cookie, hidden_token(&page))
}

/// A registration post for `email`, whole.
fn registration_post(addr: SocketAddr, (cookie, token): &(String, String), email: &str) -> Vec<u8> {
    let mut fields = vec![("csrf_token", token.as_str())];
    fields.extend(valid_answers("Ana", "Silva", email));
    let body = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
    format!(
        "POST {} HTTP/1.1\r\nHost: {addr}\r\nCookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        register_path(),
        body.len()
    )
    .into_bytes()
}

fn post(addr: SocketAddr, form: &(String, String), email: String, between: impl FnOnce(), halves: bool) -> Post {
    let request = registration_post(addr, form, &email);
    let split = if halves { request.len() - 20 } else { request.len() };
    let outcome = match exchange(addr, &request, split, between) {
        Ok(answer) => Outcome::Answered(status(&answer)),
        Err(outcome) => outcome,
    };
    Post { email, outcome, at: Instant::now() }
}

/// The emails of this test's registrations in a copy of `data`'s `site.dais` alone.
fn registered_in_the_file_alone(data: &std::path::Path) -> BTreeSet<String> {
    let copy = tempfile::tempdir().unwrap();
    std::fs::copy(data.join(dais_site::DATA_FILE), copy.path().join(dais_site::DATA_FILE)).unwrap();
    let store = Store::open(&copy.path().join(dais_site::DATA_FILE)).unwrap();
    let registrations = store.registrations(demo_event_id()).unwrap().into_iter().map(|r| r.email);
    registrations.filter(|e| e.starts_with("steady.") || e.starts_with("slow.")).collect()
}

#[test]
fn sigterm_lets_the_posts_in_flight_finish_then_the_site_exits_0_with_every_answered_registration_in_its_file_alone() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut store = Store::open(&data.path().join(dais_site::DATA_FILE)).unwrap();
        create_demo(&mut store).unwrap();
        open_registration(&mut store);
        publish_all(&mut store);
    }
    let mut site = SiteProcess::start(data.path());
    let addr = site.addr;
    let answered = Arc::new(AtomicUsize::new(0));
    let terminated = Arc::new(AtomicBool::new(false));
    let paused = Arc::new(AtomicUsize::new(0));

    let steady: Vec<_> = (0..STEADY_POSTERS)
        .map(|t| {
            let answered = Arc::clone(&answered);
            std::thread::spawn(move || {
                let form = open_form(addr);
                let start = Instant::now();
                let mut posts = Vec::new();
                for i in 0..MOST_POSTS {
                    let p = post(addr, &form, format!("steady.{t}.{i}@example.org"), || {}, false);
                    let last = !matches!(p.outcome, Outcome::Answered(_));
                    if matches!(p.outcome, Outcome::Answered(303)) {
                        answered.fetch_add(1, Ordering::SeqCst);
                    }
                    posts.push(p);
                    if last || start.elapsed() > LONGEST_WAIT {
                        break;
                    }
                }
                posts
            })
        })
        .collect();
    let slow: Vec<_> = (0..SLOW_POSTERS)
        .map(|t| {
            let (terminated, paused) = (Arc::clone(&terminated), Arc::clone(&paused));
            std::thread::spawn(move || {
                let form = open_form(addr);
                // The rest of the body goes half a second into the grace period.
                let after_sigterm = || {
                    paused.fetch_add(1, Ordering::SeqCst);
                    let start = Instant::now();
                    while !terminated.load(Ordering::SeqCst) && start.elapsed() < LONGEST_WAIT {
                        std::thread::sleep(Duration::from_millis(5));
                    }
                    std::thread::sleep(Duration::from_millis(500));
                };
                vec![post(addr, &form, format!("slow.{t}@example.org"), after_sigterm, true)]
            })
        })
        .collect();

    let start = Instant::now();
    while answered.load(Ordering::SeqCst) < ANSWERED_BEFORE_STOP || paused.load(Ordering::SeqCst) < SLOW_POSTERS {
        assert!(start.elapsed() < LONGEST_WAIT, "the posts did not get going: {:?}", site.stderr());
        std::thread::sleep(Duration::from_millis(10));
    }
    // The slow posts' heads are read by now: they are requests in flight.
    std::thread::sleep(Duration::from_millis(100));
    let sigterm = Instant::now();
    site.terminate();
    terminated.store(true, Ordering::SeqCst);
    let status = site.wait();
    let stopped = Instant::now();
    let posts: Vec<Post> = steady.into_iter().chain(slow).flat_map(|t| t.join().unwrap()).collect();

    let stderr = site.stderr();
    assert_eq!(status.code(), Some(0), "{status}; the site said: {stderr:#?}");
    assert!(stderr.iter().any(|l| l.contains("SIGTERM: stopping")), "{stderr:#?}");
    assert_eq!(stderr.last().map(String::as_str), Some("dais-site: stopped"), "{stderr:#?}");
    let cut: Vec<String> = posts
        .iter()
        .filter_map(|p| match &p.outcome {
            Outcome::Cut(how) => Some(format!("{}: {how}", p.email)),
            _ => None,
        })
        .collect();
    assert!(cut.is_empty(), "connections cut: {cut:#?}");
    let refused_early: Vec<&Post> =
        posts.iter().filter(|p| matches!(p.outcome, Outcome::Refused) && p.at < sigterm).collect();
    assert!(refused_early.is_empty(), "refused while serving: {refused_early:#?}");
    let other: Vec<&Post> = posts.iter().filter(|p| matches!(p.outcome, Outcome::Answered(s) if s != 303)).collect();
    assert!(other.is_empty(), "answered otherwise than 303 See Other: {other:#?}");
    for p in posts.iter().filter(|p| p.email.starts_with("slow.")) {
        assert!(matches!(p.outcome, Outcome::Answered(303)), "a post in flight at the SIGTERM: {p:?}");
        assert!(p.at > sigterm && p.at <= stopped, "answered in the grace period: {p:?}");
    }

    let answered: BTreeSet<String> =
        posts.iter().filter(|p| matches!(p.outcome, Outcome::Answered(303))).map(|p| p.email.clone()).collect();
    let in_grace = posts.iter().filter(|p| matches!(p.outcome, Outcome::Answered(303)) && p.at > sigterm).count();
    let refused = posts.iter().filter(|p| matches!(p.outcome, Outcome::Refused)).count();
    eprintln!(
        "{} posts answered 303, {in_grace} of them after the SIGTERM; {refused} refused once the site stopped \
         accepting; stopped {:?} after the SIGTERM",
        answered.len(),
        stopped - sigterm
    );
    let wal = data.path().join(format!("{}-wal", dais_site::DATA_FILE));
    assert!(!std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0), "the WAL was emptied into the file");
    assert_eq!(registered_in_the_file_alone(data.path()), answered, "site.dais alone holds every answered post");
}
