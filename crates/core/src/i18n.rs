//! The message catalogue: every word a person reads, in the six languages of the UN (`locales/`, one folder per
//! language, Project Fluent's `.ftl` files; `locales/README.md`). The app's UI reads the same files (`ui/src/lib/i18n`).
//!
//! Core words its errors as [`Msg`] (an id and its arguments); each front end says them in its reader's language
//! ([`Lang`]) at its edge: the app in the organiser's, the site in the visitor's, a mail in the registrant's.
//! Dates are written by CLDR's rules (ICU4X), in the language shown.

use std::borrow::Cow;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A language Dais speaks: the six of the UN, in their English alphabetical order (as the UN lists them), and the
/// pseudo-language that tests use to find words that do not come from the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum Lang {
    #[serde(rename = "ar")]
    Ar,
    #[serde(rename = "zh")]
    Zh,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "ru")]
    Ru,
    #[serde(rename = "es")]
    Es,
    /// English with each message wrapped in `⟦…⟧`, its letters accented and a third longer: what is not wrapped on a
    /// page did not come from the catalogue, and what is cut off would be cut off in a longer language. Only ever
    /// chosen by name (`en-XA`, as Android and Chromium call it), never offered nor negotiated.
    #[serde(rename = "en-XA")]
    Pseudo,
}

impl Lang {
    /// The languages offered to people, in the UN's order.
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The language's BCP 47 tag, as in `lang="…"`, URLs and `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
            Lang::Pseudo => "en-XA",
        }
    }

    /// Reads a language tag or a POSIX locale: `fr`, `fr-CH`, `zh-Hans-CN`, `zh_CN.UTF-8`, `ar-EG`, `en-XA`. `None`
    /// for a language Dais does not speak.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim().split(['.', '@']).next().unwrap_or("").replace('_', "-");
        if tag.eq_ignore_ascii_case("en-XA") {
            return Some(Lang::Pseudo);
        }
        let language = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == language)
    }

    /// The visitor's language from an `Accept-Language` header: the first by weight that Dais speaks (`q=0` refuses
    /// one). Never the pseudo-language.
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut asked: Vec<(f32, usize, Lang)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(order, part)| {
                let mut pieces = part.split(';');
                let lang = Lang::parse(pieces.next()?).filter(|l| *l != Lang::Pseudo)?;
                let weight = pieces
                    .find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.trim().parse::<f32>().ok()))
                    .unwrap_or(1.0);
                (weight > 0.0).then_some((weight, order, lang))
            })
            .collect();
        asked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        asked.first().map(|(_, _, lang)| *lang)
    }

    /// The language of the process's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders them), else English.
    pub fn from_environment() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
            .next()
            .and_then(|value| Lang::parse(&value))
            .unwrap_or(Lang::En)
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// `rtl` or `ltr`, for HTML's `dir`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// The language's own name for itself (`Français`, `العربية`), as a language picker lists it.
    pub fn name(self) -> String {
        tr(self, "language-name", &[])
    }

    /// The language as a sentence in `reader` names it: `French`, `français`, `法文`.
    pub fn name_in(self, reader: Lang) -> String {
        crate::t!(reader, "language", code = self.code())
    }

    /// The language whose catalogue this one's words come from.
    fn catalogue(self) -> Lang {
        if self == Lang::Pseudo { Lang::En } else { self }
    }

    /// The CLDR locale for dates and numbers. English is the UN's (day, month, year, as `en-GB` writes them); Arabic
    /// keeps Western digits, as the UN's Arabic documents do.
    fn cldr(self) -> icu_locale_core::Locale {
        let tag = match self {
            Lang::En | Lang::Pseudo => "en-GB",
            Lang::Ar => "ar-u-nu-latn",
            other => other.code(),
        };
        tag.parse().expect("a CLDR locale Dais names is well-formed")
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A value a message is given: text (a name, a title), a number (which picks a plural form), a day (said as the
/// language writes it: [`long_date`]), or another message said in the same language (an entry's error inside the
/// programme's). A day sent as JSON comes back as its ISO text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Arg {
    Number(f64),
    Text(String),
    Date(NaiveDate),
    Message(Box<Msg>),
}

impl From<NaiveDate> for Arg {
    fn from(v: NaiveDate) -> Self {
        Arg::Date(v)
    }
}

impl From<Msg> for Arg {
    fn from(v: Msg) -> Self {
        Arg::Message(Box::new(v))
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_string())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(v.clone())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(impl From<$t> for Arg { fn from(v: $t) -> Self { Arg::Number(v as f64) } })*};
}
number_arg!(i32, i64, u8, u16, u32, u64, usize, f64);

/// A message not yet said: its id in the catalogue and its arguments. Core's errors carry these; the front end says
/// them in its reader's language with [`Msg::say`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Msg {
    pub id: Cow<'static, str>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Msg {
        Msg { id: Cow::Borrowed(id), args: Vec::new() }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    pub fn say(&self, lang: Lang) -> String {
        let args: Vec<(&str, Arg)> = self.args.iter().map(|(k, v)| (k.as_ref(), v.clone())).collect();
        tr(lang, &self.id, &args)
    }
}

/// `t!(lang, "id")`, `t!(lang, "id", name = value, count = n)`: the message `id` said in `lang`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal) => { $crate::i18n::tr($lang, $id, &[]) };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr($lang, $id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// `msg!("id")`, `msg!("id", name = value)`: a [`Msg`] to be said later, in its reader's language.
#[macro_export]
macro_rules! msg {
    ($id:literal) => { $crate::i18n::Msg::new($id) };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Msg::new($id)$(.with(stringify!($name), $value))+
    };
}

/// The `.ftl` files, by language, embedded at build time (build.rs lists `locales/`).
static FILES: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<Vec<(Lang, Bundle)>> = LazyLock::new(|| {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let id: unic_langid::LanguageIdentifier =
                lang.code().parse().expect("a language Dais names is well-formed");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Names and titles are isolated where they are shown (`<bdi>`, `dir="auto"`, a document's bidi runs),
            // so the marks Fluent would put round each value would only reach CSV cells and PDF text as litter.
            bundle.set_use_isolating(false);
            for (_, _, text) in FILES.iter().filter(|(code, _, _)| *code == lang.code()) {
                let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(resource, _)| resource);
                // A message given twice is caught by the catalogue's test; here the first stays.
                let _ = bundle.add_resource(resource);
            }
            (lang, bundle)
        })
        .collect()
});

fn bundle(lang: Lang) -> &'static Bundle {
    let lang = lang.catalogue();
    &BUNDLES.iter().find(|(l, _)| *l == lang).expect("a bundle for each language").1
}

/// The message `id` said in `lang` with its arguments. A message the catalogue lacks is said as its id, so a gap
/// shows rather than an empty space (the catalogue's test keeps every id used in every language).
pub fn tr(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            Arg::Date(d) => fluent_args.set(*name, FluentValue::from(long_date(lang, *d))),
            Arg::Message(m) => fluent_args.set(*name, FluentValue::from(m.say(lang))),
        }
    }
    let mut errors = Vec::new();
    let said = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
    if lang == Lang::Pseudo { pseudo(&said) } else { said }
}

/// The pseudo-language's form of an English message: `⟦Ŝàvéđ··⟧`. Letters accented, a third longer, wrapped.
pub fn pseudo(english: &str) -> String {
    let accented: String = english
        .chars()
        .map(|c| match c {
            'a' => 'à',
            'e' => 'é',
            'i' => 'î',
            'o' => 'ö',
            'u' => 'ü',
            'c' => 'ç',
            'n' => 'ñ',
            'A' => 'Å',
            'E' => 'É',
            'O' => 'Ö',
            'U' => 'Ü',
            other => other,
        })
        .collect();
    let longer = "·".repeat(english.chars().count().div_ceil(3));
    format!("⟦{accented}{longer}⟧")
}

fn date_input(date: NaiveDate) -> icu_calendar::Date<icu_calendar::Gregorian> {
    icu_calendar::Date::try_new_gregorian(date.year(), date.month() as u8, date.day() as u8)
        .expect("a chrono date is a Gregorian date")
}

/// One formatter for each language, of a CLDR field set (what a date shows, and how long).
macro_rules! formatters {
    ($fieldset:expr) => {
        Lang::ALL
            .into_iter()
            .map(|lang| {
                let formatter = icu_datetime::FixedCalendarDateTimeFormatter::try_new(lang.cldr().into(), $fieldset)
                    .expect("CLDR's data for the six languages is compiled in");
                (lang, formatter)
            })
            .collect()
    };
}

type Formatters<F> = LazyLock<Vec<(Lang, icu_datetime::FixedCalendarDateTimeFormatter<icu_calendar::Gregorian, F>)>>;

fn formatter<F: icu_datetime::scaffold::DateTimeMarkers>(
    all: &'static Formatters<F>,
    lang: Lang,
) -> &'static icu_datetime::FixedCalendarDateTimeFormatter<icu_calendar::Gregorian, F> {
    let lang = lang.catalogue();
    &all.iter().find(|(l, _)| *l == lang).expect("a formatter for each language").1
}

/// A day as a heading says it: `Friday 31 October 2025`, `vendredi 31 octobre 2025`, `2025年10月31日星期五`.
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    static ALL: Formatters<icu_datetime::fieldsets::YMDE> =
        LazyLock::new(|| formatters!(icu_datetime::fieldsets::YMDE::long()));
    formatter(&ALL, lang).format(&date_input(date)).to_string()
}

/// A day without its weekday: `31 October 2025`, `31 octobre 2025`, `31 октября 2025 г.`.
pub fn date(lang: Lang, date: NaiveDate) -> String {
    static ALL: Formatters<icu_datetime::fieldsets::YMD> =
        LazyLock::new(|| formatters!(icu_datetime::fieldsets::YMD::long()));
    formatter(&ALL, lang).format(&date_input(date)).to_string()
}

/// A day in a tab or a column: `Fri 31 Oct`, `ven. 31 oct.`.
pub fn day_label(lang: Lang, date: NaiveDate) -> String {
    static ALL: Formatters<icu_datetime::fieldsets::MDE> =
        LazyLock::new(|| formatters!(icu_datetime::fieldsets::MDE::medium()));
    formatter(&ALL, lang).format(&date_input(date)).to_string()
}

/// An event's days: one day's long date, or the first and the last joined as the language joins a range.
pub fn date_range(lang: Lang, starts_on: NaiveDate, ends_on: NaiveDate) -> String {
    if starts_on == ends_on {
        long_date(lang, starts_on)
    } else {
        t!(lang, "date-range", first = long_date(lang, starts_on), last = long_date(lang, ends_on))
    }
}

/// The language's collator (CLDR's collation: `é` beside `e` in French, pinyin order in Chinese, `ё` beside `е` in
/// Russian), for lists sorted as a reader of the language expects.
pub fn collator(lang: Lang) -> &'static icu_collator::CollatorBorrowed<'static> {
    static ALL: LazyLock<Vec<(Lang, icu_collator::CollatorBorrowed<'static>)>> = LazyLock::new(|| {
        Lang::ALL
            .into_iter()
            .map(|lang| {
                let collator = icu_collator::CollatorBorrowed::try_new(lang.cldr().into(), Default::default())
                    .expect("CLDR's collation data for the six languages is compiled in");
                (lang, collator)
            })
            .collect()
    });
    let lang = lang.catalogue();
    &ALL.iter().find(|(l, _)| *l == lang).expect("a collator for each language").1
}

/// `text`'s sort key in `lang`: keys compare as the texts collate, so a long list is sorted by keys made once each.
pub fn sort_key(lang: Lang, text: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(text.len() * 2);
    let Ok(()) = collator(lang).write_sort_key_to(text, &mut key);
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_read_from_a_tag_a_posix_locale_or_a_header() {
        assert_eq!(Lang::parse("fr-CH"), Some(Lang::Fr));
        assert_eq!(Lang::parse("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("ru_RU.UTF-8"), Some(Lang::Ru));
        assert_eq!(Lang::parse("en-XA"), Some(Lang::Pseudo));
        assert_eq!(Lang::parse("de-DE"), None);
        assert_eq!(Lang::negotiate("de-DE,de;q=0.9,es;q=0.8,en;q=0.7"), Some(Lang::Es));
        assert_eq!(Lang::negotiate("en;q=0.5, ar-EG"), Some(Lang::Ar));
        assert_eq!(Lang::negotiate("fr;q=0, ru;q=0.1"), Some(Lang::Ru));
        assert_eq!(Lang::negotiate("en-XA"), None, "the pseudo-language is chosen by name only");
        assert_eq!(Lang::negotiate("*"), None);
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let day = NaiveDate::from_ymd_opt(2025, 10, 31).unwrap();
        assert_eq!(date(Lang::En, day), "31 October 2025");
        assert_eq!(date(Lang::Fr, day), "31 octobre 2025");
        assert_eq!(date(Lang::Ru, day), "31 октября 2025\u{202f}г.");
        assert_eq!(date(Lang::Zh, day), "2025年10月31日");
        assert_eq!(long_date(Lang::En, day), "Friday, 31 October 2025");
        assert!(date(Lang::Ar, day).contains("31") && date(Lang::Ar, day).contains("2025"), "Western digits in Arabic");
        assert_eq!(
            date_range(Lang::Fr, day, day.succ_opt().unwrap()),
            "du vendredi 31 octobre 2025 au samedi 1 novembre 2025"
        );
    }

    #[test]
    fn a_message_takes_its_plural_form_from_the_language() {
        assert_eq!(t!(Lang::En, "role", role = "chair", count = 2), "Chairs");
        assert_eq!(t!(Lang::Fr, "role", role = "chair", count = 1), "Président");
        assert_eq!(t!(Lang::Ru, "role", role = "chair", count = 5), "Председатели");
        assert_eq!(msg!("speaker-status", status = "declined").say(Lang::Es), "Declinó");
        assert_eq!(t!(Lang::Pseudo, "speaker-status", status = "invited"), "⟦Iñvîtéd···⟧");
        assert_eq!(tr(Lang::En, "no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn lists_sort_as_each_language_reads_them() {
        fn sorted<'w>(lang: Lang, words: &[&'w str]) -> Vec<&'w str> {
            let mut words = words.to_vec();
            words.sort_by_key(|w| sort_key(lang, w));
            words
        }
        assert_eq!(sorted(Lang::Fr, &["Zoé", "élan", "Eve", "abc"]), ["abc", "élan", "Eve", "Zoé"]);
        assert_eq!(sorted(Lang::Ru, &["Юрий", "Ёлкин", "Егоров", "Андрей"]), ["Андрей", "Егоров", "Ёлкин", "Юрий"]);
        // Pinyin: Li (李), Wang (王), Zhang (张).
        assert_eq!(sorted(Lang::Zh, &["张", "王", "李"]), ["李", "王", "张"]);
        assert_eq!(sorted(Lang::Es, &["ñandú", "nube", "oso"]), ["nube", "ñandú", "oso"]);
    }
}
