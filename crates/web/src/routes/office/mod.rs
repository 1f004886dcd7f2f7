//! The back office (docs/co-implementation.md): a project leader's activities and progress
//! reports with their evidence, the coordinators' queue and their validations. Never cached
//! (`no-store`).

pub mod activities;
pub mod axis_edit;
pub mod commitment;
pub mod commitment_edit;
pub mod evidence;
pub mod home;
pub mod indicators;
pub mod institutions;
pub mod irm;
pub mod permits;
pub mod plan;
pub mod plan_edit;
pub mod report;
mod report_page;
pub mod review;
pub mod untranslated;
