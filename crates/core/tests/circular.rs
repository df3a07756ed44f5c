//! A meeting's facts read from its circular: the seed's letter (ITU-T TSB Circular 81, in Russian, `data/`), and
//! letters in its shape in English, French and Spanish; each fact with the paragraph it came from, what is missing
//! asked for, two dates that disagree kept as a conflict.

use dais_core::import::circular::{CircularField as F, circular_text, read_circular};

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
6\tPlease note that registration is mandatory for participation in the meeting.
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
5\tLa participation est gratuite.
6\tVeuillez noter que l'inscription est obligatoire.
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
5\tLa participación es gratuita.
6\tLa inscripción es obligatoria.
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
        assert_eq!(values(F::Languages), ["en"], "{lang}");
        assert_eq!(values(F::RegistrationRequired), ["true"], "{lang}");
        assert_eq!(values(F::FreeOfCharge), ["true"], "{lang}");
        assert_eq!((values(F::Phone), values(F::Fax)), (vec!["+41 22 730 6301"], vec!["+41 22 730 5853"]), "{lang}");
        assert_eq!(values(F::Email), ["u4ssc@itu.int"], "{lang}");
        let side = values(F::SideEvent);
        assert_eq!(side.len(), 1, "{lang}: {side:?}");
        assert!(side[0].starts_with("12:00-13:00 "), "{lang}: {side:?}");
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
fn a_pdf_is_refused_for_now_and_text_is_read_as_it_is() {
    let err = circular_text("letter.pdf", b"%PDF-1.7").unwrap_err();
    assert_eq!(err.code(), "unreadable");
    assert_eq!(circular_text("letter.txt", ENGLISH.as_bytes()).unwrap(), ENGLISH);
}

#[test]
fn a_circular_written_as_docx_by_python_docx_reads_as_its_text() {
    let dir = tempfile::TempDir::new().unwrap();
    let (text, docx) = (dir.path().join("letter.txt"), dir.path().join("letter.docx"));
    std::fs::write(&text, ENGLISH).unwrap();
    // Each line a paragraph, its tabs kept as Word keeps them.
    let script = "import sys, docx\nd = docx.Document()\nfor line in open(sys.argv[1], encoding='utf-8').read().split('\\n'):\n    d.add_paragraph(line)\nd.save(sys.argv[2])";
    let made = std::process::Command::new("/usr/bin/python3")
        .arg("-c")
        .arg(script)
        .arg(&text)
        .arg(&docx)
        .output()
        .expect("python3 with python-docx");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let read = read_circular(&circular_text("letter.docx", &std::fs::read(&docx).unwrap()).unwrap());
    assert_eq!(read, read_circular(ENGLISH), "the same facts as from the text");
    let err = circular_text("letter.docx", b"PK\x03\x04 not a zip").unwrap_err();
    assert!(
        err.say(dais_core::Lang::En).starts_with("letter.docx cannot be read: it is not a DOCX document"),
        "{}",
        err.say(dais_core::Lang::En)
    );
}
