//! The site's mail through a real SMTP server: Debian's aiosmtpd (`python3-aiosmtpd`), started by each test on
//! 127.0.0.1, keeping what it takes in a Maildir that the tests read with `mail-parser`, a reader of its own. The
//! address is confirmed before a request goes anywhere; the registrant is told it was received and each decision
//! (with the online link and the times in their zone); a cancel link works; an outage delays mail and neither loses
//! nor doubles it, and so does a stop of the site; a refused address shows on the registration; the settings are
//! checked at start. Every mail is in the language the registrant read the form in, whoever decides.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use dais_core::registrations::DecisionInput;
use dais_core::seed::demo_event_id;
use dais_core::{Event, EventFormat, MailMessage, MailState, Registration, RegistrationStatus};
use dais_site::settings::{MailSettings, Settings, Tls};
use reqwest::StatusCode;

use crate::public_site::{PublicSite, Site, event_path, open_registration, valid_answers};

const ONLINE_LINK: &str = "https://meet.example.org/u4ssc-9?pwd=s3cret";

/// aiosmtpd on a port of its own, keeping mail in a Maildir; stopped when dropped.
struct SmtpServer {
    port: u16,
    maildir: PathBuf,
    child: Option<Child>,
}

impl SmtpServer {
    fn start(dir: &Path) -> SmtpServer {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut server = SmtpServer { port, maildir: dir.join("maildir"), child: None };
        server.resume();
        server
    }

    /// Starts it (again) on its port.
    fn resume(&mut self) {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let child = Command::new("/usr/bin/python3")
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{}", self.port), "-c", "smtp_sink.Sink"])
            .arg(&self.maildir)
            .env("PYTHONPATH", fixtures)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3-aiosmtpd (scripts/setup.sh installs it)");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < deadline, "aiosmtpd did not start on port {}", self.port);
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// An outage: the server is gone, its port refuses connections.
    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every message delivered so far.
    fn delivered(&self) -> Vec<Delivered> {
        let mut out = Vec::new();
        for folder in ["new", "cur"] {
            let Ok(entries) = std::fs::read_dir(self.maildir.join(folder)) else { continue };
            for entry in entries {
                let bytes = std::fs::read(entry.unwrap().path()).unwrap();
                let message = mail_parser::MessageParser::default().parse(&bytes).expect("a readable message");
                out.push(Delivered {
                    message_id: message.message_id().unwrap_or_default().to_string(),
                    language: message.header_raw("Content-Language").unwrap_or_default().trim().to_string(),
                    to: message.to().and_then(|a| a.first()).and_then(|a| a.address()).unwrap_or_default().to_string(),
                    subject: message.subject().unwrap_or_default().to_string(),
                    text: message.body_text(0).unwrap_or_default().to_string(),
                    html: message.body_html(0).unwrap_or_default().to_string(),
                });
            }
        }
        out
    }

    /// Every message delivered, each checked to be there once (by its Message-ID).
    fn delivered_once(&self) -> Vec<Delivered> {
        let delivered = self.delivered();
        let mut ids: Vec<&str> = delivered.iter().map(|m| m.message_id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), delivered.len(), "a message delivered twice: {delivered:#?}");
        delivered
    }

    /// The first message to `to` whose subject contains `subject`, once it is there.
    fn wait_for(&self, to: &str, subject: &str) -> Delivered {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(m) = self.delivered().into_iter().find(|m| m.to == to && m.subject.contains(subject)) {
                return m;
            }
            assert!(Instant::now() < deadline, "no mail {subject:?} to {to}: {:#?}", self.delivered());
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

#[derive(Debug, Clone)]
struct Delivered {
    message_id: String,
    /// Its `Content-Language`.
    language: String,
    to: String,
    subject: String,
    text: String,
    html: String,
}

impl Delivered {
    /// The link of the text part that contains `part`.
    fn link(&self, part: &str) -> String {
        self.text
            .split_whitespace()
            .find(|w| w.starts_with("http") && w.contains(part))
            .unwrap_or_else(|| panic!("no link with {part} in:\n{}", self.text))
            .to_string()
    }
}

/// The demo, open for registration, virtual with an online link, its site sending mail to `smtp`.
fn mail_site(smtp: &SmtpServer) -> Site {
    mail_site_with(smtp, |_| {})
}

fn mail_site_with(smtp: &SmtpServer, prepare: impl FnOnce(&mut dais_core::Store)) -> Site {
    let port = smtp.port;
    Site::of(PublicSite::start_with_settings(
        |store| {
            open_registration(store);
            let mut event: Event = store.get(demo_event_id()).unwrap();
            event.format = EventFormat::Virtual;
            event.online_link = Some(ONLINE_LINK.into());
            store.save_event(&event).unwrap();
            prepare(store);
        },
        |base| Settings {
            public_url: Some(base.to_string()),
            mail: Some(MailSettings {
                from: "U4SSC secretariat <u4ssc@itu.int>".into(),
                smtp_host: "127.0.0.1".into(),
                smtp_port: Some(port),
                tls: Tls::None,
                username: None,
                password: None,
                retry_seconds: 0.2,
            }),
            ..Settings::default()
        },
        |_| {},
    ))
}

fn registration(site: &Site, email: &str) -> Option<Registration> {
    site.registrations().into_iter().find(|r| r.email == email)
}

/// Waits for the registration's mail note to be `state` for `message`.
fn wait_for_note(site: &Site, email: &str, message: MailMessage, state: MailState) -> Registration {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let r = registration(site, email).expect("registered");
        if r.mail.as_ref().is_some_and(|n| n.message == message && n.state == state) {
            return r;
        }
        assert!(Instant::now() < deadline, "the registration's mail is {:?}", r.mail);
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn decide(site: &Site, id: uuid::Uuid, status: RegistrationStatus) {
    let input = DecisionInput { ids: vec![id], status, reason: None };
    site.site.state.storage.decide(&input, "Alice Martin, TSB").unwrap();
    site.site.state.wake_mail();
}

#[test]
fn an_address_is_confirmed_first_and_the_registrant_is_told_each_step_in_their_own_zone() {
    let dir = tempfile::tempdir().unwrap();
    let smtp = SmtpServer::start(dir.path());
    let site = mail_site(&smtp);
    let before = site.registrations().len();

    let email = "amara.okafor@example.gov";
    let mut answers = valid_answers("Amara", "Okafor", email);
    answers.retain(|(name, _)| *name != "organisation");
    answers.extend([("organisation", "Smith & <Sons>"), ("time_zone", "America/New_York")]);
    let posted = site.post_form(&site.open_form(), &answers);
    assert_eq!(posted.status(), StatusCode::SEE_OTHER);
    let done = site.page(&event_path("/register/done"));
    assert!(done.contains("Check your mailbox"), "{done}");

    // Nothing goes further until the address is confirmed.
    let confirm = smtp.wait_for(email, "Confirm your registration request for U4SSC-9");
    assert_eq!(site.registrations().len(), before, "not a registration yet");
    assert!(confirm.text.contains("Amara Okafor") && confirm.text.contains("within 48 hours"), "{}", confirm.text);
    let link = confirm.link("/confirm/");
    let shown = site.client.get(&link).send().unwrap();
    assert_eq!(shown.status(), StatusCode::OK);
    assert_eq!(shown.headers()["referrer-policy"], "no-referrer");
    assert!(shown.text().unwrap().contains("Confirm my request"));
    assert_eq!(site.registrations().len(), before, "opening the link (as a mail scanner would) confirms nothing");
    let confirmed = site.client.post(&link).send().unwrap().text().unwrap();
    assert!(confirmed.contains("Your request is confirmed"), "{confirmed}");
    let stored = registration(&site, email).expect("registered once confirmed");
    assert_eq!(stored.decision.status, RegistrationStatus::Pending);
    assert_eq!(stored.time_zone.as_deref(), Some("America/New_York"));
    let again = site.client.post(&link).send().unwrap();
    assert_eq!(again.status(), StatusCode::GONE, "a link confirms once");
    assert_eq!(site.registrations().len(), before + 1);

    // Received: in text, and in HTML with what the registrant typed escaped.
    let received = smtp.wait_for(email, "Registration request received: U4SSC-9");
    assert!(received.text.contains("pending until the focal point"), "{}", received.text);
    assert!(received.text.contains("Smith & <Sons>"), "the text part as typed");
    assert!(received.html.contains("Smith &amp; &lt;Sons&gt;") || received.html.contains("Smith &#38; &#60;Sons&#62;"));
    assert!(!received.html.contains("<Sons>"), "never as markup: {}", received.html);
    wait_for_note(&site, email, MailMessage::Received, MailState::Sent);

    // Approved: the online link, and each day's times in the meeting's zone and the registrant's.
    decide(&site, stored.id, RegistrationStatus::Approved);
    let approved = smtp.wait_for(email, "Your registration for U4SSC-9 is approved");
    assert!(approved.text.contains(ONLINE_LINK), "{}", approved.text);
    let times = approved.text.lines().find(|l| l.starts_with("Friday, 31 October 2025:")).expect(&approved.text);
    assert!(times.contains("11:00") && times.contains("CET"), "{times}");
    assert!(times.contains("06:00") && times.contains("EDT") && times.contains("where you are"), "{times}");
    wait_for_note(&site, email, MailMessage::Decision, MailState::Sent);

    // The registrant cancels with the link of their mail.
    let cancel = approved.link("/cancel/");
    assert!(site.client.get(&cancel).send().unwrap().text().unwrap().contains("Cancel my registration"));
    assert_eq!(
        registration(&site, email).unwrap().decision.status,
        RegistrationStatus::Approved,
        "a GET cancels nothing"
    );
    let cancelled = site.client.post(&cancel).send().unwrap().text().unwrap();
    assert!(cancelled.contains("Your registration is cancelled"));
    let r = registration(&site, email).unwrap();
    assert_eq!(r.decision.status, RegistrationStatus::Cancelled);
    assert_eq!(r.decision.decided_by.as_deref(), Some(dais_site::registrant::REGISTRANT));
    smtp.wait_for(email, "Your registration for U4SSC-9 is cancelled");
    let tampered = cancel.replace("/cancel/", "/cancel/0").to_string();
    assert_eq!(site.client.post(&tampered).send().unwrap().status(), StatusCode::NOT_FOUND);

    // Each mail once.
    assert_eq!(smtp.delivered_once().len(), 4, "confirm, received, approved, cancelled");
}

#[test]
fn without_its_confirmation_link_a_request_for_someone_elses_address_goes_no_further() {
    let dir = tempfile::tempdir().unwrap();
    let smtp = SmtpServer::start(dir.path());
    let site = mail_site(&smtp);
    let before = site.registrations().len();
    let victim = "someone.else@example.org";
    site.post_form(&site.open_form(), &valid_answers("Not", "Them", victim));
    let confirm = smtp.wait_for(victim, "Confirm your registration request");
    let link = confirm.link("/confirm/");
    // A guessed token, and the true one for another meeting, confirm nothing.
    let token = link.rsplit('/').next().unwrap();
    for wrong in [
        link.replace(token, &"0".repeat(64)),
        site.url(&format!("/events/{}/confirm/{token}", uuid::Uuid::from_u128(7))),
    ] {
        let refused = site.client.post(&wrong).send().unwrap();
        assert_eq!(refused.status(), StatusCode::GONE, "{wrong}");
        assert!(!refused.text().unwrap().contains("Not Them"));
    }
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(site.registrations().len(), before, "no registration, no mail to organisers or focal points");
    assert_eq!(smtp.delivered().len(), 1, "only the mail that asks the address's owner");
}

#[test]
fn an_smtp_outage_delays_mail_and_neither_loses_nor_doubles_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut smtp = SmtpServer::start(dir.path());
    let site = mail_site(&smtp);
    let email = "during.outage@example.gov";

    // The form is sent while the mail server is down: the confirmation waits in the outbox.
    smtp.stop();
    site.post_form(&site.open_form(), &valid_answers("During", "Outage", email));
    std::thread::sleep(Duration::from_millis(1500));
    assert!(site.site.state.mail.as_ref().unwrap().outbox.waiting().unwrap() >= 1, "queued, not lost");
    smtp.resume();
    let confirm = smtp.wait_for(email, "Confirm your registration request");
    site.client.post(confirm.link("/confirm/")).send().unwrap();
    smtp.wait_for(email, "Registration request received");

    // Down again when the organisers decide: the registration says the mail is waiting, and why.
    smtp.stop();
    let id = registration(&site, email).unwrap().id;
    decide(&site, id, RegistrationStatus::Approved);
    let waiting = wait_for_note(&site, email, MailMessage::Decision, MailState::Retrying);
    assert!(waiting.mail.unwrap().error.is_some_and(|e| !e.is_empty()));
    std::thread::sleep(Duration::from_millis(1500));
    smtp.resume();
    smtp.wait_for(email, "is approved");
    wait_for_note(&site, email, MailMessage::Decision, MailState::Sent);

    // After the outage, every mail is there once.
    std::thread::sleep(Duration::from_millis(1000));
    let delivered = smtp.delivered_once();
    let subjects: Vec<&str> = delivered.iter().map(|m| m.subject.as_str()).collect();
    assert_eq!(delivered.len(), 3, "confirm, received, approved: {subjects:?}");
    assert_eq!(site.site.state.mail.as_ref().unwrap().outbox.waiting().unwrap(), 0);
}

/// The outbox's mails as they stand: (taken by the server or given up, still waiting).
fn outbox_rows(data: &Path) -> (usize, usize) {
    let db = rusqlite::Connection::open(data.join(dais_site::mail::MAIL_FILE)).unwrap();
    db.query_row("SELECT count(done_at), count(*) - count(done_at) FROM outbox", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
}

#[test]
fn the_mail_stopped_with_the_site_leaves_what_it_has_not_sent_for_the_next_start_and_sends_each_once() {
    let dir = tempfile::tempdir().unwrap();
    let smtp = SmtpServer::start(dir.path());
    let data = dir.path().join("data");
    let template = {
        let mut store = dais_core::Store::open(&data.join(dais_site::DATA_FILE)).unwrap();
        dais_core::seed::create_demo(&mut store).unwrap();
        store.registrations(demo_event_id()).unwrap().remove(0)
    };
    let settings = Settings {
        public_url: Some("https://events.example.org".into()),
        mail: Some(MailSettings {
            from: "U4SSC secretariat <u4ssc@itu.int>".into(),
            smtp_host: "127.0.0.1".into(),
            smtp_port: Some(smtp.port),
            tls: Tls::None,
            username: None,
            password: None,
            retry_seconds: 0.2,
        }),
        ..Settings::default()
    };
    let state = dais_site::open_with(&data, false, settings).unwrap();
    // Far more mail than goes out before the stop below.
    for i in 0..60 {
        let mut r = template.clone();
        (r.id, r.email, r.mail) = (dais_core::new_id(), format!("registrant.{i}@example.org"), None);
        r.source = dais_core::RegistrationSource::WebsiteForm;
        r.decision = Default::default();
        state.storage.register(r).unwrap();
    }
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let wait_for_mail = |count: usize| {
        let deadline = Instant::now() + Duration::from_secs(30);
        while smtp.delivered().len() < count {
            assert!(Instant::now() < deadline, "{} mails delivered", smtp.delivered().len());
            std::thread::sleep(Duration::from_millis(5));
        }
    };
    let background = runtime.block_on(async { dais_site::start_background(&state) });
    wait_for_mail(1);
    let in_time = runtime.block_on(background.stop(tokio::time::Instant::now() + Duration::from_secs(10)));
    assert!(in_time, "the mail being sent was finished, not cut");

    // Every mail the server took is marked so, once; the others wait untouched.
    let (done, waiting) = outbox_rows(&data);
    assert_eq!(smtp.delivered_once().len(), done);
    assert!(waiting > 0, "stopped before the end: {done} sent");
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(smtp.delivered().len(), done, "nothing goes once stopped");

    // The next start sends the rest, and nothing twice.
    let background = runtime.block_on(async { dais_site::start_background(&state) });
    wait_for_mail(done + waiting);
    assert!(runtime.block_on(background.stop(tokio::time::Instant::now() + Duration::from_secs(10))));
    assert_eq!(smtp.delivered_once().len(), done + waiting);
    assert_eq!(outbox_rows(&data), (done + waiting, 0));
}

#[test]
fn a_mail_refused_for_good_shows_on_the_registration_with_the_servers_reason() {
    let dir = tempfile::tempdir().unwrap();
    let smtp = SmtpServer::start(dir.path());
    let site = mail_site(&smtp);
    // A registration whose address the mail server refuses (taken before mail was set up: no confirmation then).
    let mut refused: Registration = site.registrations().into_iter().next().unwrap();
    refused.id = dais_core::new_id();
    refused.email = "nobody@refused.example".into();
    refused.source = dais_core::RegistrationSource::WebsiteForm;
    refused.decision = Default::default();
    refused.mail = None;
    site.site.state.storage.register(refused).unwrap();
    site.site.state.wake_mail();
    let r = wait_for_note(&site, "nobody@refused.example", MailMessage::Received, MailState::Failed);
    let error = r.mail.unwrap().error.unwrap();
    assert!(error.contains("No such mailbox"), "{error}");
    assert!(smtp.delivered().is_empty());
}

#[test]
fn wrong_settings_stop_the_site_at_start_with_each_problem_named() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("site.toml");
    std::fs::write(
        &config,
        "stop_grace_seconds = 0\n[mail]\nfrom = \"not an address\"\nsmtp_host = \"smtp.example.org\"\ntls = \"none\"\n\
         username = \"u\"\npassword = \"p\"\n[focal_points]\nlink_days = 0\n",
    )
    .unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_dais-site"))
        .args(["--data"])
        .arg(dir.path().join("data"))
        .args(["serve", "--bind", "127.0.0.1:0", "--config"])
        .arg(&config)
        .env_remove("DAIS_SITE_PUBLIC_URL")
        .env("DAIS_SITE_MAIL__SMTP_PORT", "many")
        .output()
        .unwrap();
    assert!(!run.status.success(), "refused to start");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("mail.smtp_port") && stderr.contains("DAIS_SITE_MAIL__SMTP_PORT"), "{stderr}");

    // With the environment's mistake gone, every problem of the file is told at once.
    let run = Command::new(env!("CARGO_BIN_EXE_dais-site"))
        .args(["--data"])
        .arg(dir.path().join("data"))
        .args(["serve", "--bind", "127.0.0.1:0", "--config"])
        .arg(&config)
        .env_remove("DAIS_SITE_PUBLIC_URL")
        .output()
        .unwrap();
    assert!(!run.status.success());
    let stderr = String::from_utf8_lossy(&run.stderr);
    for named in ["public_url", "stop_grace_seconds", "mail.from", "mail.tls", "focal_points.link_days"] {
        assert!(stderr.contains(named), "{named} in:\n{stderr}");
    }
}

/// A request from `country` sent with the form and confirmed, as its registrant would.
fn confirmed_request(site: &Site, smtp: &SmtpServer, given: &str, email: &str, country: &str) -> Registration {
    let mut answers = valid_answers(given, "Tester", email);
    answers.retain(|(name, _)| *name != "country");
    answers.push(("country", country));
    site.post_form(&site.open_form(), &answers);
    let confirm = smtp.wait_for(email, "Confirm your registration request");
    site.client.post(confirm.link("/confirm/")).send().unwrap();
    registration(site, email).expect("confirmed")
}

#[test]
fn a_focal_point_decides_on_their_administrations_requests_by_a_private_link_and_no_other_link_shows_them() {
    let dir = tempfile::tempdir().unwrap();
    let smtp = SmtpServer::start(dir.path());
    let focal = |country: &str, category, name: &str, email: &str| dais_core::FocalPointInput {
        id: None,
        event_id: demo_event_id(),
        country: country.into(),
        category,
        name: name.into(),
        email: email.into(),
    };
    let site = mail_site_with(&smtp, |store| {
        let admin = Some(dais_core::ParticipantCategory::MemberStateAdministration);
        store.save_focal_point(&focal("CH", admin, "Anna Keller", "anna.keller@bakom.example.ch")).unwrap();
        store.save_focal_point(&focal("FR", None, "Marie Dubois", "marie.dubois@arcep.example.fr")).unwrap();
    });
    let swiss = confirmed_request(&site, &smtp, "Urs", "urs@bakom.example.ch", "CH");
    let french = confirmed_request(&site, &smtp, "Luc", "luc@arcep.example.fr", "FR");

    // Each focal point is mailed a link to their own administration's requests.
    let asked = smtp.wait_for("anna.keller@bakom.example.ch", "waits for your decision");
    assert!(asked.text.contains("Urs Tester") && asked.text.contains("for Switzerland"), "{}", asked.text);
    let link = asked.link("/focal/");
    let page = site.client.get(&link).send().unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert_eq!(page.headers()["cache-control"], "no-store");
    assert_eq!(page.headers()["referrer-policy"], "no-referrer");
    let html = page.text().unwrap();
    assert!(html.contains("Urs Tester") && html.contains("urs@bakom.example.ch"), "their request");
    assert!(!html.contains("Luc Tester"), "not another administration's");
    smtp.wait_for("marie.dubois@arcep.example.fr", "waits for your decision");

    // Refused, with nothing of anyone shown: tampered, for another meeting, expired, or of a removed focal point.
    let mailer = site.site.state.mail.clone().unwrap();
    let token = link.rsplit('/').next().unwrap().to_string();
    let last = token.chars().last().unwrap();
    let tampered = format!("{}{}", &token[..token.len() - 1], if last == '0' { '1' } else { '0' });
    let anna = site.site.state.storage.focal_point_for(&swiss).unwrap().unwrap();
    let expired = mailer.focal_link(&anna, chrono::Utc::now() - chrono::Duration::hours(1));
    let webinar = site.store().side_events(demo_event_id()).unwrap()[0].id;
    for (wrong, why) in [
        (link.replace(&token, &tampered), "tampered"),
        (site.url(&format!("/events/{webinar}/focal/{token}")), "another meeting"),
        (expired, "expired"),
    ] {
        let refused = site.client.get(&wrong).send().unwrap();
        assert_eq!(refused.status(), StatusCode::FORBIDDEN, "{why}");
        let body = refused.text().unwrap();
        assert!(!body.contains("Urs") && !body.contains("bakom"), "{why}: nothing shown");
        let posted = site
            .client
            .post(&wrong)
            .form(&[("registration", swiss.id.to_string().as_str()), ("decision", "approved")])
            .send()
            .unwrap();
        assert_eq!(posted.status(), StatusCode::FORBIDDEN, "{why}: nothing decided");
    }

    // Another administration's request cannot be decided with this link; a rejection needs its reason.
    let decide = |id: uuid::Uuid, decision: &str, reason: &str| {
        site.client
            .post(&link)
            .form(&[("registration", id.to_string().as_str()), ("decision", decision), ("reason", reason)])
            .send()
            .unwrap()
    };
    assert!(decide(french.id, "approved", "").text().unwrap().contains("not waiting for your decision"));
    assert!(decide(swiss.id, "rejected", " ").text().unwrap().contains("give the reason"));
    for r in [&french, &swiss] {
        assert_eq!(registration(&site, &r.email).unwrap().decision.status, RegistrationStatus::Pending);
    }

    // Approved: marked with who decided, the registrant told, and the request off the page.
    let approved = decide(swiss.id, "approved", "");
    assert_eq!(approved.status(), StatusCode::SEE_OTHER);
    let decided = registration(&site, "urs@bakom.example.ch").unwrap().decision;
    assert_eq!(decided.status, RegistrationStatus::Approved);
    assert_eq!(
        decided.decided_by.as_deref(),
        Some("Anna Keller (focal point for Switzerland (ITU Member State administration))")
    );
    smtp.wait_for("urs@bakom.example.ch", "is approved");
    assert!(site.client.get(&link).send().unwrap().text().unwrap().contains("No request is waiting"));

    // The organisers get the decision by sync, like any other edit.
    let token = site.site.state.tokens.create("Organiser", &dais_core::Meetings::All).unwrap();
    let laptop = std::sync::Mutex::new(dais_core::Store::open(&dir.path().join("laptop.dais")).unwrap());
    dais_sync::sync(&laptop, &dais_sync::Site::new(&site.site.base, &token).unwrap(), &mut |_| {}).unwrap();
    let theirs: Registration = laptop.lock().unwrap().get(swiss.id).unwrap();
    assert_eq!(theirs.decision, decided);

    // A focal point the organisers remove: their link opens nothing any more.
    let mut store = site.store();
    store.delete_focal_point(anna.id).unwrap();
    assert_eq!(site.client.get(&link).send().unwrap().status(), StatusCode::FORBIDDEN);
}

/// Posts the form as a browser whose language is `accept_language` would, with `fields` besides the answers.
fn post_form_in(site: &Site, accept_language: &str, fields: &[(&str, &str)]) {
    let session = site.open_form();
    let mut all: Vec<(&str, &str)> = vec![("csrf_token", &session.token)];
    all.extend_from_slice(fields);
    let posted = site
        .client
        .post(site.url(&event_path("/register")))
        .header(reqwest::header::COOKIE, &session.cookie)
        .header(reqwest::header::ACCEPT_LANGUAGE, accept_language)
        .form(&all)
        .send()
        .unwrap();
    assert_eq!(posted.status(), StatusCode::SEE_OTHER);
}

/// The request confirmed with the link of its mail, whose subject is in the registrant's language.
fn confirm(site: &Site, smtp: &SmtpServer, email: &str, subject: &str) -> (Delivered, Registration) {
    let mail = smtp.wait_for(email, subject);
    site.client.post(mail.link("/confirm/")).send().unwrap();
    (mail, registration(site, email).expect("confirmed"))
}

#[test]
fn a_registrant_who_registers_in_french_gets_every_mail_in_french_even_when_an_english_organiser_decides() {
    let dir = tempfile::tempdir().unwrap();
    let smtp = SmtpServer::start(dir.path());
    let site = mail_site(&smtp);
    let email = "claire.martin@example.fr";
    let mut answers = valid_answers("Claire", "Martin", email);
    answers.extend([("time_zone", "America/New_York"), ("lang", "fr")]);
    // The page posts the language it was read in, whatever the browser's.
    post_form_in(&site, "en-GB,en;q=0.9", &answers);

    let (asked, stored) = confirm(&site, &smtp, email, "Confirmez votre demande d'inscription à U4SSC-9");
    assert!(asked.text.contains("dans un délai de 48 heures"), "{}", asked.text);
    assert_eq!(stored.language, Some(dais_core::Lang::Fr), "kept with the registration");

    // Received: the words, the date by CLDR, the category as common.ftl says it, in French; the mail says its language.
    let received = smtp.wait_for(email, "Demande d'inscription reçue : U4SSC-9");
    assert_eq!(received.language, "fr");
    assert!(received.text.starts_with("Bonjour Claire Martin,"), "{}", received.text);
    assert!(received.text.contains("vendredi 31 octobre 2025"), "{}", received.text);
    assert!(received.text.contains("Catégorie : Administration d'un État Membre de l'UIT"), "{}", received.text);
    assert!(received.text.contains("Pays : Suisse"), "{}", received.text);
    assert!(!received.text.contains("Your request") && !received.text.contains("Category"), "{}", received.text);
    assert!(received.html.contains(r#"<html lang="fr" dir="ltr">"#), "{}", received.html);
    assert!(received.html.contains("<bdi>Claire Martin</bdi>"), "{}", received.html);

    // An organiser decides (in English, as it happens: the decision is the data's, as a sync brings it): the
    // registrant is told in French, with each day's times in the meeting's zone and theirs.
    decide(&site, stored.id, RegistrationStatus::Approved);
    let approved = smtp.wait_for(email, "Votre inscription à U4SSC-9 est approuvée");
    assert_eq!(approved.language, "fr");
    assert!(approved.text.contains("Statut : Approuvée"), "{}", approved.text);
    assert!(approved.text.contains(ONLINE_LINK), "{}", approved.text);
    let times = approved.text.lines().find(|l| l.starts_with("vendredi 31 octobre 2025 :")).expect(&approved.text);
    assert!(times.contains("11:00") && times.contains("CET"), "{times}");
    assert!(times.contains("06:00") && times.contains("EDT") && times.contains("à votre heure locale"), "{times}");
    assert_eq!(registration(&site, email).unwrap().language, Some(dais_core::Lang::Fr), "the decision kept it");

    // The registrant cancels: told in French too.
    site.client.post(approved.link("/cancel/")).send().unwrap();
    let cancelled = smtp.wait_for(email, "Votre inscription à U4SSC-9 est annulée");
    assert!(cancelled.text.contains("Statut : Annulée"), "{}", cancelled.text);
}

#[test]
fn an_arabic_registrants_mail_is_right_to_left_and_chinese_russian_and_spanish_ones_are_in_their_language() {
    let dir = tempfile::tempdir().unwrap();
    let smtp = SmtpServer::start(dir.path());
    let site = mail_site(&smtp);
    let arabic = "layla.haddad@example.ae";
    let mut answers = valid_answers("ليلى", "حداد", arabic);
    answers.push(("lang", "ar"));
    post_form_in(&site, "en", &answers);
    confirm(&site, &smtp, arabic, "أكِّد طلب تسجيلك في U4SSC-9");
    let received = smtp.wait_for(arabic, "تم استلام طلب التسجيل: U4SSC-9");
    assert_eq!(received.language, "ar");
    assert!(received.html.contains(r#"<html lang="ar" dir="rtl">"#), "{}", received.html);
    assert!(received.html.contains(r#"<body lang="ar" dir="rtl""#), "{}", received.html);
    // The name isolated in the HTML; in the text part, as typed, with nothing round it.
    assert!(received.html.contains("<bdi>ليلى حداد</bdi>"), "{}", received.html);
    assert!(received.text.contains("مرحباً ليلى حداد،"), "{}", received.text);
    assert!(!received.text.contains(['\u{2068}', '\u{2069}']), "no marks in the text part");

    // Chinese and Russian posted by the page; Spanish from the browser's Accept-Language, the page posting none.
    let others = [
        ("wang.xiaoming@example.cn", Some("zh"), "zh-CN", "已收到注册申请：U4SSC-9", "zh", "2025年10月31日"),
        (
            "ivan.petrov@example.ru",
            Some("ru"),
            "en",
            "Заявка на регистрацию получена: U4SSC-9",
            "ru",
            "31 октября 2025",
        ),
        (
            "lucia.garcia@example.es",
            None,
            "es-ES,es;q=0.9,en;q=0.5",
            "Solicitud de inscripción recibida: U4SSC-9",
            "es",
            "31 de octubre de 2025",
        ),
    ];
    for (email, lang, accept, subject, code, date) in others {
        let mut answers = valid_answers("Test", "Registrant", email);
        if let Some(lang) = lang {
            answers.push(("lang", lang));
        }
        post_form_in(&site, accept, &answers);
        let (_, stored) = confirm(&site, &smtp, email, "U4SSC-9");
        assert_eq!(stored.language.map(|l| l.code()), Some(code));
        let received = smtp.wait_for(email, subject);
        assert_eq!(received.language, code);
        assert!(received.text.contains(date), "{date} in:\n{}", received.text);
        assert!(received.html.contains(&format!(r#"<html lang="{code}" dir="ltr">"#)), "{}", received.html);
    }
}

#[test]
fn a_mail_names_the_meeting_in_its_registrants_language_where_the_organisers_gave_it() {
    let dir = tempfile::tempdir().unwrap();
    let smtp = SmtpServer::start(dir.path());
    let site = mail_site_with(&smtp, |store| {
        for (field, text) in [("title", "Novena reunión de la iniciativa U4SSC"), ("short_title", "U4SSC-9 (ES)")] {
            let input = dais_core::TranslationInput {
                record_id: demo_event_id(),
                field: field.into(),
                lang: dais_core::Lang::Es,
                text: text.into(),
            };
            store.translate(&input).unwrap();
        }
    });
    let email = "lucia.gomez@example.es";
    let mut answers = valid_answers("Lucía", "Gómez", email);
    answers.push(("lang", "es"));
    post_form_in(&site, "es", &answers);
    confirm(&site, &smtp, email, "Confirme su solicitud de inscripción en U4SSC-9 (ES)");
    let received = smtp.wait_for(email, "Solicitud de inscripción recibida: U4SSC-9 (ES)");
    assert!(received.text.contains("Novena reunión de la iniciativa U4SSC"), "{}", received.text);
    assert!(!received.text.contains("Ninth meeting"), "{}", received.text);
    // A registrant in French, for whom no words were given, reads the original.
    let french = "paul.durand@example.fr";
    let mut answers = valid_answers("Paul", "Durand", french);
    answers.push(("lang", "fr"));
    post_form_in(&site, "fr", &answers);
    confirm(&site, &smtp, french, "Confirmez votre demande d'inscription à U4SSC-9");
    let received = smtp.wait_for(french, "Demande d'inscription reçue : U4SSC-9");
    assert!(received.text.contains("Ninth meeting"), "{}", received.text);
}
