//! What a handler module usually needs, in one import: `use crate::kernel::prelude::*;`.

pub use super::{
    Admin, Allowed, AllowedOn, AppError, CheckedForm, InstitutionKey, OgpId, OwnForm, PlanNumber,
    RoleId, UserId, ViewAuditLog, ViewUsers, audit, field, form_page, frame, html,
    language_options, reauthenticate, render, see_other, token_page, url_encode, valid_key,
};
pub(crate) use super::{cached, illustrative};
pub use crate::auth::{SignedIn, Viewer};
pub use crate::forms::{Errors, FieldView, Values, secret, value};
pub use crate::kernel::PageLang;
pub use crate::state::AppState;
pub use crate::views::{Chrome, Crumb, FormSection, Nav};
pub use axum::extract::{Query, State};
pub use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
pub use axum::response::{IntoResponse, Response};
pub use opengov_core::Lang;
pub use std::collections::HashMap;
