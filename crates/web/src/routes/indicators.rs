//! The national open-government indicators, each with its chart and table (cached; national
//! indicators' writes bump `Tag::Lists`). A commitment's indicators are on its page.

use crate::cache::{Page, PageKey, Tag};
use crate::kernel::prelude::*;
use crate::views::*;
use axum::http::Uri;

pub async fn national(
    State(s): State<AppState>,
    PageLang(lang): PageLang,
    uri: Uri,
) -> Result<Response, AppError> {
    let address = PageKey::of(&uri, &[]);
    let path = address.local.clone();
    cached(s, &address, |s, _today| async move {
        let list = s.db.national_indicators().await?;
        let c = frame(&s, lang, &path)
            .illustrative(illustrative(&s).await?)
            .nav(Nav::None)
            .title(s.i18n.t(lang, "indicator-national-title"))
            .build();
        let indicators = crate::views::indicators::build(&c, &list);
        Ok(Page::new(
            render(&IndicatorsPage { c, indicators })?,
            vec![Tag::Lists],
        ))
    })
    .await
}
