//! "Download my data": a person's export holds their own data. A security event about the
//! account that someone else caused (an administrator's action, a failed sign-in from
//! elsewhere) is listed, without that other person's name, address or IP; an event the person
//! caused about someone else keeps only what it says of the person.

use serde::Serialize;

/// Who caused an event, as the person's export tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum By {
    /// The person themself.
    You,
    /// Someone else (an administrator, or an unknown visitor).
    SomeoneElse,
}

/// What the export keeps of one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kept {
    pub by: By,
    /// The IP address recorded with the event (the person's own only).
    pub ip: bool,
    /// The event's detail (a ban reason, a role): kept when it is about the person.
    pub detail: bool,
}

/// The rule for an event with this actor and target, in the export of `me`. Names of other
/// people are never kept.
pub fn kept(me: i64, actor: Option<i64>, target: Option<i64>) -> Kept {
    let mine = actor == Some(me);
    Kept {
        by: if mine { By::You } else { By::SomeoneElse },
        ip: mine,
        detail: target.is_none() || target == Some(me),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn others_actions_on_the_account_carry_none_of_their_data() {
        let by_admin = kept(7, Some(1), Some(7));
        assert_eq!(by_admin.by, By::SomeoneElse);
        assert!(!by_admin.ip && by_admin.detail);
        let failed_sign_in = kept(7, None, Some(7));
        assert!(!failed_sign_in.ip);
        let own = kept(7, Some(7), Some(7));
        assert_eq!(own.by, By::You);
        assert!(own.ip && own.detail);
        // An administrator's own action on another account: their IP, not the other's detail.
        let on_other = kept(1, Some(1), Some(7));
        assert!(on_other.ip && !on_other.detail);
    }
}
