//! Text set on A4 pages, for the programme's PDF (`document.rs`): every script as typed. Parley shapes it (HarfRust:
//! Arabic joined, Devanagari's conjuncts, Vietnamese's stacked accents), orders it (bidi), breaks its lines where each
//! script allows (UAX #14: between Chinese characters, at spaces elsewhere) and picks, cluster by cluster, the first
//! font of a list that has its glyphs. Krilla writes the PDF: each font subset and embedded, with a ToUnicode map and,
//! where glyphs and characters do not map one to one (a ligature, right to left), ActualText, so that a reader copying
//! the text gets it as it was typed, in logical order.
//!
//! Places are given from the page's start edge: in a right-to-left language the page is mirrored (the left edge of a
//! left-to-right page is the right edge of an Arabic one) and lines are aligned to the right.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use krilla::color::rgb;
use krilla::geom::Point;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::{Font as PdfFont, GlyphId, KrillaGlyph};
use krilla::{Data, Document};
use parley::fontique::{Blob, Collection, CollectionOptions, SourceCache};
use parley::{
    Alignment, AlignmentOptions, FontContext, FontFamily, FontFamilyName, FontFeatures, FontWeight, Layout,
    LayoutContext, LineHeight, PositionedLayoutItem, StyleProperty,
};

use crate::error::{Error, Result};
use crate::i18n::Lang;

/// The fonts, read at run time from the system's font folders rather than built into Dais: fonts for the six
/// languages' scripts weigh about 45 MB (a CJK face alone 20 MB), several times the app itself. The first that exists
/// of each is used; a machine that has none of them still writes a PDF, in the DejaVu Sans built in (its glyphs cover
/// Latin, Greek, Cyrillic and Arabic's letters; Chinese and Devanagari are then missing, never a failure).
/// - Debian and Ubuntu: Noto (`fonts-noto-core`, `fonts-noto-cjk`; `scripts/setup.sh` installs them);
/// - Windows: Segoe UI (Latin, Greek, Cyrillic, Arabic), Nirmala UI (Devanagari), Microsoft YaHei (Chinese, Japanese,
///   Korean);
/// - macOS: Arial (Latin, Greek, Cyrillic, Arabic), Geeza Pro (Arabic), Kohinoor (Devanagari), PingFang (CJK).
const FONT_FILES: &[&str] = &[
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Bold.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "C:\\Windows\\Fonts\\segoeui.ttf",
    "C:\\Windows\\Fonts\\segoeuib.ttf",
    "C:\\Windows\\Fonts\\Nirmala.ttf",
    "C:\\Windows\\Fonts\\NirmalaB.ttf",
    "C:\\Windows\\Fonts\\msyh.ttc",
    "C:\\Windows\\Fonts\\msyhbd.ttc",
    "/System/Library/Fonts/Supplemental/Arial.ttf",
    "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
    "/System/Library/Fonts/GeezaPro.ttc",
    "/System/Library/Fonts/Kohinoor.ttc",
    "/System/Library/Fonts/PingFang.ttc",
];

/// The families asked for, in this order: a character prints in the first that has its glyph. Noto Sans CJK's
/// collection holds a face per CJK language; the Simplified Chinese one (SC) is asked for, as Chinese is the UN's.
const FAMILIES: &[&str] = &[
    "Noto Sans",
    "Segoe UI",
    "Arial",
    "Noto Naskh Arabic",
    "Geeza Pro",
    "Noto Sans Devanagari",
    "Nirmala UI",
    "Kohinoor Devanagari",
    "Noto Sans CJK SC",
    "Microsoft YaHei",
    "PingFang SC",
    "DejaVu Sans",
];

const DEJAVU: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
const DEJAVU_BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

type Bytes = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// The system's fonts, read once, when the first PDF is written.
static SYSTEM_FONTS: LazyLock<Vec<Bytes>> = LazyLock::new(|| {
    FONT_FILES.iter().filter_map(|path| std::fs::read(path).ok()).map(|bytes| Arc::new(bytes) as Bytes).collect()
});

const PAGE: (f32, f32) = (210.0, 297.0);
const MARGIN: f32 = 20.0;
const PT_PER_MM: f32 = 72.0 / 25.4;
/// A line's height, and where its baseline is below its top, in font sizes.
const LINE: f32 = 1.35;
const BASELINE: f32 = 1.05;

/// How a paragraph looks: its size in points, bold, grey.
#[derive(Clone, Copy)]
pub(super) struct Look {
    pub size: f32,
    pub bold: bool,
    pub grey: bool,
}

/// Where a paragraph goes: from `start` millimetres off the page's start edge, `width` wide; or centred on the page.
#[derive(Clone, Copy)]
pub(super) enum Place {
    Start { start: f32, width: f32 },
    Centred,
}

/// One line set: which paragraph, which of its lines, where its box's left edge and top are (millimetres, from the
/// page's top left), grey or not.
struct SetLine {
    paragraph: usize,
    line: usize,
    left: f32,
    top: f32,
    grey: bool,
}

/// Paragraphs set on pages filled from the top, then written as a PDF.
pub(super) struct Pages {
    rtl: bool,
    fonts: FontContext,
    layouts: LayoutContext<()>,
    families: Vec<FontFamilyName<'static>>,
    /// Each font's bytes, by the id of the blob parley was given them in.
    bytes: HashMap<u64, Bytes>,
    paragraphs: Vec<(String, f32, Layout<()>)>,
    done: Vec<Vec<SetLine>>,
    page: Vec<SetLine>,
    /// Millimetres from the top of the page to the next line's top.
    y: f32,
}

impl Pages {
    pub(super) fn new(lang: Lang) -> Pages {
        let mut fonts = FontContext {
            collection: Collection::new(CollectionOptions { shared: false, system_fonts: false }),
            source_cache: SourceCache::default(),
        };
        let mut bytes = HashMap::new();
        let built_in: [Bytes; 2] = [Arc::new(DEJAVU), Arc::new(DEJAVU_BOLD)];
        let mut registered = Vec::new();
        for data in SYSTEM_FONTS.iter().chain(&built_in) {
            let blob = Blob::new(data.clone());
            bytes.insert(blob.id(), data.clone());
            for (family, _) in fonts.collection.register_fonts(blob, None) {
                registered.extend(fonts.collection.family_name(family).map(String::from));
            }
        }
        let families = FAMILIES
            .iter()
            .filter(|f| registered.iter().any(|r| r == *f))
            .map(|f| FontFamilyName::Named(Cow::Borrowed(*f)))
            .collect();
        Pages {
            rtl: lang.is_rtl(),
            fonts,
            layouts: LayoutContext::new(),
            families,
            bytes,
            paragraphs: Vec::new(),
            done: Vec::new(),
            page: Vec::new(),
            y: MARGIN,
        }
    }

    /// Room for `height` millimetres more on this page, or a new page.
    pub(super) fn room(&mut self, height: f32) {
        if self.y + height > PAGE.1 - MARGIN {
            self.done.push(std::mem::take(&mut self.page));
            self.y = MARGIN;
        }
    }

    pub(super) fn gap(&mut self, mm: f32) {
        self.y += mm;
    }

    /// Where the next line goes, to put a second text beside the first (a time beside its title).
    pub(super) fn top(&self) -> f32 {
        self.y
    }

    pub(super) fn set_top(&mut self, top: f32) {
        self.y = top;
    }

    /// A line's height at `size` points, in millimetres.
    pub(super) fn line_height(size: f32) -> f32 {
        size * LINE / PT_PER_MM
    }

    /// The lines `text` would take, set as `look` in `place`.
    pub(super) fn lines(&mut self, text: &str, look: Look, place: Place) -> usize {
        self.layout(text, look, place).len()
    }

    /// `text` set as `look` in `place`, its lines broken to fit, moving down by their height.
    pub(super) fn paragraph(&mut self, text: &str, look: Look, place: Place) {
        let layout = self.layout(text, look, place);
        let (start, width) = match place {
            Place::Start { start, width } => (start, width),
            Place::Centred => (MARGIN, PAGE.0 - 2.0 * MARGIN),
        };
        let left = if self.rtl { PAGE.0 - start - width } else { start };
        let height = Pages::line_height(look.size);
        let lines = layout.len();
        self.paragraphs.push((text.to_string(), look.size, layout));
        for line in 0..lines {
            self.room(height);
            let paragraph = self.paragraphs.len() - 1;
            self.page.push(SetLine { paragraph, line, left, top: self.y, grey: look.grey });
            self.y += height;
        }
    }

    fn layout(&mut self, text: &str, look: Look, place: Place) -> Layout<()> {
        let mut builder = self.layouts.ranged_builder(&mut self.fonts, text, 1.0, false);
        builder.push_default(StyleProperty::FontFamily(FontFamily::List(Cow::Owned(self.families.clone()))));
        builder.push_default(StyleProperty::FontSize(look.size));
        builder.push_default(StyleProperty::LineHeight(LineHeight::FontSizeRelative(LINE)));
        if look.bold {
            builder.push_default(StyleProperty::FontWeight(FontWeight::BOLD));
        }
        // Arabic without its optional ligatures (Allah's, kept by `rlig` where a font requires it): a reader that
        // reorders right-to-left text glyph by glyph (poppler) would give a ligature's letters back reversed.
        if text.chars().any(|c| matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF)) {
            builder.push_default(StyleProperty::FontFeatures(FontFeatures::Source(Cow::Borrowed("\"liga\" off"))));
        }
        let mut layout = builder.build(text);
        let (width, alignment) = match place {
            Place::Start { width, .. } => (width, if self.rtl { Alignment::Right } else { Alignment::Left }),
            Place::Centred => (PAGE.0 - 2.0 * MARGIN, Alignment::Center),
        };
        layout.break_all_lines(Some(width * PT_PER_MM));
        layout.align(alignment, AlignmentOptions::default());
        layout
    }

    /// The PDF: A4 pages, `title` and `lang` in its metadata.
    pub(super) fn finish(mut self, title: &str, lang: Lang) -> Result<Vec<u8>> {
        self.done.push(std::mem::take(&mut self.page));
        let mut document = Document::new();
        document.set_metadata(Metadata::new().title(title.to_string()).language(lang.code().to_string()));
        let mut fonts: HashMap<(u64, u32), PdfFont> = HashMap::new();
        let settings = || PageSettings::from_wh(PAGE.0 * PT_PER_MM, PAGE.1 * PT_PER_MM).expect("A4 is a size");
        for lines in &self.done {
            let mut page = document.start_page_with(settings());
            let mut surface = page.surface();
            for set in lines {
                let (text, size, layout) = &self.paragraphs[set.paragraph];
                let Some(line) = layout.get(set.line) else { continue };
                let shade = if set.grey { 77 } else { 0 };
                surface.set_fill(Some(Fill { paint: rgb::Color::new(shade, shade, shade).into(), ..Fill::default() }));
                let baseline = (set.top * PT_PER_MM) + size * BASELINE;
                for item in line.items() {
                    let PositionedLayoutItem::GlyphRun(run) = item else { continue };
                    let font_data = run.run().font();
                    let key = (font_data.data.id(), font_data.index);
                    let font = match fonts.get(&key) {
                        Some(font) => font.clone(),
                        None => {
                            let bytes = self.bytes.get(&key.0).cloned().ok_or_else(unknown_font)?;
                            let font = PdfFont::new(Data::from(bytes), key.1).ok_or_else(unknown_font)?;
                            fonts.insert(key, font.clone());
                            font
                        }
                    };
                    let glyphs = glyphs(&run, *size);
                    let start = Point::from_xy(set.left * PT_PER_MM + run.offset(), baseline);
                    surface.draw_glyphs(start, &glyphs, font, text, *size, false);
                }
            }
            surface.finish();
            page.finish();
        }
        document.finish().map_err(|e| Error::Corrupt(format!("the document could not be written: {e:?}")))
    }
}

fn unknown_font() -> Error {
    Error::Corrupt("the document's font cannot be read".into())
}

/// A line's run as krilla draws it: each glyph with the characters it stands for, in visual order. A ligature's
/// glyph (Arabic's lam-alef, Allah) stands for its whole cluster, the characters that follow it without glyphs of
/// their own included.
fn glyphs(run: &parley::GlyphRun<'_, ()>, size: f32) -> Vec<KrillaGlyph> {
    let glyph = |g: parley::layout::Glyph, text_range: std::ops::Range<usize>| KrillaGlyph {
        glyph_id: GlyphId::new(g.id),
        text_range,
        x_advance: g.advance / size,
        x_offset: g.x / size,
        // Parley's y goes down the page, a font's up.
        y_offset: -g.y / size,
        y_advance: 0.0,
        location: None,
    };
    let mut clusters: Vec<(std::ops::Range<usize>, Vec<parley::layout::Glyph>)> = Vec::new();
    for cluster in run.run().clusters() {
        match clusters.last_mut() {
            Some((range, _)) if cluster.is_ligature_continuation() => range.end = cluster.text_range().end,
            _ => clusters.push((cluster.text_range(), cluster.glyphs().collect())),
        }
    }
    if run.run().is_rtl() {
        clusters.reverse();
    }
    let by_cluster: Vec<KrillaGlyph> = clusters
        .into_iter()
        .flat_map(|(range, glyphs)| glyphs.into_iter().map(move |g| glyph(g, range.clone())))
        .collect();
    // A paragraph has one style, so a line's glyph run is its whole run; were it not, the run's glyphs stand for
    // its text together.
    if by_cluster.len() == run.glyphs().count() {
        by_cluster
    } else {
        run.glyphs().map(|g| glyph(g, run.run().text_range())).collect()
    }
}
