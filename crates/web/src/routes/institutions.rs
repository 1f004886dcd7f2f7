//! The institutions list and an institution's page.

use crate::cache::{Page, PageKey, Tag};
use crate::kernel::prelude::*;
use crate::views::*;
use axum::http::Uri;
use opengov_core::kinds::InstitutionKind;

pub async fn list(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    uri: Uri,
) -> Result<Response, AppError> {
    let address = PageKey::of(&uri, &[]);
    let path = address.local.clone();
    cached(s, &address, |s, _today| async move {
        let rows = s.db.institutions().await?;
        let title = s.i18n.t(lang, "institutions-title");
        let c = frame(&s, lang, &path)
            .illustrative(illustrative(&s).await?)
            .nav(Nav::Institutions)
            .title(title)
            .build();
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
        Ok(Page::new(
            render(&InstitutionsPage { c, groups, total })?,
            vec![Tag::Lists],
        ))
    })
    .await
}

pub async fn page(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    InstitutionKey(key): InstitutionKey,
    uri: Uri,
) -> Result<Response, AppError> {
    let address = PageKey::of(&uri, &[]);
    let path = address.local.clone();
    let db = s.db.clone();
    let old_key = key.clone();
    let answer = cached(s, &address, |s, today| async move {
        let inst =
            s.db.institution_by_key(&key)
                .await?
                .ok_or_else(AppError::not_found)?;
        let commitments = s.db.commitments_led_by(inst.id).await?;
        let supported = s.db.commitments_supported_by(inst.id).await?;
        let activities = s.db.activities_of_institution(inst.id).await?;
        let mut c = frame(&s, lang, &path)
            .illustrative(illustrative(&s).await?)
            .nav(Nav::Institutions)
            .crumb(s.i18n.t(lang, "institutions-title"), "/institutions")
            .build();
        let name = Txt::or_missing(&c, Txt::shown(&c, &inst.name(), &inst.name_unofficial()));
        c.retitle(name.text.clone());
        let date = |d: &Option<String>| d.as_deref().map(|d| crate::format::date(s.i18n, lang, d));
        let name_period = match (date(&inst.name_valid_from), date(&inst.name_valid_until)) {
            (Some(from), Some(until)) => Some(s.i18n.ta(
                lang,
                "name-in-use-from-until",
                &[("from", from.into()), ("until", until.into())],
            )),
            (Some(from), None) => Some(c.ta("name-in-use-from", "from", &from)),
            (None, Some(until)) => Some(c.ta("name-in-use-until", "until", &until)),
            (None, None) => None,
        };
        let later_names = inst
            .later_names()
            .iter()
            .filter_map(|n| {
                let name = Txt::of(&c, &n.name)?;
                Some(LaterNameItem {
                    mark: marker_of(&c, [&name]),
                    since: n.from.map(|d| {
                        c.ta(
                            "name-since",
                            "date",
                            &crate::format::date(s.i18n, lang, &d.to_string()),
                        )
                    }),
                    name,
                })
            })
            .collect();
        let page = InstitutionPage {
            kind: c.t(&format!(
                "institution-kind-{}",
                inst.kind.code().replace('_', "-")
            )),
            name_mark: c.heading_marker([name.marker]),
            name_period,
            later_names,
            commitments: commitments
                .iter()
                .map(|r| CommitmentItem::of(&c, r, &today, true))
                .collect(),
            supported: supported
                .iter()
                .map(|r| CommitmentItem::of(&c, r, &today, true))
                .collect(),
            activities: activities
                .iter()
                .map(|a| ActivityItem::of(&c, a, &today))
                .collect(),
            name,
            c,
        };
        Ok(Page::new(render(&page)?, vec![Tag::Institution(inst.id)]))
    })
    .await;
    // The key of a record merged into another answers with a permanent redirect to the kept
    // one (asked only when no institution has the key: never on a page that exists).
    match answer {
        Err(e) if e.status == StatusCode::NOT_FOUND => match db.merged_institution(&old_key).await?
        {
            Some(kept) => {
                let to = format!("/{}/institutions/{}", lang.code(), url_encode(&kept));
                Ok((StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, to)]).into_response())
            }
            None => Err(e),
        },
        other => other,
    }
}
