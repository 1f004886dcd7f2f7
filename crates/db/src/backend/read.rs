//! Read functions of the public pages and the API: each statement written once, run by
//! [`Db::all`] / [`Db::optional`] / [`Db::one`] on the handle's read path (see `reader`).

mod co_implementation;
mod institutions_irm;

use super::args::{Arg, args};
use crate::rows::*;
use crate::{Db, DbResult};

impl Db {
    /// A number that changes with every write (one more per committed write).
    pub async fn data_version(&self) -> DbResult<i64> {
        let v: (i64,) = self
            .one("SELECT version FROM data_version WHERE id = 1", &[])
            .await?;
        Ok(v.0)
    }

    pub async fn setting(&self, key: &str) -> DbResult<Option<String>> {
        let v: Option<(String,)> = self
            .optional("SELECT value FROM settings WHERE key = $1", &args![key])
            .await?;
        Ok(v.map(|v| v.0))
    }

    pub async fn list_plans(&self) -> DbResult<Vec<PlanRow>> {
        self.all(
            concat!("SELECT ", plan_columns!(), " FROM plans ORDER BY number"),
            &[],
        )
        .await
    }

    pub async fn plan_by_number(&self, number: i64) -> DbResult<Option<PlanRow>> {
        self.optional(
            concat!("SELECT ", plan_columns!(), " FROM plans WHERE number = $1"),
            &args![number],
        )
        .await
    }

    pub async fn axes_of_plan(&self, plan_id: i64) -> DbResult<Vec<AxisRow>> {
        self.all(
            concat!(
                axis_select!(),
                " WHERE a.plan_id = $1 ORDER BY COALESCE(a.position, 100000), a.id"
            ),
            &args![plan_id],
        )
        .await
    }

    pub async fn all_axes(&self) -> DbResult<Vec<AxisRow>> {
        self.all(
            concat!(
                axis_select!(),
                " ORDER BY p.number, COALESCE(a.position, 100000), a.id"
            ),
            &[],
        )
        .await
    }

    pub async fn commitments_of_plan(&self, plan_id: i64) -> DbResult<Vec<CommitmentSummary>> {
        self.all(
            concat!(
                summary_select!(),
                " WHERE c.plan_id = $1 ORDER BY c.sort_key"
            ),
            &args![plan_id],
        )
        .await
    }

    /// One page of the filtered commitments list and the number of matches.
    pub async fn commitments_page(
        &self,
        f: &CommitmentFilter,
        offset: i64,
        limit: i64,
    ) -> DbResult<(Vec<CommitmentSummary>, i64)> {
        let (clause, values) = commitment_filter(f);
        let total: (i64,) = self
            .one(
                &format!("SELECT COUNT(*) FROM commitments c{clause}"),
                &values,
            )
            .await?;
        if total.0 == 0 || offset >= total.0 {
            return Ok((Vec::new(), total.0));
        }
        let rows = self
            .all(
                &format!(
                    "{}{clause} ORDER BY c.sort_key {}",
                    summary_select!(),
                    limit_offset(limit, offset)
                ),
                &values,
            )
            .await?;
        Ok((rows, total.0))
    }

    pub async fn commitment_by_ogp_id(&self, ogp_id: &str) -> DbResult<Option<CommitmentRow>> {
        self.optional(
            concat!(commitment_select!(), " WHERE c.ogp_id = $1"),
            &args![ogp_id],
        )
        .await
    }

    pub async fn activities_of_commitment(&self, commitment_id: i64) -> DbResult<Vec<ActivityRow>> {
        self.all(
            concat!(
                activity_select!(),
                " WHERE t.commitment_id = $1 ORDER BY t.position, t.id"
            ),
            &args![commitment_id],
        )
        .await
    }

    pub async fn activities_page(
        &self,
        ogp_id: Option<&str>,
        offset: i64,
        limit: i64,
    ) -> DbResult<(Vec<ActivityRow>, i64)> {
        let total: (i64,) = self
            .one(
                "SELECT COUNT(*) FROM activities t JOIN commitments c ON c.id = t.commitment_id \
                 WHERE (CAST($1 AS TEXT) IS NULL OR c.ogp_id = $1)",
                &args![ogp_id],
            )
            .await?;
        let rows = self
            .all(
                &format!(
                    "{} WHERE (CAST($1 AS TEXT) IS NULL OR c.ogp_id = $1) \
                     ORDER BY c.sort_key, t.position, t.id {}",
                    activity_select!(),
                    limit_offset(limit, offset)
                ),
                &args![ogp_id],
            )
            .await?;
        Ok((rows, total.0))
    }

    pub async fn reported_figures_of_plan(&self, plan_id: i64) -> DbResult<Vec<ReportedFigureRow>> {
        self.all(
            concat!(
                figure_select!(),
                " WHERE f.plan_id = $1 ORDER BY f.scope, f.ref, ",
                figures_newest_first!()
            ),
            &args![plan_id],
        )
        .await
    }

    pub async fn reported_figures_of_commitment(
        &self,
        commitment_id: i64,
    ) -> DbResult<Vec<ReportedFigureRow>> {
        self.all(
            concat!(
                figure_select!(),
                " WHERE f.commitment_id = $1 ORDER BY ",
                figures_newest_first!()
            ),
            &args![commitment_id],
        )
        .await
    }

    pub async fn latest_reported_plan_figures(&self) -> DbResult<Vec<ReportedFigureRow>> {
        self.all(
            concat!(
                figure_select!(),
                " WHERE f.scope = 'plan' ORDER BY p.number, ",
                figures_newest_first!()
            ),
            &[],
        )
        .await
    }

    pub async fn documents_of_plan(&self, plan_id: i64) -> DbResult<Vec<DocumentRow>> {
        self.all(
            "SELECT p.key AS plan_key, d.doc_type, d.title, d.language, d.url, d.notes \
             FROM documents d LEFT JOIN plans p ON p.id = d.plan_id \
             WHERE d.plan_id = $1 ORDER BY d.id",
            &args![plan_id],
        )
        .await
    }

    pub async fn institutions(&self) -> DbResult<Vec<InstitutionRow>> {
        self.all(
            concat!(
                "SELECT ",
                institution_columns!(),
                " FROM institutions ORDER BY kind, key"
            ),
            &[],
        )
        .await
    }

    pub async fn institution_by_key(&self, key: &str) -> DbResult<Option<InstitutionRow>> {
        self.optional(
            concat!(
                "SELECT ",
                institution_columns!(),
                " FROM institutions WHERE key = $1"
            ),
            &args![key],
        )
        .await
    }

    /// A commitment's supporting institutions, in the order of the sources.
    pub async fn supporters_of(&self, commitment_id: i64) -> DbResult<Vec<SupporterRow>> {
        self.all(
            concat!(
                supporter_select!(),
                " WHERE s.commitment_id = $1 ORDER BY s.position"
            ),
            &args![commitment_id],
        )
        .await
    }

    /// The commitments an institution supports (without leading them).
    pub async fn commitments_supported_by(
        &self,
        institution_id: i64,
    ) -> DbResult<Vec<CommitmentSummary>> {
        self.all(
            concat!(
                summary_select!(),
                " WHERE c.id IN (SELECT commitment_id FROM commitment_supporters \
                 WHERE institution_id = $1) ORDER BY c.sort_key"
            ),
            &args![institution_id],
        )
        .await
    }

    pub async fn commitments_led_by(
        &self,
        institution_id: i64,
    ) -> DbResult<Vec<CommitmentSummary>> {
        self.all(
            concat!(
                summary_select!(),
                " WHERE c.lead_institution_id = $1 ORDER BY c.sort_key"
            ),
            &args![institution_id],
        )
        .await
    }

    pub async fn activities_of_institution(
        &self,
        institution_id: i64,
    ) -> DbResult<Vec<ActivityRow>> {
        self.all(
            concat!(
                activity_select!(),
                " WHERE t.responsible_institution_id = $1 ORDER BY c.sort_key, t.position, t.id"
            ),
            &args![institution_id],
        )
        .await
    }

    pub async fn latest_changes(&self, limit: i64) -> DbResult<Vec<ChangeRow>> {
        self.all(
            &format!(
                "SELECT h.at, h.kind, p.number AS plan_number, c.ogp_id AS commitment_ogp_id, \
                 h.subject FROM changes h LEFT JOIN plans p ON p.id = h.plan_id \
                 LEFT JOIN commitments c ON c.id = h.commitment_id \
                 ORDER BY h.at DESC, h.id DESC {}",
                limit_offset(limit, 0)
            ),
            &[],
        )
        .await
    }
}

/// The `WHERE` clause of the commitments list with only the filters in use (so that the
/// unfiltered list reads its page from the sort index and counts without a scan of
/// conditions), and the values it binds. The clause is made of fixed fragments only; every
/// value is bound.
fn commitment_filter(f: &CommitmentFilter) -> (String, Vec<Arg<'_>>) {
    let mut terms: Vec<String> = Vec::new();
    let mut values: Vec<Arg<'_>> = Vec::new();
    if let Some(plan) = f.plan {
        let n = values.len() + 1;
        terms.push(format!(
            "c.plan_id = (SELECT id FROM plans WHERE number = ${n})"
        ));
        values.push(plan.into());
    }
    if let Some(axis) = f.axis.as_deref() {
        let n = values.len() + 1;
        terms.push(format!(
            "c.axis_id = (SELECT id FROM axes WHERE key = ${n})"
        ));
        values.push(axis.into());
    }
    if let Some(institution) = f.institution.as_deref() {
        let n = values.len() + 1;
        terms.push(format!(
            "(c.lead_institution_id = (SELECT id FROM institutions WHERE key = ${n}) \
             OR EXISTS (SELECT 1 FROM activities x WHERE x.commitment_id = c.id \
             AND x.responsible_institution_id = (SELECT id FROM institutions WHERE key = ${n})))"
        ));
        values.push(institution.into());
    }
    if let Some(status) = f.status {
        terms.push(match status {
            StatusFilter::NotReported => "c.figure IS NULL".to_string(),
            StatusFilter::NotStarted => "c.figure = 0".to_string(),
            StatusFilter::Limited => "c.figure BETWEEN 1 AND 4999".to_string(),
            StatusFilter::Substantial => "c.figure BETWEEN 5000 AND 9999".to_string(),
            StatusFilter::Complete => "c.figure >= 10000".to_string(),
            StatusFilter::Delayed => {
                let n = values.len() + 1;
                values.push(f.today.as_str().into());
                format!("c.pending_end < ${n}")
            }
        });
    }
    if terms.is_empty() {
        (String::new(), values)
    } else {
        (format!(" WHERE {}", terms.join(" AND ")), values)
    }
}

/// `LIMIT n OFFSET m` written into the statement: SQLite plans a statement with its limit, so
/// a bound limit makes it prepare the statement again on every run. Both are numbers of ours
/// (never text from a request), and negative ones are clamped to 0.
fn limit_offset(limit: i64, offset: i64) -> String {
    format!("LIMIT {} OFFSET {}", limit.max(0), offset.max(0))
}
