//! Command-line interface.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "opengov",
    version,
    about = "Open Government portal: action plans, commitments and their progress"
)]
pub struct Cli {
    /// Configuration file (TOML). Defaults to ./opengov.toml when it exists.
    #[arg(long, global = true, env = "OPENGOV_CONFIG")]
    pub config: Option<PathBuf>,
    /// Database URL: sqlite://path or postgres://user@host/db.
    #[arg(long, global = true)]
    pub database_url: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Serve the portal (the default command).
    Serve(ServeArgs),
    /// Create or update the database schema.
    Migrate,
    /// Import plan files (CSV layout of docs/csv-layout.md) in one transaction.
    ImportPlan(ImportArgs),
    /// Import the Independent Reporting Mechanism's ratings (CSV layout of docs/csv-layout.md,
    /// "IRM ratings") in one transaction; a report imported again replaces its ratings.
    ImportIrm(ImportIrmArgs),
    /// Export all plans in the CSV layout.
    ExportPlan(ExportArgs),
    /// Load the demo dataset (public facts about Morocco's action plans).
    SeedDemo(SeedDemoArgs),
    /// Add a synthetic dataset at scale (for benchmarks).
    SeedSynthetic(SyntheticArgs),
    /// Create an administrator (the password is read from standard input or a prompt).
    CreateAdmin(CreateAdminArgs),
    /// Queue today's reminders to project leaders once (the server also runs this every day).
    SendReminders(SendRemindersArgs),
}

#[derive(Args, Debug)]
pub struct SendRemindersArgs {
    /// The day to run for (YYYY-MM-DD, UTC); today by default.
    #[arg(long)]
    pub today: Option<String>,
    /// Language of the messages (ar, fr, en, zgh); defaults to the environment's LANG.
    #[arg(long)]
    pub lang: Option<String>,
}

#[derive(Args, Debug)]
pub struct CreateAdminArgs {
    #[arg(long)]
    pub email: String,
    #[arg(long, default_value = "Administrator")]
    pub name: String,
    /// Preferred language: ar, fr, en or zgh.
    #[arg(long, default_value = "ar")]
    pub lang: String,
}

#[derive(Args, Debug, Default)]
pub struct ServeArgs {
    /// Address to listen on, such as 127.0.0.1:8080.
    #[arg(long)]
    pub bind: Option<String>,
    /// Do not load the demo data into an empty database.
    #[arg(long)]
    pub no_demo: bool,
    /// Render every page afresh (turns the page cache off).
    #[arg(long)]
    pub no_page_cache: bool,
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// CSV files, or directories holding the layout's files.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Language of the messages (ar, fr, en, zgh); defaults to the environment's LANG.
    #[arg(long)]
    pub lang: Option<String>,
}

#[derive(Args, Debug)]
pub struct ImportIrmArgs {
    /// The CSV file.
    pub file: PathBuf,
    /// Language of the messages (ar, fr, en, zgh); defaults to the environment's LANG.
    #[arg(long)]
    pub lang: Option<String>,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Directory to write the files into.
    #[arg(long, default_value = "export")]
    pub out: PathBuf,
}

#[derive(Args, Debug)]
pub struct SeedDemoArgs {
    /// Also add invented activities and progress; every page then shows an
    /// "illustrative data" banner.
    #[arg(long)]
    pub illustrative: bool,
}

#[derive(Args, Debug)]
pub struct SyntheticArgs {
    #[arg(long, default_value_t = 20)]
    pub plans: usize,
    #[arg(long, default_value_t = 2000)]
    pub commitments: usize,
    #[arg(long, default_value_t = 20000)]
    pub activities: usize,
    #[arg(long, default_value_t = 200)]
    pub institutions: usize,
    /// Random seed (the same seed gives the same data).
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
}
