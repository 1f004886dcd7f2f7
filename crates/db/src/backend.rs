//! The engine modules. `backend!` expands every repository function once per engine, so each
//! SQL statement is written once (with `$n` placeholders, which SQLite accepts too) and runs on
//! either pool with its concrete types.

pub(crate) mod counted;
pub(crate) mod dialect;

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

macro_rules! backend {
    ($name:ident, $db:ty) => {
        pub(crate) mod $name {
            #![allow(clippy::too_many_arguments)]
            use super::dialect::Dialect;
            use crate::dataset::*;
            use crate::rows::*;
            use crate::{DbError, DbResult};
            use opengov_core::progress::{self, ActivityInput, CommitmentInput};
            use opengov_core::{Figure, LocalizedText, PartialDate};
            use std::collections::{BTreeSet, HashMap};

            type DB = $db;
            type Pool<'a> = super::counted::Pool<'a, DB>;
            type Tx<'a> = super::counted::Tx<'a, DB>;

            read_fns!();
            write_fns!();
            export_fns!();
            account_fns!();
        }
    };
}

backend!(sqlite, sqlx::Sqlite);
backend!(postgres, sqlx::Postgres);
