//! Tests of the chain mapping: levels, completeness and the mapping order.

use super::*;
use crate::model::chain::ChainLink;

fn supplier(id: i64, country: Option<&str>) -> Supplier {
    let mut s = Supplier::named(&format!("S{id}"));
    s.id = id;
    s.country = country.map(String::from);
    s
}

fn item(id: i64, name: &str, origins: &[&str], spend: Option<f64>) -> PurchasedItem {
    let mut i = PurchasedItem::named(name, ItemKind::RawMaterial);
    i.id = id;
    i.origins = origins.iter().map(|c| c.to_string()).collect();
    i.spend_eur = spend;
    i
}

#[test]
fn an_ilab_finding_for_the_good_makes_the_country_high() {
    let plain = country_risk("IN", &[]);
    let cotton = country_risk("IN", &["cotton".into()]);
    assert_eq!(cotton.level, RiskLevel::High);
    assert!(cotton.facts.iter().any(|f| f.code == "ilab_child_labour"));
    assert!(plain.level < RiskLevel::High || plain.facts.iter().any(|f| f.code == "wgi_mean"));
    assert!(cotton
        .facts
        .iter()
        .all(|f| f.year > 2000 && !f.source.is_empty()));
}

#[test]
fn the_netherlands_is_low_and_a_country_without_wgi_data_is_not() {
    assert_eq!(country_risk("NL", &[]).level, RiskLevel::Low);
    // Antarctica has no governance figures: treated as elevated, never as low.
    let aq = country_risk("AQ", &[]);
    assert_eq!(aq.level, RiskLevel::Elevated);
    assert!(aq.facts.iter().any(|f| f.code == "wgi_missing"));
}

#[test]
fn chains_are_ordered_by_origin_level_then_spend_then_name() {
    let mut unknown = item(4, "Knopen", &[], Some(100.0));
    unknown.origin_unknown = true;
    let mut cotton = item(2, "Katoen", &["IN"], Some(10.0));
    cotton.reference_goods = vec!["Cotton".into()];
    let items = [
        item(1, "Wol", &["NL"], Some(900_000.0)),
        cotton,
        unknown,
        item(3, "Garen", &["DE"], Some(5_000.0)),
        item(5, "Bandplooi", &["DE"], Some(5_000.0)),
    ];
    let order: Vec<String> = mapping_order(&items, &[], "2026-01-01")
        .into_iter()
        .map(|c| c.item.name)
        .collect();
    assert_eq!(order, ["Katoen", "Knopen", "Wol", "Bandplooi", "Garen"]);
}

#[test]
fn completeness_counts_the_checks_that_apply() {
    let suppliers = [supplier(1, Some("BD")), supplier(2, None)];
    let by_id: HashMap<i64, &Supplier> = suppliers.iter().map(|s| (s.id, s)).collect();
    let mut i = item(1, "Broeken", &["BD"], Some(1.0));
    i.volume = Some(3.0);
    i.has_contract = Some(true);
    i.suppliers = vec![ChainLink {
        supplier_id: 1,
        via_id: None,
    }];
    let c = completeness(&i, &by_id);
    assert_eq!(c.checks.len(), 6);
    assert!(
        !c.checks
            .iter()
            .find(|c| c.code == "upstream")
            .expect("check")
            .passed
    );
    assert_eq!(c.percent, 83);
    i.suppliers.push(ChainLink {
        supplier_id: 2,
        via_id: Some(1),
    });
    let c = completeness(&i, &by_id);
    assert!(
        !c.checks
            .iter()
            .find(|c| c.code == "supplier_countries")
            .expect("check")
            .passed
    );
    i.kind = ItemKind::Service;
    assert_eq!(completeness(&i, &by_id).checks.len(), 4);
    let overdue = mapping_order(
        &[PurchasedItem {
            planned_completion: Some("2026-01-01".into()),
            ..i.clone()
        }],
        &suppliers,
        "2026-06-01",
    );
    assert!(overdue[0].overdue);
}

mod level_tests {
    use super::*;

    #[test]
    fn every_supplier_and_origin_country_gets_a_level() {
        let mut s = Supplier::named("Atelier");
        s.country = Some("BD".into());
        let mut i = PurchasedItem::named("Wol", ItemKind::RawMaterial);
        i.origins = vec!["NL".into()];
        let levels = country_levels(&[i], &[s, Supplier::named("Zonder land")]);
        assert_eq!(levels.get("BD"), Some(&RiskLevel::High));
        assert_eq!(levels.get("NL"), Some(&RiskLevel::Low));
        assert_eq!(levels.len(), 2);
    }
}

#[test]
fn a_profile_without_a_share_of_working_children_says_so_instead_of_quoting_unavailable() {
    // Botswana's 2022 profile gives "Unavailable" for the share.
    let bw = country_risk("BW", &[]);
    let f = bw
        .facts
        .iter()
        .find(|f| f.source == "ilab_profiles")
        .expect("a profile");
    assert_eq!(f.code, "ilab_profile_no_share");
    assert!(!f.params.contains_key("share"));
    assert!(f.params.values().all(|v| v != "Unavailable"));
    // India has a share, and its level of advancement in Dutch beside the source's.
    let india = country_risk("IN", &[]);
    let f = india
        .facts
        .iter()
        .find(|f| f.source == "ilab_profiles")
        .expect("a profile");
    assert_eq!(f.code, "ilab_profile");
    assert!(f.params["share"].parse::<f64>().is_ok());
    assert!(f.params["advancement_nl"].contains("vooruitgang"));
}
