//! A meeting's facts read from its circular: the seed's letter (ITU-T TSB Circular 81, in Russian, `data/`), and
//! letters in its shape in English, French and Spanish; each fact with the paragraph it came from, what is missing
//! asked for, two dates that disagree kept as a conflict.

use dais_core::import::circular::{CircularField as F, MeetingFact, circular_text, read_circular};
use dais_core::model::{EntryKind, EventFormat, EventKind, ParticipantCategory};
use dais_core::{Lang, Store};

const RUSSIAN: &str = include_str!("data/circular-81-ru.txt");

const ENGLISH: &str = "\tInternational Telecommunication Union
TELECOMMUNICATION STANDARDIZATION BUREAU
\tGeneva, 15 October 2025
\tRef:
\tTSB Circular 81
\tTo:
-\tAdministrations of ITU Member States
\tTel:
Fax:
E-mail:
\t+41 22 730 6301
+41 22 730 5853
u4ssc@itu.int
\tSubject:
\tNinth meeting of the \"United for Smart Sustainable Cities\" initiative (U4SSC) (virtual, 31 October 2025)
Dear Sir/Madam,
1\tI have the honour to inform you that the International Telecommunication Union (ITU) is organizing the ninth meeting of the U4SSC initiative. The meeting will be held virtually on 31 October 2025, from 11:00 to 12:00 and from 13:30 to 15:30 CET.
2\tThe U4SSC meeting will be held in English only.
5\tParticipation is open to ITU Member States, Sector Members, Associates and Academic Institutions. Participation is free of charge.
6\tPlease note that registration is mandatory for participation in the meeting. Participants are kindly requested to register by 24 October 2025.
7\tOn 31 October 2025, a webinar on \"Empowering people through people-centred smart cities\" will take place from 12:00 to 13:00 CET, as part of the Digital Transformation Dialogues series.
";

const FRENCH: &str = "\tUnion internationale des télécommunications
\tGenève, le 15 octobre 2025
\tRéf.:
\tCirculaire TSB 81
\tTél.:
Télécopie:
Courriel:
\t+41 22 730 6301
+41 22 730 5853
u4ssc@itu.int
\tObjet:
\tNeuvième réunion de l'initiative \"Tous unis pour des villes intelligentes et durables\" (U4SSC) (réunion virtuelle, 31 octobre 2025)
1\tJ'ai l'honneur de vous informer que l'UIT organise la neuvième réunion de l'initiative U4SSC, qui se tiendra de manière virtuelle le 31 octobre 2025, de 11 h 00 à 12 h 00 et de 13 h 30 à 15 h 30 (heure de Genève).
2\tLa réunion se déroulera uniquement en anglais; cette langue sera la seule utilisée.
5\tLa participation est ouverte aux États Membres de l'UIT, aux Membres de Secteur, aux Associés et aux établissements universitaires. La participation est gratuite.
6\tVeuillez noter que l'inscription est obligatoire. Les participants sont priés de s'inscrire avant le 24 octobre 2025.
7\tLe 31 octobre 2025, un webinaire sur le thème «Autonomiser les citoyens grâce aux villes intelligentes» aura lieu de 12 h 00 à 13 h 00 (heure de Genève).
";

const SPANISH: &str = "\tUnión Internacional de Telecomunicaciones
\tGinebra, 15 de octubre de 2025
\tRef.:
\tCircular TSB 81
\tTel.:
Fax:
Correo-e:
\t+41 22 730 6301
+41 22 730 5853
u4ssc@itu.int
\tAsunto:
\tNovena reunión de la iniciativa \"Unidos por unas ciudades inteligentes y sostenibles\" (U4SSC) (formato virtual, 31 de octubre de 2025)
1\tMe complace informarle de que la UIT celebrará la novena reunión de la iniciativa U4SSC en formato virtual el 31 de octubre de 2025, de las 11.00 a las 12.00 y de las 13.30 a las 15.30 horas (hora de Ginebra).
2\tLa reunión se celebrará únicamente en inglés, el único idioma de trabajo.
5\tPueden participar los Estados Miembros de la UIT, los Miembros de Sector, los Asociados y las Instituciones Académicas. La participación es gratuita.
6\tLa inscripción es obligatoria. Se ruega inscribirse antes del 24 de octubre de 2025.
7\tEl 31 de octubre de 2025 tendrá lugar un seminario web sobre \"Empoderar a las personas\" de las 12.00 a las 13.00 horas (hora de Ginebra).
";

#[test]
fn each_fact_of_the_seed_circular_is_read_in_russian_english_french_and_spanish_with_its_paragraph() {
    for (lang, text) in [("ru", RUSSIAN), ("en", ENGLISH), ("fr", FRENCH), ("es", SPANISH)] {
        let read = read_circular(text);
        let values = |f| read.values(f);
        assert_eq!(values(F::Reference), ["TSB Circular 81"], "{lang}");
        assert_eq!(values(F::Issued), ["2025-10-15"], "{lang}");
        assert_eq!(values(F::Format), ["virtual"], "{lang}: {:?}", read.facts);
        assert_eq!(values(F::Date), ["2025-10-31"], "{lang}");
        assert_eq!(values(F::Times), ["11:00-12:00", "13:30-15:30"], "{lang}");
        assert_eq!(values(F::Zone), ["Europe/Zurich"], "{lang}");
        assert_eq!(values(F::Languages), ["English"], "{lang}");
        assert_eq!(values(F::ShortTitle), ["U4SSC"], "{lang}");
        let categories = match lang {
            "ru" => "member_state_administration,sector_member,associate,academia,other_eligible_individual",
            _ => "member_state_administration,sector_member,associate,academia",
        };
        assert_eq!(values(F::Categories), [categories], "{lang}");
        assert_eq!(values(F::Audience).len(), 1, "{lang}: who may take part, as the letter says it");
        let deadline: &[&str] = if lang == "ru" { &[] } else { &["2025-10-24"] };
        assert_eq!(values(F::RegistrationDeadline), deadline, "{lang}: the seed gives none");
        assert!(values(F::Venue).is_empty(), "{lang}: a virtual meeting's letter names no venue");
        assert_eq!(values(F::RegistrationRequired), ["true"], "{lang}");
        assert_eq!(values(F::FreeOfCharge), ["true"], "{lang}");
        assert_eq!((values(F::Phone), values(F::Fax)), (vec!["+41 22 730 6301"], vec!["+41 22 730 5853"]), "{lang}");
        assert_eq!(values(F::Email), ["u4ssc@itu.int"], "{lang}");
        let side = values(F::SideEvent);
        assert_eq!(side.len(), 1, "{lang}: {side:?}");
        assert!(side[0].starts_with("2025-10-31 12:00-13:00 "), "{lang}: {side:?}");
        assert!(values(F::Title)[0].contains("U4SSC"), "{lang}");
        assert!(
            !values(F::Title)[0].ends_with(')') || values(F::Title)[0].ends_with("(U4SSC)"),
            "{lang}: the brackets of format and date left out"
        );
        assert!(read.missing.is_empty() && read.conflicts.is_empty(), "{lang}: {read:?}");
        let times = read.facts.iter().find(|f| f.field == F::Times).unwrap();
        assert!(times.paragraph.contains("11"), "{lang}: each fact beside its sentence");
    }
}

#[test]
fn a_fact_is_shown_beside_its_sentence_not_its_whole_paragraph() {
    let read = read_circular(RUSSIAN);
    let said = |field| read.facts.iter().find(|f| f.field == field).unwrap().paragraph.as_str();
    assert_eq!(said(F::FreeOfCharge), "Участие является бесплатным.");
    assert_eq!(
        said(F::RegistrationRequired),
        "Обращаем ваше внимание на то, что регистрация для участия в собрании является обязательной."
    );
    assert!(said(F::Times).starts_with("Собрание будет проходить в виртуальном формате"), "{}", said(F::Times));
}

#[test]
fn a_circular_missing_its_times_asks_for_them_and_two_dates_are_a_conflict() {
    let no_times = ENGLISH.replace(", from 11:00 to 12:00 and from 13:30 to 15:30 CET", "");
    let no_times = no_times.replace("from 12:00 to 13:00 CET", "in the afternoon");
    let read = read_circular(&no_times);
    assert_eq!(read.missing, [F::Times, F::Zone], "what the letter does not say is asked for, never invented");
    let two_dates = ENGLISH.replace("held virtually on 31 October 2025", "held virtually on 30 October 2025");
    let read = read_circular(&two_dates);
    assert_eq!(read.values(F::Date), ["2025-10-31", "2025-10-30"]);
    assert_eq!(read.conflicts, [F::Date], "the subject's date and the body's");
}

#[test]
fn a_hybrid_meeting_s_venue_is_read_up_to_its_date() {
    let hybrid = |text: &str, from: &str, to: &str| text.replace(from, to);
    let en =
        hybrid(ENGLISH, "will be held virtually on", "will be a hybrid meeting held at ITU headquarters, Geneva, on");
    assert_eq!(read_circular(&en).values(F::Venue), ["ITU headquarters, Geneva"]);
    let fr = hybrid(FRENCH, "qui se tiendra de manière virtuelle le", "qui se tiendra au siège de l'UIT à Genève le");
    assert_eq!(read_circular(&fr).values(F::Venue), ["siège de l'UIT à Genève"]);
    let es = hybrid(SPANISH, "en formato virtual el", "y se celebrará en la sede de la UIT en Ginebra el");
    assert_eq!(read_circular(&es).values(F::Venue), ["la sede de la UIT en Ginebra"]);
    let ru = hybrid(
        RUSSIAN,
        "Собрание будет проходить в виртуальном формате",
        "Собрание состоится в штаб-квартире МСЭ в Женеве",
    );
    assert_eq!(read_circular(&ru).values(F::Venue), ["штаб-квартире МСЭ в Женеве"]);
}

#[test]
fn text_is_read_as_it_is_and_a_pdf_without_text_is_refused_by_name() {
    assert_eq!(circular_text("letter.txt", ENGLISH.as_bytes()).unwrap(), ENGLISH);
    let err = circular_text("letter.pdf", b"%PDF-1.7\n%%EOF").unwrap_err();
    assert_eq!(err.code(), "unreadable");
    assert!(
        err.say(dais_core::Lang::En).starts_with("letter.pdf cannot be read: its PDF holds no text"),
        "{}",
        err.say(dais_core::Lang::En)
    );
}

/// The letter as LibreOffice writes it: a DOCX made by python-docx (each line a paragraph, its tabs kept as Word keeps
/// them), and that DOCX printed to PDF by LibreOffice.
fn letter_files(dir: &std::path::Path, text: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let (txt, docx) = (dir.join("letter.txt"), dir.join("letter.docx"));
    std::fs::write(&txt, text).unwrap();
    let script = "import sys, docx\nd = docx.Document()\nfor line in open(sys.argv[1], encoding='utf-8').read().split('\\n'):\n    d.add_paragraph(line)\nd.save(sys.argv[2])";
    let made = std::process::Command::new("/usr/bin/python3")
        .arg("-c")
        .arg(script)
        .arg(&txt)
        .arg(&docx)
        .output()
        .expect("python3 with python-docx");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let printed = std::process::Command::new("soffice")
        // LibreOffice's own profile in the test's folder: two conversions at once would share one otherwise.
        .arg(format!("-env:UserInstallation=file://{}", dir.join("lo").display()))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir)
        .arg(&docx)
        .output()
        .expect("LibreOffice (scripts/setup.sh test installs it)");
    let pdf = dir.join("letter.pdf");
    assert!(pdf.exists(), "{}{}", String::from_utf8_lossy(&printed.stdout), String::from_utf8_lossy(&printed.stderr));
    (docx, pdf)
}

#[test]
fn a_circular_written_as_docx_and_printed_to_pdf_reads_as_its_text() {
    for (lang, text) in [("ru", RUSSIAN), ("en", ENGLISH)] {
        let dir = tempfile::TempDir::new().unwrap();
        let (docx, pdf) = letter_files(dir.path(), text);
        let read = read_circular(&circular_text("letter.docx", &std::fs::read(&docx).unwrap()).unwrap());
        assert_eq!(read, read_circular(text), "{lang}: the same facts from the DOCX as from the text");
        let from_pdf = read_circular(&circular_text("letter.pdf", &std::fs::read(&pdf).unwrap()).unwrap());
        for field in [
            F::Reference,
            F::Issued,
            F::Title,
            F::Format,
            F::Date,
            F::Times,
            F::Zone,
            F::Languages,
            F::Phone,
            F::Fax,
            F::Email,
        ] {
            assert_eq!(from_pdf.values(field), read.values(field), "{lang}: {field:?} from the PDF");
        }
    }
    let err = circular_text("letter.docx", b"PK\x03\x04 not a zip").unwrap_err();
    assert!(
        err.say(dais_core::Lang::En).starts_with("letter.docx cannot be read: it is not a DOCX document"),
        "{}",
        err.say(dais_core::Lang::En)
    );
}

fn workspace() -> (tempfile::TempDir, Store) {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(&dir.path().join("ws.dais")).unwrap();
    (dir, store)
}

#[test]
fn a_meeting_is_made_from_the_seed_circular_with_its_sessions_and_its_webinar() {
    let (_dir, mut store) = workspace();
    let facts: Vec<MeetingFact> = read_circular(RUSSIAN).facts.iter().map(MeetingFact::from).collect();
    let meeting = store.create_meeting_from_circular(&facts, Lang::En).unwrap();
    assert!(meeting.title.starts_with("Девятое собрание") && meeting.title.ends_with("(U4SSC)"), "{}", meeting.title);
    assert_eq!(
        (meeting.short_title.as_str(), meeting.kind, meeting.format),
        ("U4SSC", EventKind::Meeting, EventFormat::Virtual)
    );
    assert_eq!(
        (meeting.zone.as_str(), meeting.starts_on.to_string(), meeting.ends_on.to_string()),
        ("Europe/Zurich", "2025-10-31".into(), "2025-10-31".into())
    );
    assert_eq!(meeting.languages, ["English"]);
    assert_eq!(meeting.reference.as_deref(), Some("TSB Circular 81, 15 October 2025"));
    assert!(meeting.registration.mandatory && meeting.registration.free_of_charge);
    assert!(
        !meeting.eligible_categories.contains(&ParticipantCategory::Resolution99),
        "the letter's participation paragraph does not name it"
    );
    assert!(meeting.audience.contains("могут принять участие"), "{}", meeting.audience);
    let contact = &meeting.contacts[0];
    assert_eq!(
        (contact.phone.as_deref(), contact.fax.as_deref(), contact.email.as_deref()),
        (Some("+41 22 730 6301"), Some("+41 22 730 5853"), Some("u4ssc@itu.int"))
    );

    // The letter's times are CET (UTC+1 on 31 October 2025): two sessions, and the webinar between them.
    let entries = store.entries(meeting.id).unwrap();
    let slots: Vec<(EntryKind, String, String)> = entries
        .iter()
        .map(|e| (e.kind, e.slot.starts_at.format("%H:%M").to_string(), e.slot.ends_at.format("%H:%M").to_string()))
        .collect();
    let (block, side) = (EntryKind::Block, EntryKind::SideEvent);
    assert_eq!(
        slots,
        [
            (block, "10:00".into(), "11:00".into()),
            (side, "11:00".into(), "12:00".into()),
            (block, "12:30".into(), "14:30".into())
        ]
    );
    assert_eq!(entries[0].title, "Session 1");
    let webinar = store.side_events(meeting.id).unwrap().remove(0);
    assert_eq!(webinar.kind, EventKind::Webinar);
    assert_eq!(entries[1].linked_event_id, Some(webinar.id));
    assert!(webinar.title.starts_with("Расширение прав"), "{}", webinar.title);
}

#[test]
fn a_fact_missing_or_given_twice_is_asked_for_at_that_fact_and_nothing_is_made() {
    let (_dir, mut store) = workspace();
    let mut facts: Vec<MeetingFact> = read_circular(ENGLISH).facts.iter().map(MeetingFact::from).collect();
    facts.retain(|f| f.field != F::ShortTitle);
    facts.push(MeetingFact { field: F::Zone, value: "UTC".into() });
    facts.push(MeetingFact { field: F::Times, value: "11-12".into() });
    let Err(dais_core::Error::Invalid(errors)) = store.create_meeting_from_circular(&facts, Lang::En) else {
        panic!("refused at the facts")
    };
    let said: Vec<(String, String)> = errors.iter().map(|f| (f.field.clone(), f.message.say(Lang::En))).collect();
    assert_eq!(
        said,
        [
            ("short_title".to_string(), "the letter does not say it: give it to make the meeting".to_string()),
            ("zone".into(), "the letter gives two: keep the right one".into()),
            ("times".into(), "write the times as HH:MM-HH:MM, such as 11:00-12:00".into()),
        ]
    );
    assert!(store.meetings().unwrap().is_empty(), "nothing made");
}

#[test]
fn a_meeting_of_several_days_is_read_from_its_range_of_dates_in_each_language_and_made_over_them() {
    let ranged = |text: &str, pairs: &[(&str, &str)]| pairs.iter().fold(text.to_string(), |t, (a, b)| t.replace(a, b));
    let letters = [
        ranged(
            ENGLISH,
            &[
                ("(virtual, 31 October 2025)", "(virtual, 30-31 October 2025)"),
                ("held virtually on 31 October 2025", "held virtually from 30 to 31 October 2025"),
            ],
        ),
        ranged(
            FRENCH,
            &[
                ("31 octobre 2025)", "30-31 octobre 2025)"),
                ("le 31 octobre 2025, de 11 h", "du 30 au 31 octobre 2025, de 11 h"),
            ],
        ),
        ranged(
            SPANISH,
            &[
                ("31 de octubre de 2025)", "30-31 de octubre de 2025)"),
                ("el 31 de octubre de 2025, de las", "del 30 al 31 de octubre de 2025, de las"),
            ],
        ),
        ranged(
            RUSSIAN,
            &[
                ("31 октября 2025 г.)", "30–31 октября 2025 г.)"),
                ("формате 31 октября 2025 года", "формате с 30 по 31 октября 2025 года"),
            ],
        ),
    ];
    for letter in &letters {
        let read = read_circular(letter);
        assert_eq!(read.values(F::Date), ["2025-10-30", "2025-10-31"], "{:?}", read.facts);
        assert!(read.conflicts.is_empty(), "the subject's range and the body's agree: {:?}", read.conflicts);
    }
    // Over two months, and a day outside the range: a conflict.
    let over =
        ranged(ENGLISH, &[("held virtually on 31 October 2025", "held virtually from 31 October to 1 November 2025")]);
    assert_eq!(read_circular(&over).values(F::Date), ["2025-10-31", "2025-11-01"]);
    let outside = ranged(&letters[0], &[("(virtual, 30-31 October 2025)", "(virtual, 29 October 2025)")]);
    assert_eq!(read_circular(&outside).conflicts, [F::Date]);

    let (_dir, mut store) = workspace();
    let facts: Vec<MeetingFact> = read_circular(&letters[3]).facts.iter().map(MeetingFact::from).collect();
    let meeting = store.create_meeting_from_circular(&facts, Lang::En).unwrap();
    assert_eq!(
        (meeting.starts_on.to_string(), meeting.ends_on.to_string()),
        ("2025-10-30".into(), "2025-10-31".into())
    );
    let blocks = store.entries(meeting.id).unwrap().into_iter().filter(|e| e.kind == EntryKind::Block).count();
    assert_eq!(blocks, 4, "the letter's two sessions on each of the two days");
}
