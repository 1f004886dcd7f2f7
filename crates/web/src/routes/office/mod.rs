//! The back office (docs/co-implementation.md): a project leader's activities and progress
//! reports, the coordinators' queue and their validations. Never cached (`no-store`).

pub mod activities;
pub mod commitment;
pub mod home;
pub mod permits;
pub mod plan;
pub mod report;
mod report_page;
pub mod review;
