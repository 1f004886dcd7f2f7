//! Accounts: who may do what (the policy), password rules, e-mail addresses, safe redirects.

pub mod email;
pub mod export;
pub mod password;
pub mod policy;
pub mod redirect;
