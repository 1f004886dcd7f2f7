//! The engine modules. `backend!` expands every repository function once per engine, so each
//! SQL statement is written once (with `$n` placeholders, which SQLite accepts too) and runs on
//! either pool with its concrete types.

use std::sync::atomic::{AtomicU64, Ordering};

#[macro_use]
mod sql;
#[macro_use]
mod read;
#[macro_use]
mod write;
#[macro_use]
mod export;
#[macro_use]
mod accounts;
#[macro_use]
mod changes;

/// Counts one statement.
pub(crate) fn tick(n: &AtomicU64) {
    n.fetch_add(1, Ordering::Relaxed);
}

macro_rules! backend {
    ($name:ident, $db:ty, $begin:literal, $skip_locked:literal) => {
        pub(crate) mod $name {
            #![allow(clippy::too_many_arguments)]
            use super::tick;
            use crate::dataset::*;
            use crate::rows::*;
            use crate::{DbError, DbResult};
            use opengov_core::progress::{self, ActivityInput, CommitmentInput};
            use opengov_core::{Figure, LocalizedText, PartialDate};
            use std::collections::{BTreeSet, HashMap};
            use std::sync::atomic::AtomicU64;

            pub type P = sqlx::Pool<$db>;
            pub type Conn = <$db as sqlx::Database>::Connection;
            const BEGIN: &str = $begin;

            read_fns!();
            write_fns!();
            export_fns!();
            account_fns!($skip_locked);
            change_fns!();
        }
    };
}

// SQLite has one writer at a time, so a claim needs no row lock.
backend!(sqlite, sqlx::Sqlite, "BEGIN IMMEDIATE", "");
backend!(postgres, sqlx::Postgres, "BEGIN", " FOR UPDATE SKIP LOCKED");
