//! Account pages: registration, e-mail verification, sign-in and sign-out, password reset,
//! settings, personal API tokens, personal data download and account deletion.

pub mod own_data;
pub mod register;
pub mod reset;
pub mod settings;
pub mod signin;
pub mod tokens;
pub mod two_step;
