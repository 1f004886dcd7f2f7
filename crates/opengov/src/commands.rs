//! What each subcommand does.

use crate::cli::{
    Cli, Command, ExportArgs, ImportArgs, ImportIrmArgs, SeedDemoArgs, SendRemindersArgs,
    ServeArgs, SyntheticArgs,
};
use crate::config::Config;
use crate::demo;
use crate::messages::{export_done, import_done};
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use opengov_core::Lang;
use opengov_db::dataset::{Dataset, ImportIssue, read_files, read_sources, write_dir};
use opengov_db::{Db, now_micros};
use opengov_i18n::Arg;
use std::process::ExitCode;
use std::time::Duration;

pub async fn run(cli: Cli, config: Config) -> anyhow::Result<ExitCode> {
    match cli.command.unwrap_or(Command::Serve(ServeArgs::default())) {
        Command::Serve(_) => serve(&config).await,
        Command::Migrate => {
            let db = config.open_db().await?;
            db.close().await;
            eprintln!("opengov: database is up to date");
            Ok(ExitCode::SUCCESS)
        }
        Command::ImportPlan(a) => import(&config, a).await,
        Command::ImportIrm(a) => import_irm(&config, a).await,
        Command::ExportPlan(a) => export(&config, a).await,
        Command::SeedDemo(a) => seed_demo(&config, a).await,
        Command::SeedSynthetic(a) => seed_synthetic(&config, a).await,
        Command::CreateAdmin(a) => crate::admin::create_admin(&config, a).await,
        Command::SendReminders(a) => send_reminders(&config, a).await,
    }
}

/// Runs the reminder job once: the e-mails go to the queue, which `serve` sends.
async fn send_reminders(config: &Config, a: SendRemindersArgs) -> anyhow::Result<ExitCode> {
    let lang = cli_lang(a.lang.as_deref());
    let today = a.today.unwrap_or_else(opengov_db::today);
    if opengov_core::date::parse_day(&today).is_none() || today.len() != 10 {
        anyhow::bail!("--today {today:?} is not a day (YYYY-MM-DD)");
    }
    let db = config.open_db().await?;
    let mailer = config.mailer().map_err(|e| anyhow::anyhow!(e))?;
    let web = config.web().map_err(|e| anyhow::anyhow!(e))?;
    let state = opengov_web::AppState::with_mailer(db.clone(), web, mailer);
    let outcome = opengov_web::reminders::send_reminders(&state, &today).await?;
    db.close().await;
    println!(
        "{}",
        opengov_i18n::global().ta(
            lang,
            "reminder-cli-done",
            &[
                ("mails", Arg::Count(outcome.mails as i64)),
                ("leaders", Arg::Count(outcome.leaders as i64)),
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}

async fn serve(config: &Config) -> anyhow::Result<ExitCode> {
    let db = config.open_db().await?;
    if config.demo && db.is_empty().await? {
        let ds = read_sources(demo::SOURCES, &Default::default())
            .map_err(|e| anyhow::anyhow!("the embedded demo data is invalid: {e:?}"))?;
        db.import_dataset(&ds, now_micros(), &|_| {}).await?;
        tracing::info!("loaded the demo dataset into the empty database");
    }
    let listener = tokio::net::TcpListener::bind(&config.bind)
        .await
        .with_context(|| format!("cannot listen on {}", config.bind))?;
    tracing::info!(address = %listener.local_addr()?, database = db.engine().name(), "opengov is serving");
    let mailer = config.mailer().map_err(|e| anyhow::anyhow!(e))?;
    let web = config.web().map_err(|e| anyhow::anyhow!(e))?;
    let state = opengov_web::AppState::with_mailer(db.clone(), web, mailer);
    // The e-mail worker runs inside `serve`; it stops with the server.
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let worker_id = format!("{}-{}", std::process::id(), now_micros());
    let worker = tokio::spawn(opengov_web::auth::mail::worker(
        state.clone(),
        worker_id,
        stop_rx,
    ));
    // The daily reminders too (every instance may run them: each is sent once).
    let reminders = tokio::spawn(opengov_web::reminders::daily(
        state.clone(),
        stop_tx.subscribe(),
    ));
    let opts = config.serve_options();
    opengov_web::serve(
        listener,
        state,
        opts,
        opengov_web::server::shutdown_signal(),
    )
    .await?;
    let _ = stop_tx.send(true);
    let _ = tokio::time::timeout(Duration::from_secs(10), worker).await;
    let _ = tokio::time::timeout(Duration::from_secs(10), reminders).await;
    db.close().await;
    Ok(ExitCode::SUCCESS)
}

/// The language of command-line messages: `--lang`, else `OPENGOV_LANG`, else `LANG`.
fn cli_lang(flag: Option<&str>) -> Lang {
    let env = std::env::var("OPENGOV_LANG")
        .ok()
        .or_else(|| std::env::var("LANG").ok())
        .unwrap_or_default();
    let code = flag.map(str::to_string).unwrap_or(env);
    let primary = code
        .split(['_', '-', '.'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    Lang::from_code(&primary).unwrap_or(Lang::En)
}

/// One import problem as a sentence in `lang`.
pub fn issue_message(lang: Lang, i: &ImportIssue) -> String {
    let i18n = opengov_i18n::global();
    let column = match (&i.column, &i.column_name) {
        (Some(n), Some(name)) => format!("{n} ({name})"),
        (None, Some(name)) => name.clone(),
        (Some(n), None) => n.to_string(),
        (None, None) => "-".into(),
    };
    i18n.ta(
        lang,
        i.code.message_id(),
        &[
            ("file", Arg::from(i.file.as_str())),
            ("line", Arg::from(i.line.to_string())),
            ("column", Arg::from(column)),
            ("detail", Arg::from(i.detail.as_str())),
            ("allowed", Arg::from(i.allowed.as_str())),
        ],
    )
}

fn report_issues(lang: Lang, issues: &[ImportIssue]) {
    let i18n = opengov_i18n::global();
    for i in issues {
        eprintln!("{}", issue_message(lang, i));
    }
    eprintln!(
        "{}",
        i18n.ta(
            lang,
            "import-failed",
            &[("count", Arg::Count(issues.len() as i64))]
        )
    );
}

fn bar(len: u64, msg: &str) -> ProgressBar {
    let pb = ProgressBar::new(len);
    pb.set_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    pb.set_message(msg.to_string());
    pb
}

async fn store(db: &Db, ds: &Dataset, lang: Lang) -> anyhow::Result<()> {
    let pb = bar(100, "import");
    let summary = db
        .import_dataset(ds, now_micros(), &|p| pb.set_position(p))
        .await?;
    pb.finish_and_clear();
    eprintln!(
        "{}",
        import_done(
            lang,
            summary.plans as i64,
            summary.axes as i64,
            summary.commitments as i64,
            summary.activities as i64
        )
    );
    Ok(())
}

async fn import(config: &Config, a: ImportArgs) -> anyhow::Result<ExitCode> {
    let lang = cli_lang(a.lang.as_deref());
    let db = config.open_db().await?;
    let known = db.known_keys().await?;
    match read_files(&a.files, &known) {
        Ok(ds) => {
            store(&db, &ds, lang).await?;
            Ok(ExitCode::SUCCESS)
        }
        Err(issues) => {
            report_issues(lang, &issues);
            Ok(ExitCode::from(1))
        }
    }
}

/// One problem of an IRM ratings file as a sentence in `lang` ("Line 4, column completion: ...").
pub fn irm_issue_message(lang: Lang, i: &opengov_core::irm::IrmIssue) -> String {
    let i18n = opengov_i18n::global();
    let line = i.line.to_string();
    let at = match (i.line, i.column.is_empty()) {
        (0, _) => String::new(),
        (_, true) => i18n.ta(
            lang,
            "irm-import-at-line",
            &[("line", Arg::from(line.as_str()))],
        ),
        (_, false) => i18n.ta(
            lang,
            "irm-import-at-cell",
            &[
                ("line", Arg::from(line.as_str())),
                ("column", Arg::from(i.column.as_str())),
            ],
        ),
    };
    let max = (opengov_core::irm::MAX_BYTES / 1024).to_string();
    let rows = opengov_core::irm::MAX_ROWS.to_string();
    let message = i18n.ta(
        lang,
        i.kind.message_id(),
        &[
            ("value", Arg::from(i.value.as_str())),
            ("column", Arg::from(i.column.as_str())),
            ("allowed", Arg::from(i.allowed.as_str())),
            ("max", Arg::from(max.as_str())),
            ("rows", Arg::from(rows.as_str())),
        ],
    );
    if at.is_empty() {
        message
    } else {
        format!("{at} {message}")
    }
}

async fn import_irm(config: &Config, a: ImportIrmArgs) -> anyhow::Result<ExitCode> {
    let lang = cli_lang(a.lang.as_deref());
    let i18n = opengov_i18n::global();
    let bytes = match std::fs::metadata(&a.file) {
        // Larger than the layout allows: refused without reading it.
        Ok(m) if m.len() > opengov_core::irm::MAX_BYTES as u64 => {
            vec![0u8; opengov_core::irm::MAX_BYTES + 1]
        }
        _ => std::fs::read(&a.file).with_context(|| format!("cannot read {}", a.file.display()))?,
    };
    let db = config.open_db().await?;
    let known = db.known_keys().await?.commitments;
    let check = opengov_db::dataset::read_irm_csv(&bytes, &|id| known.contains(id));
    if !check.issues.is_empty() {
        for i in &check.issues {
            eprintln!("{}", irm_issue_message(lang, i));
        }
        eprintln!(
            "{}",
            i18n.ta(
                lang,
                "irm-import-failed",
                &[("count", Arg::Count(check.issues.len() as i64))]
            )
        );
        db.close().await;
        return Ok(ExitCode::from(1));
    }
    let ratings: Vec<_> = check.ratings.into_iter().map(|(_, r)| r).collect();
    let summary = db.import_irm_ratings(&ratings, None, now_micros()).await?;
    db.close().await;
    let counted = |id: &str, n: usize| crate::messages::counted(lang, id, n as i64);
    eprintln!(
        "{}",
        i18n.ta(
            lang,
            "irm-import-cli-done",
            &[
                (
                    "ratings",
                    Arg::from(counted("irm-import-count-ratings", summary.ratings))
                ),
                (
                    "reports",
                    Arg::from(counted("irm-import-count-reports", summary.reports))
                ),
                ("replaced", Arg::from(summary.replaced.to_string())),
            ],
        )
    );
    Ok(ExitCode::SUCCESS)
}

async fn export(config: &Config, a: ExportArgs) -> anyhow::Result<ExitCode> {
    let db = config.open_db().await?;
    let ds = db.export_dataset().await?;
    write_dir(&ds, &a.out).with_context(|| format!("cannot write into {}", a.out.display()))?;
    eprintln!(
        "{}",
        export_done(
            cli_lang(None),
            ds.plans.len() as i64,
            ds.commitments.len() as i64,
            ds.activities.len() as i64,
            &a.out.display().to_string()
        )
    );
    Ok(ExitCode::SUCCESS)
}

async fn seed_demo(config: &Config, a: SeedDemoArgs) -> anyhow::Result<ExitCode> {
    let db = config.open_db().await?;
    let ds = read_sources(demo::SOURCES, &Default::default())
        .map_err(|e| anyhow::anyhow!("the embedded demo data is invalid: {e:?}"))?;
    store(&db, &ds, cli_lang(None)).await?;
    if a.illustrative {
        let mut commitments = Vec::new();
        for p in db.list_plans().await? {
            commitments.extend(db.commitments_of_plan(p.id).await?);
        }
        let activities = demo::illustrative_activities(&commitments);
        let ds = Dataset {
            activities,
            ..Dataset::default()
        };
        store(&db, &ds, cli_lang(None)).await?;
        db.set_setting("illustrative", "1").await?;
        eprintln!(
            "{}",
            opengov_i18n::global().t(cli_lang(None), "seed-illustrative-done")
        );
    }
    Ok(ExitCode::SUCCESS)
}

async fn seed_synthetic(config: &Config, a: SyntheticArgs) -> anyhow::Result<ExitCode> {
    let db = config.open_db().await?;
    let first = db
        .list_plans()
        .await?
        .iter()
        .map(|p| p.number)
        .max()
        .unwrap_or(0)
        + 1;
    let size = opengov_db::synthetic::SyntheticSize {
        plans: a.plans,
        commitments: a.commitments,
        activities: a.activities,
        institutions: a.institutions,
    };
    let ds = opengov_db::synthetic::generate(&size, first, a.seed);
    store(&db, &ds, cli_lang(None)).await?;
    Ok(ExitCode::SUCCESS)
}
