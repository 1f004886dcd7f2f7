//! The db crate's integration tests, one binary (one link, one copy of the dependencies
//! on disk): each file below is a module of tests on one subject.

mod accounts;
mod catalogue;
mod changes;
mod common;
mod evidence;
mod import;
mod import_activities;
mod indicators;
mod last_change;
mod progress_rule;
mod queries;
mod reminders;
mod reports;
mod schema;
mod statement_count;
mod stored_codes;
mod test_databases;
mod tokens;
