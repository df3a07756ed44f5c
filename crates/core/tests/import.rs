//! Registrations brought in from files: Dais's own participants list back in (CSV and XLSX), files other tools wrote
//! (openpyxl's XLSX, a windows-1251 CSV with `;`, Indico's registrants export), problems named at their cells, a
//! source imported again, undo, and files that are not what they say.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, Utc};
use dais_core::import::{OnDuplicate, RegistrationImport, RowAction, TableFile};
use dais_core::registrations::RegistrationQuery;
use dais_core::registrations::participants_list::{ListColumn, ListFormat};
use dais_core::seed::{create_demo, demo_event_id};
use dais_core::*;
use tempfile::TempDir;

fn now() -> DateTime<Utc> {
    "2026-01-15T12:00:00Z".parse().unwrap()
}

fn fresh() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("ws.dais")).unwrap();
    create_demo(&mut store).unwrap();
    (dir, store)
}

fn import() -> RegistrationImport {
    RegistrationImport { event_id: demo_event_id(), ..Default::default() }
}

fn file(path: &Path) -> TableFile {
    TableFile::read(path, None).unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Every column of the list but the two an import does not carry over: its source (an import's own) and its id.
fn columns() -> Vec<ListColumn> {
    ListColumn::ALL.into_iter().filter(|c| !matches!(c, ListColumn::Source | ListColumn::Id)).collect()
}

fn list(store: &Store, format: ListFormat) -> Vec<u8> {
    let mut out = Vec::new();
    store.participants_list(&RegistrationQuery::of(demo_event_id(), 1), &columns(), format, &mut out).unwrap();
    out
}

fn by_email(store: &Store, email: &str) -> Registration {
    store.registrations(demo_event_id()).unwrap().into_iter().find(|r| r.email == email).unwrap()
}

#[test]
fn the_participants_list_comes_back_as_the_same_rows_in_csv_and_xlsx() {
    let (dir, store, _) = crate::participants_list::workspace();
    for format in [ListFormat::Csv, ListFormat::Xlsx] {
        let written = list(&store, format);
        let path = write(dir.path(), &format!("list.{}", format.extension()), &written);
        let (_other, mut other) = fresh();
        let preview = other.preview_registration_import(&file(&path), &import(), now(), Lang::En).unwrap();
        assert_eq!(preview.problem_count, 7, "{format:?}: the formula-like cells are said: {:?}", preview.problems);
        assert!(preview.problems.iter().all(|p| !p.refuses && p.row == 4), "as warnings, all in one row");
        assert!(preview.columns.iter().all(|c| c.field.is_some()), "every header is matched: {:?}", preview.columns);
        assert_eq!(
            (preview.counts.add, preview.counts.unchanged),
            (4, 5),
            "{format:?}: the demo's five are there already"
        );
        other.import_registrations(file(&path), &import(), now()).unwrap();
        let again = list(&other, format);
        if format == ListFormat::Csv {
            assert_eq!(String::from_utf8_lossy(&again), String::from_utf8_lossy(&written), "the same rows");
        } else {
            assert_eq!(xlsx_cells(dir.path(), &again), xlsx_cells(dir.path(), &written), "the same rows");
        }
        let imported = by_email(&other, "zoe.muller@example.de");
        assert_eq!(imported.source, RegistrationSource::Import, "the source is recorded");
        assert_eq!(imported.organisation, "Département des Télécommunications\r\nGenève; Bern");
    }
}

/// The cells of an XLSX's first sheet as openpyxl reads them, as text.
fn xlsx_cells(dir: &Path, bytes: &[u8]) -> String {
    let path = write(dir, "read.xlsx", bytes);
    let script = "import sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1]).active\nfor row in ws.iter_rows(values_only=True): print(repr(row))";
    let out =
        Command::new("/usr/bin/python3").arg("-c").arg(script).arg(&path).output().expect("python3 with openpyxl");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_windows_1251_csv_with_semicolons_and_russian_headers_is_read() {
    let (dir, mut store) = fresh();
    let text = "Фамилия;Имя;Электронная почта;Организация;Страна;Категория участника;Дата регистрации\r\n\
                Петров;Иван;ivan.petrov@example.ru;Министерство цифрового развития;Российская Федерация;Академическая организация – Член МСЭ;02.03.2026 10:15\r\n\
                Смирнова;Ольга;olga@example.kz;Казахтелеком;Казахстан;;15.02.2026 09:00\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
    let path = write(dir.path(), "участники.csv", &bytes);
    let preview = store.preview_registration_import(&file(&path), &import(), now(), Lang::Ru).unwrap();
    assert_eq!((preview.encoding.as_deref(), preview.separator.as_deref()), (Some("windows-1251"), Some(";")));
    assert_eq!(preview.problem_count, 0, "{:?}", preview.problems);
    let report = store.import_registrations(file(&path), &import(), now()).unwrap();
    assert_eq!(report.counts.add, 2);
    let ivan = by_email(&store, "ivan.petrov@example.ru");
    assert_eq!((ivan.given_name.as_str(), ivan.family_name.as_str(), ivan.country.as_str()), ("Иван", "Петров", "RU"));
    assert_eq!(ivan.category, ParticipantCategory::Academia, "a category by its Russian label");
    assert_eq!(ivan.submitted_at, "2026-03-02T09:15:00Z".parse::<DateTime<Utc>>().unwrap(), "in the meeting's zone");
    assert_eq!(by_email(&store, "olga@example.kz").category, ParticipantCategory::OtherEligibleIndividual);
}

#[test]
fn an_xlsx_written_by_openpyxl_with_typed_cells_and_two_sheets() {
    let (dir, mut store) = fresh();
    let path = dir.path().join("from-openpyxl.xlsx");
    let script = r#"
import sys, datetime, openpyxl
wb = openpyxl.Workbook()
notes = wb.active
notes.title = "Read me"
notes.append(["This workbook lists the registrants on its second sheet."])
ws = wb.create_sheet("Registrants")
ws.append(["First Name", "Last Name", "Email Address", "Affiliation", "Country", "Registration date", "Checked in", "Registration state"])
ws.append(["Anna", "Müller", "anna.mueller@example.org", "University of Zürich", "Switzerland", datetime.datetime(2026, 2, 14, 9, 31), True, "Completed"])
ws.append(["Wei", "Zhang", "w.zhang@example.com", "CERN", "United States", datetime.datetime(2026, 2, 15, 11, 0), False, "Pending"])
wb.save(sys.argv[1])
"#;
    let out = Command::new("/usr/bin/python3").arg("-c").arg(script).arg(&path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let preview = store.preview_registration_import(&file(&path), &import(), now(), Lang::En).unwrap();
    assert_eq!(preview.sheets.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Read me", "Registrants"]);
    let on_second = RegistrationImport { sheet: Some(1), ..import() };
    let preview = store.preview_registration_import(&file(&path), &on_second, now(), Lang::En).unwrap();
    assert_eq!(preview.problem_count, 0, "{:?}", preview.problems);
    store.import_registrations(file(&path), &on_second, now()).unwrap();
    let anna = by_email(&store, "anna.mueller@example.org");
    assert_eq!(
        (anna.country.as_str(), anna.attended, anna.decision.status),
        ("CH", true, RegistrationStatus::Approved)
    );
    assert_eq!(anna.submitted_at, "2026-02-14T08:31:00Z".parse::<DateTime<Utc>>().unwrap());
    assert_eq!(by_email(&store, "w.zhang@example.com").country, "US", "the name other systems give it");
}

#[test]
fn an_ods_written_by_libreoffice_is_read() {
    let (dir, mut store) = fresh();
    let csv = "Given name;Family name;Email;Organisation;Country;Submitted\n\
               Kofi;Mensah;kofi@example.gh;National Communications Authority;Ghana;2026-02-10 14:05\n\
               李;娜;li.na@example.cn;中国信息通信研究院;中国;2026-02-11 08:00\n";
    let source = write(dir.path(), "registrants.csv", csv.as_bytes());
    // LibreOffice's own profile in the test's folder: two conversions at once would share one otherwise.
    let profile = format!("-env:UserInstallation=file://{}", dir.path().join("lo").display());
    let out = Command::new("soffice")
        .args([profile.as_str(), "--headless", "--infilter=CSV:59,34,76,1", "--convert-to", "ods", "--outdir"])
        .arg(dir.path())
        .arg(&source)
        .output()
        .expect("LibreOffice (scripts/setup.sh test installs it)");
    let ods = dir.path().join("registrants.ods");
    assert!(ods.exists(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    let preview = store.preview_registration_import(&file(&ods), &import(), now(), Lang::En).unwrap();
    assert_eq!(preview.kind, dais_core::import::FileKind::Ods);
    assert_eq!(preview.problem_count, 0, "{:?}", preview.problems);
    store.import_registrations(file(&ods), &import(), now()).unwrap();
    let kofi = by_email(&store, "kofi@example.gh");
    assert_eq!((kofi.country.as_str(), kofi.organisation.as_str()), ("GH", "National Communications Authority"));
    assert_eq!(
        kofi.submitted_at,
        "2026-02-10T13:05:00Z".parse::<DateTime<Utc>>().unwrap(),
        "the ODS's time, in the meeting's zone"
    );
    assert_eq!(by_email(&store, "li.na@example.cn").country, "CN");
}

/// Indico's registrants export as its CSV writer makes it (indico/util/spreadsheets.py): UTF-8 with a BOM, CRLF, its
/// English labels, UTC times with microseconds, a leading `+` stripped.
const INDICO_CSV: &str = "\u{feff}ID,Name,First Name,Last Name,Email Address,Affiliation,Position,Country,Phone Number,Registration date,Registration state,Price,Checked in,Check-in date,Payment date,Tags\r\n\
1,Anna Müller,Anna,Müller,anna.mueller@example.org,University of Zürich,PhD student,Switzerland,41 44 123 45 67,2025-03-14 09:31:07.123456+00:00,Completed,€150.00,Yes,2025-06-02 07:45:12.532100+00:00,2025-03-14 09:33:50.914233+00:00,Speaker; VIP\r\n\
2,Seán O'Brien,Seán,O'Brien,sean.obrien@example.ie,\"Trinity College Dublin, School of Physics\",Postdoctoral Researcher,Ireland,353 1 896 1000,2025-03-20 16:02:44.007310+00:00,Awaiting payment,€150.00,No,,,\r\n\
3,Wei Zhang,Wei,Zhang,w.zhang@example.com,CERN,\"Staff \"\"Engineer\"\"\",United States,,2025-04-01 11:00:00.250000+00:00,Withdrawn,€0.00,No,,,Student\r\n";

#[test]
fn indicos_registrants_export_is_read_by_its_headers() {
    let (dir, mut store) = fresh();
    let path = write(dir.path(), "registrations.csv", INDICO_CSV.as_bytes());
    let preview = store.preview_registration_import(&file(&path), &import(), now(), Lang::En).unwrap();
    let field = |header: &str| preview.columns.iter().find(|c| c.header == header).unwrap().field;
    assert_eq!(field("ID"), None, "Indico's numbers are not Dais's ids");
    assert_eq!(field("Name"), Some(ListColumn::Name));
    assert_eq!(field("Affiliation"), Some(ListColumn::Organisation));
    assert_eq!(field("Registration state"), Some(ListColumn::Status));
    assert_eq!(field("Checked in"), Some(ListColumn::Attended));
    assert_eq!(preview.problem_count, 0, "{:?}", preview.problems);
    store.import_registrations(file(&path), &import(), now()).unwrap();
    let sean = by_email(&store, "sean.obrien@example.ie");
    assert_eq!((sean.given_name.as_str(), sean.family_name.as_str()), ("Seán", "O'Brien"), "from their own columns");
    assert_eq!(sean.organisation, "Trinity College Dublin, School of Physics");
    assert_eq!(sean.decision.status, RegistrationStatus::Pending);
    assert_eq!(sean.submitted_at.to_rfc3339(), "2025-03-20T16:02:44.007310+00:00");
    assert_eq!(by_email(&store, "w.zhang@example.com").decision.status, RegistrationStatus::Cancelled);
    assert!(by_email(&store, "anna.mueller@example.org").attended);
}

#[test]
fn problems_are_named_at_their_cells_and_nothing_is_written_until_they_are_mended_or_skipped() {
    let (dir, mut store) = fresh();
    let csv = "Given name,Family name,Email,Organisation,Country\n\
               Ana,Ribeiro,ana@example.org,Anatel,Brazil\n\
               Bad,Address,not-an-address,ITU,Switzerland\n\
               No,Country,nc@example.org,ITU,Atlantis\n\
               Again,Ribeiro,ANA@example.org,Anatel,BR\n";
    let path = write(dir.path(), "list.csv", csv.as_bytes());
    let before = store.registrations(demo_event_id()).unwrap();
    let preview = store.preview_registration_import(&file(&path), &import(), now(), Lang::En).unwrap();
    let at: Vec<(u32, Option<u32>, &str)> =
        preview.problems.iter().map(|p| (p.row, p.column, p.header.as_str())).collect();
    assert_eq!(at, [(3, Some(2), "Email"), (4, Some(4), "Country"), (5, Some(2), "Email")], "{:?}", preview.problems);
    assert!(preview.problems[1].message.contains("Atlantis"), "{}", preview.problems[1].message);
    assert!(
        preview.problems[2].message.contains("row 2"),
        "the same address as row 2: {}",
        preview.problems[2].message
    );
    assert_eq!((preview.counts.add, preview.counts.refused), (1, 3));

    let refused = store.import_registrations(file(&path), &import(), now()).unwrap_err();
    assert_eq!(refused.code(), "invalid");
    let said = refused.say(Lang::En);
    assert!(said.contains("row 3") && said.contains("row 4"), "{said}");
    assert_eq!(store.registrations(demo_event_id()).unwrap(), before, "nothing written");

    let skipping = RegistrationImport {
        rows: [(3, RowAction::Skip), (4, RowAction::Skip), (5, RowAction::KeepBoth)].into(),
        ..import()
    };
    let report = store.import_registrations(file(&path), &skipping, now()).unwrap();
    assert_eq!((report.counts.add, report.counts.skip), (2, 2));
    let anas = store.registrations(demo_event_id()).unwrap().into_iter().filter(|r| r.family_name == "Ribeiro").count();
    assert_eq!(anas, 2, "both kept, as the organiser chose");

    // The first of two rows with one address skipped: the second is the only one, not a second.
    let (_dir, store) = fresh();
    let first_skipped = RegistrationImport { rows: [(2, RowAction::Skip)].into(), ..import() };
    let preview = store.preview_registration_import(&file(&path), &first_skipped, now(), Lang::En).unwrap();
    assert!(preview.problems.iter().all(|p| p.row != 5), "{:?}", preview.problems);
}

#[test]
fn a_source_imported_again_changes_what_changed_and_adds_nothing_twice_and_the_import_is_one_undo_step() {
    let (dir, mut store) = fresh();
    let first = "Given name,Family name,Email,Organisation,Country,Status\n\
                 Ana,Ribeiro,ana@example.org,Anatel,BR,Pending\n\
                 Kofi,Mensah,kofi@example.gh,NCA,GH,Approved\n";
    let path = write(dir.path(), "list.csv", first.as_bytes());
    let count = |store: &Store| store.registrations(demo_event_id()).unwrap().len();
    let demo = count(&store);
    store.undoable_import(|s| s.import_registrations(file(&path), &import(), now())).unwrap();
    assert_eq!(count(&store), demo + 2);
    let kofi = by_email(&store, "kofi@example.gh");

    let updated = first.replace("NCA,GH,Approved", "National Communications Authority,GH,Approved");
    std::fs::write(&path, updated).unwrap();
    let preview = store.preview_registration_import(&file(&path), &import(), now(), Lang::En).unwrap();
    assert_eq!((preview.counts.update, preview.counts.unchanged, preview.counts.add), (1, 1, 0));
    let row = preview.rows.iter().find(|r| r.action == RowAction::Update).unwrap();
    assert_eq!((row.matches, row.changes.as_slice()), (Some(kofi.id), &[ListColumn::Organisation][..]));
    let skip = RegistrationImport { on_duplicate: OnDuplicate::Skip, ..import() };
    assert_eq!(store.preview_registration_import(&file(&path), &skip, now(), Lang::En).unwrap().counts.skip, 2);

    store.undoable_import(|s| s.import_registrations(file(&path), &import(), now())).unwrap();
    assert_eq!(count(&store), demo + 2, "nothing added twice");
    let kofi_now = by_email(&store, "kofi@example.gh");
    assert_eq!((kofi_now.id, kofi_now.organisation.as_str()), (kofi.id, "National Communications Authority"));
    assert_eq!(kofi_now.decision, kofi.decision, "the decision, the same in the file, is left as it was");

    store.undo(demo_event_id()).unwrap();
    assert_eq!(by_email(&store, "kofi@example.gh").organisation, "NCA", "the second import undone");
    store.undo(demo_event_id()).unwrap();
    assert_eq!(count(&store), demo, "the first import undone as one step");
}

#[test]
fn a_file_that_is_not_what_it_says_is_refused_by_name() {
    let dir = TempDir::new().unwrap();
    let pdf = write(dir.path(), "registrants.xlsx", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
    let err = TableFile::read(&pdf, None).unwrap_err();
    assert_eq!(err.code(), "unreadable");
    assert!(
        err.say(Lang::En).starts_with("registrants.xlsx cannot be read: it is a PDF file"),
        "{}",
        err.say(Lang::En)
    );

    let (_source, whole_store, _) = crate::participants_list::workspace();
    let whole = list(&whole_store, ListFormat::Xlsx);
    let cut = write(dir.path(), "cut.xlsx", &whole[..whole.len() / 2]);
    let err = TableFile::read(&cut, None).unwrap_err();
    assert_eq!(err.code(), "unreadable", "{}", err.say(Lang::En));
    assert!(err.say(Lang::Fr).starts_with("cut.xlsx ne peut pas être lu"), "{}", err.say(Lang::Fr));
}

#[test]
fn a_file_larger_than_dais_reads_is_refused_before_it_is_read_and_one_broken_row_of_many_is_named() {
    let dir = TempDir::new().unwrap();
    // A sparse file: 300 MB on paper, nothing on the disk.
    let huge = dir.path().join("everyone.csv");
    std::fs::File::create(&huge).unwrap().set_len(300 * 1024 * 1024).unwrap();
    let err = TableFile::read(&huge, None).unwrap_err();
    assert_eq!(err.say(Lang::En), "everyone.csv cannot be read: it is 300 MB, larger than the 256 MB Dais reads");

    let (_ws, mut store) = fresh();
    let mut csv = String::from("Given name,Family name,Email,Organisation,Country\n");
    for n in 0..100_000 {
        let email = if n == 12_345 { "broken-address".to_string() } else { format!("p{n}@example.org") };
        csv.push_str(&format!("Given{n},Family{n},{email},Org,CH\n"));
    }
    let path = write(dir.path(), "many.csv", csv.as_bytes());
    let before = store.registrations(demo_event_id()).unwrap().len();
    let err = store.import_registrations(file(&path), &import(), now()).unwrap_err();
    let said = err.say(Lang::En);
    assert!(
        said.contains("row 12347") && said.contains("broken-address"),
        "the row as a spreadsheet numbers it: {said}"
    );
    assert_eq!(store.registrations(demo_event_id()).unwrap().len(), before, "nothing written");
    let skipping = RegistrationImport { rows: [(12_347, RowAction::Skip)].into(), ..import() };

    // Stopped halfway by the organiser: nothing written; then let through, its progress told as it goes.
    let mut told = Vec::new();
    let stopped = store.import_registrations_watched(file(&path), &skipping, now(), &mut |p| {
        told.push(p);
        p.done < 10_000
    });
    assert_eq!(stopped.unwrap_err().code(), "cancelled");
    assert_eq!(told.last().map(|p| (p.done, p.total)), Some((10_000, 100_000)));
    assert_eq!(store.registrations(demo_event_id()).unwrap().len(), before, "nothing of a stopped import written");
    let mut told = Vec::new();
    let report = store.import_registrations_watched(file(&path), &skipping, now(), &mut |p| {
        told.push(p.done);
        true
    });
    assert_eq!(report.unwrap().counts.add, 99_999);
    assert_eq!(told, (0..100_000).step_by(2_000).collect::<Vec<u32>>());
}

#[test]
fn an_import_is_not_undone_over_a_change_made_since_to_a_row_it_added() {
    let (dir, mut store) = fresh();
    let csv = "Given name,Family name,Email,Organisation,Country\nAna,Ribeiro,ana@example.org,Anatel,BR\n";
    let path = write(dir.path(), "list.csv", csv.as_bytes());
    store.undoable_import(|s| s.import_registrations(file(&path), &import(), now())).unwrap();
    // A colleague's edit, arrived since (not a step of this laptop's).
    let mut ana = by_email(&store, "ana@example.org");
    ana.organisation = "Agência Nacional de Telecomunicações".into();
    store.save_registration(&ana).unwrap();
    let refused = store.undo(demo_event_id()).unwrap_err();
    assert_eq!(refused.code(), "not_undone", "{}", refused.say(Lang::En));
    assert_eq!(by_email(&store, "ana@example.org").organisation, "Agência Nacional de Telecomunicações", "theirs kept");
}

#[test]
fn a_first_screen_is_read_from_the_first_rows_alone_and_shows_what_the_whole_file_does_there() {
    let (_source, store, _) = crate::participants_list::workspace();
    for format in [ListFormat::Csv, ListFormat::Xlsx] {
        let bytes = list(&store, format);
        let name = format!("list.{}", format.extension());
        let whole = TableFile::from_bytes(&name, &bytes, None).unwrap();
        let head = TableFile::first_rows(&name, &bytes, None, 4).unwrap();
        assert!(whole.whole && !head.whole, "{format:?}");
        assert_eq!(head.sheets[0].rows[..], whole.sheets[0].rows[..4], "{format:?}: the same first rows");
        let (_dir, target) = fresh();
        let of = |file: &TableFile| target.preview_registration_import(file, &import(), now(), Lang::En).unwrap();
        let (all, first) = (of(&whole), of(&head));
        assert!(all.whole && !first.whole);
        assert_eq!(first.counts.rows, 3, "{format:?}: the header and three rows");
        // New rows' ids are made anew by each preview: all else is the same.
        let shown = |rows: &[dais_core::import::PreviewRow]| {
            rows.iter()
                .map(|r| (r.row, r.action, r.matches, r.registration.email.clone(), r.registration.decision.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            shown(&first.rows),
            shown(&all.rows[..3]),
            "{format:?}: the first screen as the whole file's preview"
        );
    }
}
