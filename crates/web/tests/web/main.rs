//! The web crate's integration tests, one binary (one link, one copy of the dependencies
//! on disk): each file below is a module of tests on one subject.

mod accounts;
mod activities;
mod api;
mod api_bad_input;
mod api_description;
mod api_reports;
mod api_tokens;
mod bad_input;
mod cache;
mod common;
mod computed;
mod connections;
mod content_language;
mod crawl;
mod design;
mod evidence;
mod evidence_s3;
mod help_pages;
mod http;
mod office;
mod office_activities;
mod office_institutions;
mod office_irm;
mod office_leaders;
mod office_one_report;
mod office_plans;
mod pages;
mod query_count;
mod reminders;
mod route_roles;
mod security_accounts;
mod security_limits;
mod server;
mod two_instances;
mod wording;
