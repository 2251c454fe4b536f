//! The TypeScript declarations of every type that crosses to the user interface.
//! `ui/src/lib/ipc/bindings.ts` is this text; a test fails when the two differ
//! (regenerate with `make bindings`).

use ts_rs::TS;

/// One `export type …` per type, in a fixed order.
pub fn typescript() -> String {
    let decls = [
        crate::error::ErrorPayload::decl(),
        crate::model::CompanyProfile::decl(),
        crate::model::SizeClass::decl(),
        crate::model::ReportingYear::decl(),
        crate::model::YearStatus::decl(),
        crate::dossier::DossierInfo::decl(),
        crate::dossier::RegisterCount::decl(),
        crate::dashboard::Dashboard::decl(),
        crate::dashboard::ProfileStatus::decl(),
        crate::dashboard::StepState::decl(),
        crate::dashboard::StepStatus::decl(),
        crate::dashboard::Finding::decl(),
        crate::model::risk::Risk::decl(),
        crate::model::risk::Assessment::decl(),
        crate::model::risk::RankOverride::decl(),
        crate::model::risk::Theme::decl(),
        crate::model::risk::Location::decl(),
        crate::model::risk::AffectedGroup::decl(),
        crate::model::risk::InformationSource::decl(),
        crate::model::risk::Involvement::decl(),
        crate::model::risk::Decision::decl(),
        crate::store::risk::RiskRegister::decl(),
        crate::store::risk::RiskRow::decl(),
        crate::prioritisation::Ranked::decl(),
        crate::prioritisation::Dimension::decl(),
        crate::prioritisation::TieBreak::decl(),
        crate::prioritisation::HeatMap::decl(),
        crate::model::supplier::Supplier::decl(),
        crate::model::supplier::WorkerCount::decl(),
        crate::model::supplier::CodeOfConduct::decl(),
        crate::exchange::suppliers::ImportReport::decl(),
        crate::exchange::suppliers::ImportRow::decl(),
        crate::exchange::suppliers::RowOutcome::decl(),
        crate::exchange::suppliers::RowError::decl(),
        crate::model::supplier::Certification::decl(),
        crate::model::supplier::Audit::decl(),
        crate::model::supplier::AuditKind::decl(),
        crate::model::chain::PurchasedItem::decl(),
        crate::model::chain::ChainLink::decl(),
        crate::model::chain::ItemKind::decl(),
        crate::model::chain::SoldItem::decl(),
        crate::mapping::ChainOverview::decl(),
        crate::mapping::ChainSummary::decl(),
        crate::mapping::CountryRisk::decl(),
        crate::mapping::RiskLevel::decl(),
        crate::mapping::Completeness::decl(),
        crate::mapping::Check::decl(),
        crate::suggestions::Suggestion::decl(),
        crate::suggestions::SuggestionKind::decl(),
        crate::suggestions::SuggestionDecision::decl(),
        crate::suggestions::SuggestionAnswer::decl(),
        crate::store::suggestion::AnswerInput::decl(),
        crate::reference::Fact::decl(),
        crate::model::policy::Department::decl(),
        crate::model::policy::DepartmentCode::decl(),
        crate::model::policy::PolicyVersion::decl(),
        crate::model::policy::PolicyElement::decl(),
        crate::model::policy::PolicyElementCode::decl(),
        crate::model::policy::PolicyCommunication::decl(),
        crate::model::policy::CommunicationKind::decl(),
        crate::model::policy::Audience::decl(),
        crate::model::policy::Preconditions::decl(),
        crate::store::policy::PolicyOverview::decl(),
        crate::store::policy::UncoveredRisk::decl(),
        crate::model::kpi::Kpi::decl(),
        crate::model::kpi::KpiMeasurement::decl(),
        crate::store::policy::KpiWithMeasurements::decl(),
        crate::model::action::Action::decl(),
        crate::model::action::MeasureType::decl(),
        crate::model::action::ActionStatus::decl(),
        crate::model::action::ActionUpdate::decl(),
        crate::model::action::Effectiveness::decl(),
        crate::model::action::EvidenceFile::decl(),
        crate::model::action::Practice::decl(),
        crate::model::action::PracticeCheck::decl(),
        crate::model::action::CapItem::decl(),
        crate::model::action::ContextEntry::decl(),
        crate::store::action::RiskPlan::decl(),
        crate::store::action::ActionWithProgress::decl(),
        crate::guidance::Advice::decl(),
        crate::reminders::Reminder::decl(),
        crate::reminders::ReminderKind::decl(),
        crate::reference::countries::Country::decl(),
        crate::reference::DataSource::decl(),
        crate::settings::AppSettings::decl(),
        crate::messages::Lang::decl(),
        crate::session::Startup::decl(),
    ];
    let mut out = String::from(
        "// Generated from the Rust types in src-tauri/core by `make bindings`. Do not edit.\n\n",
    );
    for d in decls {
        out.push_str("export ");
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
