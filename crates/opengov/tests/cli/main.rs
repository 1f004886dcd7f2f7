//! The opengov crate's integration tests, one binary (one link, one copy of the dependencies
//! on disk): each file below is a module of tests on one subject.

mod cli;
mod common;
mod irm;
mod memory;
mod reauth_memory;
