//! The read path of an SQLite database file: plain rusqlite connections, opened for reading
//! only (`query_only`), kept in a small pool of this handle and used on the calling thread.
//!
//! Why: the sqlx SQLite driver runs each connection on a thread of its own and hands every
//! statement, and every row coming back, across a channel; on a page that runs a few
//! statements those hand-offs (a wake-up and a context switch each way) cost more than the
//! statements themselves (docs/performance.md). A read here is a function call: prepare (from
//! the connection's statement cache), bind, step, decode.
//!
//! Writes, transactions and migrations stay on sqlx. In WAL mode a reader sees every write
//! committed before its statement starts, so a page read after a write shows it. An in-memory
//! database has no file to open a second connection on: it is read through sqlx instead.

use super::args::Arg;
use crate::{DbError, DbResult};
use rusqlite::{Connection, OpenFlags, Row, Statement};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

/// Connections kept open between reads; more may be open at once, the rest are closed.
const IDLE_CONNECTIONS: usize = 8;
/// Prepared statements kept per connection (the public pages use about twenty).
const STATEMENT_CACHE: usize = 64;

/// A type read from a row by column name, for the read path.
pub(crate) trait FromLite: Sized {
    /// The columns it is read from, in the order [`FromLite::from_lite`] takes them.
    const COLUMNS: &'static [&'static str];
    /// Reads one row; `at[i]` is the index of `COLUMNS[i]` in the statement's result.
    fn from_lite(row: &Row<'_>, at: &[usize]) -> rusqlite::Result<Self>;
}

/// One-column results (counts, settings) read by position.
macro_rules! single_column {
    ($($t:ty),*) => {$(
        impl FromLite for ($t,) {
            const COLUMNS: &'static [&'static str] = &[];
            fn from_lite(row: &Row<'_>, _: &[usize]) -> rusqlite::Result<Self> {
                Ok((row.get(0)?,))
            }
        }
    )*};
}
single_column!(i64, String);

pub(crate) struct LiteReaders {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
}

impl LiteReaders {
    pub(crate) fn new(path: PathBuf) -> LiteReaders {
        LiteReaders {
            path,
            idle: Mutex::new(Vec::new()),
        }
    }

    fn open(&self) -> rusqlite::Result<Connection> {
        // Read-write flags (the database file is never written through this connection:
        // `query_only`), because a WAL database needs its shared-memory file, which a reader
        // opened read-only could not create after the last writer closed.
        let c = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        c.busy_timeout(Duration::from_secs(10))?;
        c.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        c.pragma_update(None, "query_only", true)?;
        c.pragma_update(None, "cache_size", -32000)?;
        c.pragma_update(None, "temp_store", "memory")?;
        Ok(c)
    }

    /// Runs `f` on a connection of the pool (opened when none is idle).
    fn with<R>(&self, f: impl FnOnce(&Connection) -> rusqlite::Result<R>) -> DbResult<R> {
        let taken = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let c = match taken {
            Some(c) => c,
            None => self.open().map_err(lite_error)?,
        };
        let out = f(&c).map_err(lite_error);
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() < IDLE_CONNECTIONS {
            idle.push(c);
        }
        out
    }

    /// Every row of `sql`.
    pub(crate) fn all<T: FromLite>(&self, sql: &str, args: &[Arg<'_>]) -> DbResult<Vec<T>> {
        self.with(|c| {
            let mut st = c.prepare_cached(sql)?;
            let at = prepare(&mut st, args, T::COLUMNS)?;
            let mut rows = st.raw_query();
            let mut out = Vec::new();
            while let Some(row) = rows.next()? {
                out.push(T::from_lite(row, &at)?);
            }
            Ok(out)
        })
    }

    /// The first row of `sql`, if any.
    pub(crate) fn optional<T: FromLite>(&self, sql: &str, args: &[Arg<'_>]) -> DbResult<Option<T>> {
        self.with(|c| {
            let mut st = c.prepare_cached(sql)?;
            let at = prepare(&mut st, args, T::COLUMNS)?;
            let mut rows = st.raw_query();
            match rows.next()? {
                Some(row) => Ok(Some(T::from_lite(row, &at)?)),
                None => Ok(None),
            }
        })
    }
}

/// Binds `args` to `$1`, `$2`, ... (by name: a placeholder may appear more than once) and
/// finds the index of each column.
fn prepare(
    st: &mut Statement<'_>,
    args: &[Arg<'_>],
    columns: &[&str],
) -> rusqlite::Result<Vec<usize>> {
    for (i, a) in args.iter().enumerate() {
        let name = format!("${}", i + 1);
        let Some(at) = st.parameter_index(&name)? else {
            return Err(rusqlite::Error::InvalidParameterName(name));
        };
        match *a {
            Arg::Int(v) => st.raw_bind_parameter(at, v)?,
            Arg::OptInt(v) => st.raw_bind_parameter(at, v)?,
            Arg::Text(v) => st.raw_bind_parameter(at, v)?,
            Arg::OptText(v) => st.raw_bind_parameter(at, v)?,
        }
    }
    columns.iter().map(|c| st.column_index(c)).collect()
}

/// A value that cannot be read, with the column it is in (as sqlx's errors say it).
pub(crate) fn in_column(column: &str, e: rusqlite::Error) -> rusqlite::Error {
    match e {
        rusqlite::Error::FromSqlConversionFailure(i, t, inner) => {
            rusqlite::Error::FromSqlConversionFailure(
                i,
                t,
                format!("column {column}: {inner}").into(),
            )
        }
        e => e,
    }
}

fn lite_error(e: rusqlite::Error) -> DbError {
    DbError::Read(e.to_string())
}

/// Row types of the read path: the struct as written, and its [`FromLite`] by field name
/// (the statement's column names are the field names, as for sqlx's `FromRow`).
macro_rules! read_by_name {
    (
        $(#[$m:meta])*
        pub struct $name:ident { $( $(#[$fm:meta])* pub $f:ident : $t:ty ),* $(,)? }
    ) => {
        $(#[$m])*
        pub struct $name { $( $(#[$fm])* pub $f: $t ),* }

        impl $crate::backend::lite::FromLite for $name {
            const COLUMNS: &'static [&'static str] = &[$(stringify!($f)),*];
            fn from_lite(row: &rusqlite::Row<'_>, at: &[usize]) -> rusqlite::Result<Self> {
                // Fields are read in the order they are written, which is the order of COLUMNS.
                let mut at = at.iter().copied();
                Ok($name { $(
                    $f: row
                        .get(at.next().unwrap_or(usize::MAX))
                        .map_err(|e| $crate::backend::lite::in_column(stringify!($f), e))?
                ),* })
            }
        }
    };
}
pub(crate) use read_by_name;
