//! Bringing a meeting in from other systems' files (docs/architecture.md, "Bringing data in"): registrations from a
//! spreadsheet or CSV, a programme from Indico or a c3voc schedule (frab, pretalx), a meeting's facts from its circular.

pub mod circular;
pub mod programme;
pub mod registrations;
pub mod table_file;

pub use registrations::{
    CellProblem, ColumnMatch, FIRST_SCREEN_ROWS, ImportCounts, ImportPreview, ImportProgress, ImportReport,
    OnDuplicate, PreviewRow, RegistrationImport, RowAction, SheetChoice,
};
pub use table_file::{FileKind, TableFile};
