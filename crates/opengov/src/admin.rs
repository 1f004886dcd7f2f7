//! `opengov create-admin`: the first administrator, from the command line.

use crate::cli::CreateAdminArgs;
use crate::config::Config;
use opengov_core::Lang;
use opengov_core::auth::policy::{Role, ScopeKind};
use opengov_core::auth::{email, password};
use opengov_db::now_micros;
use opengov_db::rows::UserChange;
use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

/// Reads the password: a prompt without echo on a terminal, else the first line of stdin.
fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        Ok(rpassword::prompt_password("Password: ")?)
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        Ok(line.trim_end_matches(['\n', '\r']).to_string())
    }
}

pub async fn create_admin(config: &Config, a: CreateAdminArgs) -> anyhow::Result<ExitCode> {
    let i18n = opengov_i18n::global();
    let lang = Lang::from_code(&a.lang)
        .ok_or_else(|| anyhow::anyhow!("unknown language {:?} (ar, fr, en, zgh)", a.lang))?;
    let address = email::normalize(&a.email)
        .ok_or_else(|| anyhow::anyhow!("{}", i18n.t(Lang::En, "error-email-invalid")))?;
    let name = a.name.trim().to_string();
    if name.is_empty() || name.chars().count() > 80 {
        anyhow::bail!("{}", i18n.t(Lang::En, "error-display-name-invalid"));
    }
    let pw = read_password()?;
    if let Err(p) = password::check(&pw, &[&name, &address]) {
        eprintln!("opengov: {}", i18n.t(Lang::En, p.message_id()));
        return Ok(ExitCode::from(1));
    }
    let hash = tokio::task::spawn_blocking(move || password_hash(&pw)).await?;
    let db = config.open_db().await?;
    let now = now_micros();
    let id = match db
        .create_user(&address, &name, &hash, lang.code(), now)
        .await?
    {
        Some(id) => id,
        None => {
            eprintln!(
                "opengov: an account with this address exists already; it is made administrator"
            );
            db.user_by_email(&address)
                .await?
                .map(|u| u.id)
                .ok_or_else(|| anyhow::anyhow!("account not found"))?
        }
    };
    db.update_user(id, &UserChange::EmailVerified, now).await?;
    db.grant_role(id, Role::Administrator, ScopeKind::Global, 0, None, now)
        .await?;
    db.audit(now, None, "admin.created_from_cli", Some(id), "cli", "")
        .await?;
    eprintln!("opengov: {address} is an administrator");
    Ok(ExitCode::SUCCESS)
}

fn password_hash(pw: &str) -> String {
    opengov_web::auth::crypto::password_hash_blocking(pw)
}
