//! View models: what templates show, built from storage rows. Templates get only strings and
//! flags prepared here; every user-visible word comes from the `.ftl` files.

mod activity;
pub mod catalogue;
mod chrome;
pub mod commitment;
pub mod computed;
pub mod coverage;
mod filters;
pub mod followup;
mod help;
pub mod history;
pub mod indicators;
pub mod irm;
mod items;
pub mod office;
pub mod office_institutions;
pub mod office_irm;
mod options;
mod pages;
pub mod rollup;
pub mod timeline;
mod tokens;

pub use activity::ActivityItem;
pub use chrome::{Chrome, Crumb, Nav};
pub use filters::list_address;
pub use help::{ACCESSIBILITY_REVIEWED, Help, HelpPage};
pub use items::*;
pub use options::{OptionGroup, Options};
pub use pages::*;
pub use tokens::{TokenLine, TokensPage};
