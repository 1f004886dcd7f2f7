//! Shared by the storage tests: the demo dataset of the repository.
#![allow(dead_code)]

use opengov_db::dataset::{Dataset, KnownKeys, read_files};
use std::path::PathBuf;

pub fn demo_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/demo")
}

pub fn demo() -> Dataset {
    read_files(&[demo_dir()], &KnownKeys::default()).expect("the demo dataset is valid")
}
