//! Liveness and readiness for load balancers and orchestrators.

use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::json;

/// The process is up.
pub async fn healthz() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok" }))
}

/// The database answers and is migrated.
pub async fn readyz(State(s): State<AppState>) -> (StatusCode, Json<serde_json::Value>) {
    match s.db.data_version().await {
        Ok(v) => (
            StatusCode::OK,
            Json(json!({ "status": "ready", "database": s.db.engine().name(), "data_version": v })),
        ),
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "status": "unavailable" })),
            )
        }
    }
}
