//! When a plan or a commitment last changed, from the public change log (`changes`): the
//! "last updated" date of their pages. One indexed statement each (migration 0005).

use super::args::args;
use crate::{Db, DbResult};

impl Db {
    /// The time (UTC microseconds) of the latest change recorded for the plan: to the plan
    /// itself (an import) or to any of its commitments and activities. None before any.
    pub async fn plan_last_change(&self, plan_id: i64) -> DbResult<Option<i64>> {
        let at: Option<(i64,)> = self
            .optional(
                "SELECT at FROM changes WHERE plan_id = $1 ORDER BY at DESC LIMIT 1",
                &args![plan_id],
            )
            .await?;
        Ok(at.map(|a| a.0))
    }

    /// The time of the latest change recorded for the commitment: to it or its activities, or
    /// to its whole plan (an import). None before any.
    pub async fn commitment_last_change(
        &self,
        commitment_id: i64,
        plan_id: i64,
    ) -> DbResult<Option<i64>> {
        let at: Option<(i64,)> = self
            .optional(
                "SELECT at FROM (\
                 SELECT at FROM (SELECT at FROM changes WHERE commitment_id = $1 \
                 ORDER BY at DESC LIMIT 1) own \
                 UNION ALL \
                 SELECT at FROM (SELECT at FROM changes WHERE plan_id = $2 AND commitment_id IS NULL \
                 ORDER BY at DESC LIMIT 1) whole\
                 ) latest ORDER BY at DESC LIMIT 1",
                &args![commitment_id, plan_id],
            )
            .await?;
        Ok(at.map(|a| a.0))
    }
}
