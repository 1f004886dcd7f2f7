//! The back office (`/{lang}/office/...`, docs/co-implementation.md): what project leaders and
//! coordinators do on plans and reports.

pub mod evidence;
