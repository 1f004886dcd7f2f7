//! Storage errors.

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database error: {0}")]
    Sqlx(#[from] sqlx::Error),
    /// A failure of the SQLite read path (`backend::lite`).
    #[error("database read error: {0}")]
    Read(String),
    #[error("migration error: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("{0}")]
    Config(String),
    #[error("not found")]
    NotFound,
    #[error("invalid value: {0}")]
    Invalid(String),
}

pub type DbResult<T> = Result<T, DbError>;
