//! View models: what templates show, built from storage rows. Templates get only strings and
//! flags prepared here; every user-visible word comes from the `.ftl` files.

mod activity;
pub mod catalogue;
mod chrome;
pub mod commitment;
pub mod coverage;
mod filters;
pub mod followup;
mod help;
pub mod history;
mod items;
pub mod office;
mod options;
mod pages;
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
