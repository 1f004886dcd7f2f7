//! Pure domain of opengov: languages, translatable text, partial dates, the progress rule, the
//! rules of progress reporting and the small enumerations of the model. No IO, no web
//! framework, no SQL.
#![forbid(unsafe_code)]

pub mod activity_edit;
pub mod assessment;
pub mod auth;
pub mod catalogue_edit;
pub mod date;
pub mod indicator;
pub mod indicator_form;
pub mod institution_edit;
pub mod irm;
pub mod kinds;
pub mod lang;
pub mod net;
pub mod plan;
pub mod progress;
pub mod reporting;
pub mod slug;
pub mod stated;
pub mod text;

pub use date::{PartialDate, Period};
pub use lang::Lang;
pub use progress::{Figure, Progress, ProgressStatus};
pub use text::{Completed, ItemMarker, LocalizedText, Marker, Pick, Shown, TextRef, Wording, show};
