//! Evidence files of progress reports (docs/co-implementation.md, "Evidence storage"): the row
//! of a file the web layer has stored, a piece of evidence with where its report sits (for the
//! policy), and its removal. Expanded once per engine by `backend!`.
//!
//! A published (or submitted) report's evidence never changes: every write here reads the
//! report's status in its transaction and refuses unless the report may be edited
//! (`opengov_core::reporting::next(status, Transition::Edit)`). The stored object is the web
//! layer's business: it is put before the row is written, and removed after the row is.

macro_rules! evidence_columns {
    () => {
        "e.id, e.report_id, e.kind, e.url, e.storage_key, e.file_name, e.media_type, e.size, \
         e.sha256, e.created_at"
    };
}

/// The columns of `ReportPlaceRow`, over `progress_reports r` and the joins of `place_joins!`
/// (`office.rs` reads an activity's place for the back office; this is a report's, with its
/// status and author, for the policy on its evidence).
macro_rules! report_place_columns {
    () => {
        "r.id AS report_id, r.status AS report_status, r.author_id, a.id AS activity_id, \
         a.responsible_institution_id, c.id AS commitment_id, c.lead_institution_id, \
         p.id AS plan_id, p.status AS plan_status"
    };
}

macro_rules! place_joins {
    () => {
        " JOIN activities a ON a.id = r.activity_id JOIN commitments c ON c.id = a.commitment_id \
         JOIN plans p ON p.id = c.plan_id"
    };
}

macro_rules! evidence_fns {
    ($emit:ident) => {
        $emit! {
            /// The status of a report, read in the write's transaction, when it may still
            /// change (draft or returned).
            async fn editable(c: &mut Tx<'_>, report_id: i64) -> DbResult<Result<(), opengov_core::reporting::WorkflowError>> {
                use opengov_core::reporting::{Transition, next};
                let status: Option<(opengov_core::reporting::ReportStatus,)> =
                    sqlx::query_as("SELECT status FROM progress_reports WHERE id = $1")
                        .bind(report_id)
                        .fetch_optional(&mut *c)
                        .await?;
                let (status,) = status.ok_or(DbError::NotFound)?;
                Ok(next(status, Transition::Edit).map(|_| ()))
            }

            /// A stored file as evidence of a report that may still change; the id of its row.
            pub async fn add_evidence_file(
                pool: Pool<'_>,
                report_id: i64,
                file: &NewEvidenceFile,
                now: i64,
            ) -> DbResult<Result<i64, opengov_core::reporting::WorkflowError>> {
                let mut tx = pool.begin().await?;
                if let Err(e) = editable(&mut tx, report_id).await? {
                    return Ok(Err(e));
                }
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO evidence (report_id, kind, url, storage_key, file_name, media_type, size, sha256, created_at) \
                     VALUES ($1, 'file', '', $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(report_id)
                .bind(&file.storage_key)
                .bind(&file.file_name)
                .bind(&file.media_type)
                .bind(file.size)
                .bind(&file.sha256)
                .bind(now)
                .fetch_one(&mut tx)
                .await?;
                tx.commit().await?;
                Ok(Ok(id))
            }

            /// A piece of evidence with its report's status and author and where the report's
            /// activity sits.
            pub async fn evidence_by_id(pool: Pool<'_>, id: i64) -> DbResult<Option<EvidencePlaceRow>> {
                Ok(sqlx::query_as(concat!(
                    "SELECT e.id, e.kind, e.url, e.storage_key, e.file_name, e.media_type, e.size, e.sha256, \
                     e.created_at, ", report_place_columns!(),
                    " FROM evidence e JOIN progress_reports r ON r.id = e.report_id", place_joins!(),
                    " WHERE e.id = $1"
                ))
                .bind(id)
                .fetch_optional(pool)
                .await?)
            }

            /// Removes a piece of evidence of a report that may still change, and returns the
            /// removed row (its `storage_key` names the object to delete next); `None` when the
            /// report has no evidence of this id.
            pub async fn delete_evidence(
                pool: Pool<'_>,
                report_id: i64,
                evidence_id: i64,
            ) -> DbResult<Result<Option<EvidenceRow>, opengov_core::reporting::WorkflowError>> {
                let mut tx = pool.begin().await?;
                if let Err(e) = editable(&mut tx, report_id).await? {
                    return Ok(Err(e));
                }
                let row: Option<EvidenceRow> = sqlx::query_as(concat!(
                    "SELECT ", evidence_columns!(), " FROM evidence e WHERE e.id = $1 AND e.report_id = $2"
                ))
                .bind(evidence_id)
                .bind(report_id)
                .fetch_optional(&mut tx)
                .await?;
                if row.is_some() {
                    sqlx::query("DELETE FROM evidence WHERE id = $1 AND report_id = $2")
                        .bind(evidence_id)
                        .bind(report_id)
                        .execute(&mut tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(Ok(row))
            }
        }
    };
}
