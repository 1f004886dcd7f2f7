//! The life of an action plan: `drafting` -> `consultation` -> `implementing` -> `completed`,
//! forward one step at a time. A completed plan is closed: read-only for everyone, whatever the
//! role (docs/co-implementation.md).

use crate::kinds::PlanStatus;

impl PlanStatus {
    /// True while the plan may still be written to (every status but `completed`).
    pub fn is_open(self) -> bool {
        self != PlanStatus::Completed
    }

    /// The status that comes after this one, if any.
    pub fn following(self) -> Option<PlanStatus> {
        match self {
            PlanStatus::Drafting => Some(PlanStatus::Consultation),
            PlanStatus::Consultation => Some(PlanStatus::Implementing),
            PlanStatus::Implementing => Some(PlanStatus::Completed),
            PlanStatus::Completed => None,
        }
    }
}

/// True while a plan of this status may be written to; the one rule every write on a plan asks.
pub fn plan_is_open(status: PlanStatus) -> bool {
    status.is_open()
}

/// Why a plan cannot move to the status asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PlanStatusError {
    /// The plan is completed: it moves no more.
    #[error("a completed plan is closed")]
    Closed,
    /// The plan already has that status.
    #[error("the plan already has this status")]
    Unchanged,
    /// Backwards, or more than one step forward.
    #[error("a plan moves forward one step at a time")]
    NotNext { from: PlanStatus, to: PlanStatus },
}

impl PlanStatusError {
    pub fn message_id(self) -> &'static str {
        match self {
            PlanStatusError::Closed => "office-plan-status-error-closed",
            PlanStatusError::Unchanged => "office-plan-status-error-unchanged",
            PlanStatusError::NotNext { .. } => "office-plan-status-error-not-next",
        }
    }
}

/// Whether a plan may move from `from` to `to`: only to the status right after `from`.
pub fn next_status(from: PlanStatus, to: PlanStatus) -> Result<(), PlanStatusError> {
    if !from.is_open() {
        Err(PlanStatusError::Closed)
    } else if from == to {
        Err(PlanStatusError::Unchanged)
    } else if from.following() == Some(to) {
        Ok(())
    } else {
        Err(PlanStatusError::NotNext { from, to })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PlanStatus::*;

    #[test]
    fn a_plan_moves_forward_one_step_at_a_time() {
        assert_eq!(next_status(Drafting, Consultation), Ok(()));
        assert_eq!(next_status(Consultation, Implementing), Ok(()));
        assert_eq!(next_status(Implementing, Completed), Ok(()));
        assert_eq!(
            next_status(Drafting, Implementing),
            Err(PlanStatusError::NotNext {
                from: Drafting,
                to: Implementing
            })
        );
        assert!(matches!(
            next_status(Implementing, Consultation),
            Err(PlanStatusError::NotNext { .. })
        ));
        assert_eq!(
            next_status(Consultation, Consultation),
            Err(PlanStatusError::Unchanged)
        );
    }

    #[test]
    fn a_completed_plan_is_closed_and_moves_no_more() {
        for to in PlanStatus::ALL {
            assert_eq!(next_status(Completed, *to), Err(PlanStatusError::Closed));
        }
        assert!(!Completed.is_open() && !plan_is_open(Completed));
        for s in [Drafting, Consultation, Implementing] {
            assert!(s.is_open() && plan_is_open(s));
        }
        assert_eq!(
            PlanStatusError::Closed.message_id(),
            "office-plan-status-error-closed"
        );
    }

    #[test]
    fn every_allowed_move_is_exactly_the_following_status() {
        for from in PlanStatus::ALL {
            for to in PlanStatus::ALL {
                assert_eq!(
                    next_status(*from, *to).is_ok(),
                    from.following() == Some(*to),
                    "{from} -> {to}"
                );
            }
        }
    }
}
