//! The `opengov` binary: `serve` (default), `migrate`, `import-plan`, `export-plan`,
//! `seed-demo`, `seed-synthetic`, `create-admin`, `send-reminders`.
#![forbid(unsafe_code)]

mod admin;
mod cli;
mod commands;
mod config;
mod demo;
mod messages;

use clap::Parser;

/// mimalloc rather than the system allocator: rendering a page makes many small short-lived
/// allocations, and glibc's malloc/free took about a sixth of the CPU of an uncached page
/// (docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let cli = cli::Cli::parse();
    let config = match config::Config::load(&cli) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("opengov: configuration error: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    config::init_logs(&config);
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("opengov: cannot start the runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match rt.block_on(commands::run(cli, config)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("opengov: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
