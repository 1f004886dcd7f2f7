//! The repository functions. Each area (`read`, `write`, `export`, `accounts`) writes its
//! functions once, inside a macro that hands them to a generator:
//!
//! - `engine_fns!` expands them in one module per engine (`sqlite`, `postgres`), so each SQL
//!   statement is written once (with `$n` placeholders, which SQLite accepts too) and runs on
//!   either pool with its concrete types;
//! - `db_methods!` makes a [`Db`](crate::Db) method of every `pub async fn`, with the same
//!   name, documentation and parameters (less the pool), that runs it on the engine the
//!   handle was opened on.
//!
//! Every statement runs through the executors of [`counted`]; what differs between the
//! engines is in [`dialect`].
//!
//! The reads of the public pages (`read`) are plain [`Db`] methods instead: each runs one
//! statement through [`reader`], which on an SQLite file uses the rusqlite read path of
//! [`lite`] (no hand-off to a connection thread) and sqlx otherwise.

pub(crate) mod args;
pub(crate) mod counted;
pub(crate) mod dialect;
pub(crate) mod lite;
mod reader;

#[macro_use]
mod sql;
mod latest;
mod read;
#[macro_use]
mod write;
#[macro_use]
mod export;
#[macro_use]
mod accounts;
#[macro_use]
mod changes;
#[macro_use]
mod guarded;
#[macro_use]
mod reports;
#[macro_use]
mod office;
#[macro_use]
mod activities;
#[macro_use]
mod evidence;
#[macro_use]
mod tokens;
#[macro_use]
mod institutions;
#[macro_use]
mod reminders;
#[macro_use]
mod catalogue;
#[macro_use]
mod indicators;

use crate::dataset::*;
use crate::rows::*;
use crate::{Db, DbResult};
use opengov_core::auth::policy::{Role, ScopeKind};
use opengov_core::kinds::{SessionStage, TokenPurpose};

/// The functions of an area, as they are, in an engine module.
macro_rules! engine_fns {
    ($($item:item)*) => { $($item)* };
}

/// One `Db` method per `pub async fn` of an area; private items (helpers) and `pub(crate) async
/// fn`s (engine functions the crate runs on a pool of its own, such as the background check of
/// changes) are skipped, and any other public item is refused.
macro_rules! db_methods {
    (@ [$($methods:tt)*]
        $(#[$meta:meta])*
        pub async fn $name:ident ($pool:ident : $pool_ty:ty $(, $arg:ident : $ty:ty)* $(,)?) -> $ret:ty
        $body:block
        $($rest:tt)*
    ) => {
        db_methods!(@ [
            $($methods)*
            $(#[$meta])*
            pub async fn $name(&self $(, $arg: $ty)*) -> $ret {
                match &self.pool {
                    crate::Pool::Sqlite(p) => {
                        let pool = counted::Pool::new(p, &self.statements, &self.changes);
                        sqlite::$name(pool $(, $arg)*).await
                    }
                    crate::Pool::Postgres(p) => {
                        let pool = counted::Pool::new(p, &self.statements, &self.changes);
                        postgres::$name(pool $(, $arg)*).await
                    }
                }
            }
        ] $($rest)*);
    };
    (@ [$($methods:tt)*]
        $(#[$meta:meta])*
        pub(crate) async fn $name:ident $params:tt -> $ret:ty $body:block
        $($rest:tt)*
    ) => {
        db_methods!(@ [$($methods)*] $($rest)*);
    };
    (@ [$($methods:tt)*] $(#[$meta:meta])* pub $($rest:tt)*) => {
        compile_error!(
            "a public item of a repository area must be \
             `pub async fn name(pool: Pool<'_>, arg: Type, ...) -> Result { ... }`"
        );
    };
    (@ [$($methods:tt)*] $helper:item $($rest:tt)*) => {
        db_methods!(@ [$($methods)*] $($rest)*);
    };
    (@ [$($methods:tt)*]) => {
        impl Db { $($methods)* }
    };
    ($($items:tt)*) => { db_methods!(@ [] $($items)*); };
}

/// An engine module: the areas' functions over one engine's types.
macro_rules! engine {
    ($name:ident, $db:ty, $($area:ident),*) => {
        pub(crate) mod $name {
            #![allow(clippy::too_many_arguments)]
            use super::dialect::Dialect;
            use crate::dataset::*;
            use crate::rows::*;
            use crate::{DbError, DbResult};
            use opengov_core::auth::policy::{Role, ScopeKind};
            use opengov_core::kinds::{
                ChangeKind, CommitmentType, FigureScope, SessionStage, TokenPurpose,
            };
            use opengov_core::progress::{self, ActivityInput, CommitmentInput};
            use opengov_core::{Figure, PartialDate, Progress};
            use std::collections::{BTreeSet, HashMap};

            type DB = $db;
            type Pool<'a> = super::counted::Pool<'a, DB>;
            type Tx<'a> = super::counted::Tx<'a, DB>;

            $($area!(engine_fns);)*
        }
    };
}

macro_rules! backend {
    ($($area:ident),*) => {
        engine!(sqlite, sqlx::Sqlite, $($area),*);
        engine!(postgres, sqlx::Postgres, $($area),*);
        $($area!(db_methods);)*
    };
}

backend!(
    write_fns,
    export_fns,
    account_fns,
    change_fns,
    guarded_fns,
    report_fns,
    office_fns,
    activity_fns,
    evidence_fns,
    token_fns,
    institution_fns,
    reminder_fns,
    catalogue_fns,
    indicator_fns
);
