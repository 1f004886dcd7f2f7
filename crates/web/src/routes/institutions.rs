//! The institutions list and an institution's page.

use super::{cached, illustrative, local_path, render, valid_key};
use crate::error::AppError;
use crate::locale::PageLang;
use crate::state::AppState;
use crate::views::*;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use opengov_core::kinds::InstitutionKind;

pub async fn list(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    uri: Uri,
) -> Result<Response, AppError> {
    let path = local_path(&uri);
    cached(s, lang, &uri, |s, _today| async move {
        let db = |e| AppError::from((lang, e));
        let rows = s.db.institutions().await.map_err(db)?;
        let title = s.i18n.t(lang, "institutions-title");
        let c = Chrome::new(
            s.i18n,
            lang,
            &path,
            illustrative(&s, lang).await?,
            Nav::Institutions,
            title.clone(),
        )
        .with_crumbs(vec![
            Crumb {
                label: s.i18n.t(lang, "nav-home"),
                href: Some(format!("/{}/", lang.code())),
            },
            Crumb {
                label: title,
                href: None,
            },
        ]);
        let groups = InstitutionKind::ALL
            .iter()
            .map(|k| InstitutionGroup {
                title: c.t(&format!("institution-kinds-{}", k.code().replace('_', "-"))),
                items: rows
                    .iter()
                    .filter(|r| r.kind == *k)
                    .map(|r| InstitutionItem::of(&c, r))
                    .collect(),
            })
            .filter(|g| !g.items.is_empty())
            .collect();
        let total = c.count("count-institutions", &(rows.len() as i64));
        render(&InstitutionsPage { c, groups, total }, lang)
    })
    .await
}

pub async fn page(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    Path((_, key)): Path<(String, String)>,
    uri: Uri,
) -> Result<Response, AppError> {
    if !valid_key(&key) {
        return Err(AppError::not_found(lang));
    }
    let path = local_path(&uri);
    cached(s, lang, &uri, |s, today| async move {
        let db = |e| AppError::from((lang, e));
        let inst =
            s.db.institution_by_key(&key)
                .await
                .map_err(db)?
                .ok_or(AppError::not_found(lang))?;
        let commitments = s.db.commitments_led_by(inst.id).await.map_err(db)?;
        let activities = s.db.activities_of_institution(inst.id).await.map_err(db)?;
        let mut c = Chrome::new(
            s.i18n,
            lang,
            &path,
            illustrative(&s, lang).await?,
            Nav::Institutions,
            String::new(),
        )
        .with_crumbs(vec![
            Crumb {
                label: s.i18n.t(lang, "nav-home"),
                href: Some(format!("/{}/", lang.code())),
            },
            Crumb {
                label: s.i18n.t(lang, "institutions-title"),
                href: Some(format!("/{}/institutions", lang.code())),
            },
        ]);
        let name = Txt::or_missing(&c, &inst.name());
        c.title = name.text.clone();
        c.crumbs.push(Crumb {
            label: name.text.clone(),
            href: None,
        });
        let page = InstitutionPage {
            kind: c.t(&format!(
                "institution-kind-{}",
                inst.kind.code().replace('_', "-")
            )),
            commitments: commitments
                .iter()
                .map(|r| CommitmentItem::of(&c, r, &today))
                .collect(),
            activities: activities
                .iter()
                .map(|a| ActivityItem::of(&c, a, &today))
                .collect(),
            name,
            c,
        };
        render(&page, lang)
    })
    .await
}
