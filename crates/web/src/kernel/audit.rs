//! The security audit trail, written by any handler that changes an account or a role.

use crate::state::AppState;

/// Records a security event; a failure to write it is logged, never shown to the user.
pub async fn audit(
    s: &AppState,
    actor: Option<i64>,
    action: &str,
    target: Option<i64>,
    ip: &str,
    detail: &str,
) {
    if let Err(e) =
        s.db.audit(opengov_db::now_micros(), actor, action, target, ip, detail)
            .await
    {
        tracing::error!(error = %e, action, "cannot write the audit log");
    }
}
