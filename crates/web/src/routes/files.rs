//! Evidence files, served from `/files/{evidence}/{name}`: anyone's once their report is
//! published; before, only to those the policy lets see the report, and the 404 page for
//! everyone else (a guessed id learns nothing). A wrong `{name}` is a 404 too: the address of
//! a file is its id and the name it was stored under, nothing else.

use crate::evidence;
use crate::kernel::prelude::*;
use crate::kernel::{EvidenceId, ObjectPermit, VisibleOn};
use axum::extract::Path;
use axum::http::request::Parts;
use opengov_core::auth::policy::Action;
use opengov_db::rows::EvidencePlaceRow;

/// Seeing the evidence file of the path (`Action::SeeReport` on its report).
pub struct SeeEvidence;

impl ObjectPermit for SeeEvidence {
    type Object = EvidencePlaceRow;

    async fn load(parts: &mut Parts, s: &AppState) -> Result<EvidencePlaceRow, AppError> {
        use axum::extract::FromRequestParts;
        let EvidenceId(id) = EvidenceId::from_request_parts(parts, s).await?;
        s.db.evidence_by_id(id)
            .await?
            .filter(|e| e.kind == "file")
            .ok_or_else(AppError::not_found)
    }

    fn action(e: &EvidencePlaceRow) -> Action {
        e.place.see()
    }
}

pub async fn file(
    State(s): State<AppState>,
    VisibleOn { object: e, .. }: VisibleOn<SeeEvidence>,
    Path(params): Path<HashMap<String, String>>,
) -> Result<Response, AppError> {
    if params.get("name") != Some(&e.file_name) {
        return Err(AppError::not_found());
    }
    evidence::serve(&s, &e).await
}
