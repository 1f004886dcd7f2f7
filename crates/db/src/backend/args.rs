//! The values a read binds to `$1`, `$2`, ...: one list that both read paths (sqlx on either
//! engine, rusqlite on an SQLite file) bind in the same order.

use sqlx::query::QueryAs;
use sqlx::{Database, Encode, FromRow, Type};

#[derive(Debug, Clone, Copy)]
pub(crate) enum Arg<'a> {
    Int(i64),
    OptInt(Option<i64>),
    Text(&'a str),
    OptText(Option<&'a str>),
}

impl From<i64> for Arg<'_> {
    fn from(v: i64) -> Self {
        Arg::Int(v)
    }
}

impl From<Option<i64>> for Arg<'_> {
    fn from(v: Option<i64>) -> Self {
        Arg::OptInt(v)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(v: &'a str) -> Self {
        Arg::Text(v)
    }
}

impl<'a> From<Option<&'a str>> for Arg<'a> {
    fn from(v: Option<&'a str>) -> Self {
        Arg::OptText(v)
    }
}

/// `[Arg; n]` from a list of values: `args![plan_id, ogp_id]`.
macro_rules! args {
    ($($v:expr),* $(,)?) => { [$($crate::backend::args::Arg::from($v)),*] };
}
pub(crate) use args;

/// `sql` with `args` bound, as an sqlx query returning `O`.
pub(crate) fn bound<'q, DB, O>(
    sql: &str,
    args: &[Arg<'q>],
) -> QueryAs<'q, DB, O, <DB as Database>::Arguments>
where
    DB: Database,
    O: for<'r> FromRow<'r, DB::Row>,
    i64: Encode<'q, DB> + Type<DB>,
    Option<i64>: Encode<'q, DB> + Type<DB>,
    &'q str: Encode<'q, DB> + Type<DB>,
    Option<&'q str>: Encode<'q, DB> + Type<DB>,
{
    // Statements are fixed texts or built from fixed fragments (values are always bound).
    let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql));
    for a in args {
        q = match *a {
            Arg::Int(v) => q.bind(v),
            Arg::OptInt(v) => q.bind(v),
            Arg::Text(v) => q.bind(v),
            Arg::OptText(v) => q.bind(v),
        };
    }
    q
}
