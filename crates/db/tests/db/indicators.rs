//! The indicators' storage, on both engines: national and commitment indicators, values once
//! per period (a second value for a period changes nothing), listed in period order, deleted.

use crate::common;

use opengov_core::indicator::IndicatorPeriod;
use opengov_core::{Lang, LocalizedText};
use opengov_db::rows::{IndicatorFields, NewIndicatorValue};
use opengov_db::{Db, both_engines};

const NOW: i64 = 1_780_000_000_000_000;

fn fields(name: &str) -> IndicatorFields {
    IndicatorFields {
        name: LocalizedText::new().with(Lang::Fr, name),
        unit: LocalizedText::new().with(Lang::Fr, "%"),
        description: LocalizedText::new(),
        baseline: Some((10.0, 2020)),
        target: Some((50.0, 2026)),
    }
}

fn value(period: &str, v: f64) -> NewIndicatorValue {
    NewIndicatorValue {
        period: IndicatorPeriod::parse(period).unwrap(),
        value: v,
        source_url: "https://example.ma/source".into(),
        note: String::new(),
    }
}

both_engines!(indicators_hold_one_value_per_period, |db: Db| async move {
    db.import_dataset(&common::demo(), NOW, &|_| {})
        .await
        .unwrap();
    let commitment = db.commitment_by_ogp_id("MO0055").await.unwrap().unwrap();
    assert!(db.national_indicators().await.unwrap().is_empty());
    let national = db
        .create_indicator(None, &fields("Lois publiées"), NOW)
        .await
        .unwrap();
    let own = db
        .create_indicator(Some(commitment.id), &fields("Demandes d'accès"), NOW)
        .await
        .unwrap();
    assert!(
        db.create_indicator(Some(-5), &fields("x"), NOW)
            .await
            .is_err()
    );
    assert!(
        db.add_indicator_value(own, &value("2024", 30.0), NOW)
            .await
            .unwrap()
    );
    assert!(
        db.add_indicator_value(own, &value("2022-06", 20.0), NOW)
            .await
            .unwrap()
    );
    // The same period again: refused, the first value stays.
    assert!(
        !db.add_indicator_value(own, &value("2024", 99.0), NOW)
            .await
            .unwrap()
    );
    let listed = db.commitment_indicators(commitment.id).await.unwrap();
    assert_eq!(listed.len(), 1);
    let periods: Vec<(&str, f64)> = listed[0]
        .values
        .iter()
        .map(|v| (v.period.as_str(), v.value))
        .collect();
    assert_eq!(periods, [("2022-06", 20.0), ("2024", 30.0)]);
    let nat = db.national_indicators().await.unwrap();
    assert_eq!(nat.len(), 1);
    assert_eq!(nat[0].indicator.id, national);
    assert_eq!(
        nat[0].indicator.name().get_exact(Lang::Fr),
        Some("Lois publiées")
    );
    assert_eq!(nat[0].indicator.target_year, Some(2026));
    assert!(nat[0].values.is_empty());
    let mut edited = fields("Lois publiées au BO");
    edited.target = None;
    db.edit_indicator(national, &edited, NOW).await.unwrap();
    let n = db.indicator(national).await.unwrap().unwrap();
    assert_eq!(n.indicator.target_value, None);
    let first = listed[0].values[0].id;
    // A value of another indicator is not deleted through this one.
    assert!(
        !db.delete_indicator_value(national, first, NOW)
            .await
            .unwrap()
    );
    assert!(db.delete_indicator_value(own, first, NOW).await.unwrap());
    let left = db.indicator(own).await.unwrap().unwrap();
    assert_eq!(left.values.len(), 1);
    assert_eq!(left.values[0].period, "2024");
});
