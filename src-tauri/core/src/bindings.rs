//! The TypeScript declarations of every type that crosses to the user interface, and the
//! values the forms offer. `ui/src/lib/ipc/bindings.ts` is [`typescript`] and
//! `ui/src/lib/ipc/vocab.ts` is [`vocabularies`]; a test fails when either differs from
//! the committed file (regenerate with `make bindings`).

use ts_rs::TS;

/// One `export type …` per type, in a fixed order.
pub fn typescript() -> String {
    let decls = [
        dossier_and_risks(),
        chain_and_policy(),
        actions_and_session(),
        people_and_reports(),
    ]
    .concat();
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

/// The declarations of the dossier, its years, the dashboard and the risks.
fn dossier_and_risks() -> Vec<String> {
    vec![
        crate::error::ErrorPayload::decl(),
        crate::model::CompanyProfile::decl(),
        crate::model::SizeClass::decl(),
        crate::model::ReportingYear::decl(),
        crate::model::YearStatus::decl(),
        crate::dossier::DossierInfo::decl(),
        crate::dossier::InUseBy::decl(),
        crate::menu::MenuCommand::decl(),
        crate::menu::Shortcut::decl(),
        crate::menu::HelpInfo::decl(),
        crate::updates::UpdateCheck::decl(),
        crate::exchange::dropped::Dropped::decl(),
        crate::dossier::RegisterCount::decl(),
        crate::dossier::backup::BackupEntry::decl(),
        crate::dossier::backup::BackupList::decl(),
        crate::dashboard::Dashboard::decl(),
        crate::dashboard::ProfileStatus::decl(),
        crate::dashboard::StepState::decl(),
        crate::dashboard::StepStatus::decl(),
        crate::dashboard::Finding::decl(),
        crate::dashboard::Place::decl(),
        crate::dashboard::FirstYearRoute::decl(),
        crate::dashboard::RouteStage::decl(),
        crate::model::risk::Risk::decl(),
        crate::model::risk::Assessment::decl(),
        crate::model::risk::RankOverride::decl(),
        crate::model::risk::Theme::decl(),
        crate::model::risk::Location::decl(),
        crate::model::risk::AffectedGroup::decl(),
        crate::model::risk::InformationSource::decl(),
        crate::model::risk::Involvement::decl(),
        crate::model::risk::Decision::decl(),
        crate::decisions::Confirmation::decl(),
        crate::decisions::DecisionWarning::decl(),
        crate::views::risk_register::RiskRegister::decl(),
        crate::views::risk_register::RiskRow::decl(),
        crate::views::risk_register::RiskTitle::decl(),
        crate::prioritisation::Ranked::decl(),
        crate::prioritisation::Dimension::decl(),
        crate::prioritisation::TieBreak::decl(),
        crate::prioritisation::HeatMap::decl(),
    ]
}

/// The declarations of suppliers, chains, suggestions, the policy and KPIs.
fn chain_and_policy() -> Vec<String> {
    vec![
        crate::model::supplier::Supplier::decl(),
        crate::model::supplier::WorkerCount::decl(),
        crate::model::supplier::CodeOfConduct::decl(),
        crate::exchange::suppliers::ImportReport::decl(),
        crate::exchange::limits::FileLimits::decl(),
        crate::exchange::suppliers::ImportRow::decl(),
        crate::exchange::suppliers::RowOutcome::decl(),
        crate::exchange::suppliers::RowError::decl(),
        crate::model::supplier::Certification::decl(),
        crate::views::monitoring::CertificationRow::decl(),
        crate::views::monitoring::CapItemRow::decl(),
        crate::model::supplier::Audit::decl(),
        crate::model::supplier::AuditKind::decl(),
        crate::model::supplier::AuditScheme::decl(),
        crate::model::supplier::AuditResult::decl(),
        crate::model::follow_up::AgreementCheck::decl(),
        crate::model::follow_up::Compliance::decl(),
        crate::trends::Trend::decl(),
        crate::trends::YearScore::decl(),
        crate::trends::AgreementYear::decl(),
        crate::views::monitoring::SupplierFollowUp::decl(),
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
        crate::mapping::ReferenceGood::decl(),
        crate::views::search::SearchHit::decl(),
        crate::views::search::SearchResult::decl(),
        crate::suggestions::SuggestionKind::decl(),
        crate::suggestions::SuggestionDecision::decl(),
        crate::suggestions::SuggestionAnswer::decl(),
        crate::views::risk_suggestions::AnswerInput::decl(),
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
        crate::store::kpi::KpiWithMeasurements::decl(),
    ]
}

/// The declarations of actions, reminders, settings and the session.
fn actions_and_session() -> Vec<String> {
    vec![
        crate::model::action::Action::decl(),
        crate::model::action::ExitPlan::decl(),
        crate::model::action::MeasureType::decl(),
        crate::model::action::ActionStatus::decl(),
        crate::model::action::ActionUpdate::decl(),
        crate::model::action::Effectiveness::decl(),
        crate::model::action::EvidenceFile::decl(),
        crate::model::action::Practice::decl(),
        crate::model::action::PracticeCheck::decl(),
        crate::model::action::CapItem::decl(),
        crate::model::action::ContextEntry::decl(),
        crate::views::action_plans::RiskPlan::decl(),
        crate::views::action_plans::ActionWithProgress::decl(),
        crate::guidance::Advice::decl(),
        crate::guidance::PlannedMeasure::decl(),
        crate::guidance::Escalation::decl(),
        crate::guidance::EscalationStep::decl(),
        crate::reminders::Reminder::decl(),
        crate::reminders::ReminderCount::decl(),
        crate::reminders::ReminderKind::decl(),
        crate::reference::countries::Country::decl(),
        crate::reference::DataSource::decl(),
        crate::store::cascade::GoesAlong::decl(),
        crate::reference::support::SupportOffice::decl(),
        crate::settings::AppSettings::decl(),
        crate::messages::Lang::decl(),
        crate::session::Startup::decl(),
    ]
}

/// The declarations of stakeholders, grievances, remedies, reports and exports.
fn people_and_reports() -> Vec<String> {
    vec![
        crate::model::year::YearReview::decl(),
        crate::model::stakeholder::Stakeholder::decl(),
        crate::model::stakeholder::StakeholderKind::decl(),
        crate::model::stakeholder::Influence::decl(),
        crate::model::stakeholder::Engagement::decl(),
        crate::model::communication::CommunicationEntry::decl(),
        crate::model::communication::Channel::decl(),
        crate::model::communication::SharedReport::decl(),
        crate::model::grievance::Grievance::decl(),
        crate::model::grievance::GrievanceSummary::decl(),
        crate::model::grievance::GrievanceChannel::decl(),
        crate::model::grievance::Reporter::decl(),
        crate::model::grievance::GrievanceStatus::decl(),
        crate::model::grievance::GrievanceDecision::decl(),
        crate::model::grievance::GrievanceDeadline::decl(),
        crate::model::grievance::GrievanceMechanism::decl(),
        crate::model::grievance::CriterionCheck::decl(),
        crate::model::grievance::Criterion::decl(),
        crate::model::grievance::CriterionAssessment::decl(),
        crate::model::grievance::Ungp31::decl(),
        crate::remediation::Ungp31Coverage::decl(),
        crate::model::grievance::Remedy::decl(),
        crate::model::grievance::RemedyForm::decl(),
        crate::model::grievance::RemedyStatus::decl(),
        crate::remediation::RemedyRole::decl(),
        crate::remediation::ImpactForRemedy::decl(),
        crate::reference::laws::Law::decl(),
        crate::laws::Verdict::decl(),
        crate::laws::Question::decl(),
        crate::laws::LawAnswer::decl(),
        crate::laws::LawVerdict::decl(),
        crate::views::laws::LawLine::decl(),
        crate::views::laws::LawCheck::decl(),
        crate::report::ReportKind::decl(),
        crate::report::ReportFormat::decl(),
        crate::report::annex::Annex::decl(),
        crate::report::annex::ReportOptions::decl(),
        crate::report::annex::AnnexSize::decl(),
        crate::report::annex::AnnexOffer::decl(),
        crate::report::compare::Comparison::decl(),
        crate::report::compare::FigurePair::decl(),
        crate::report::compare::Changes::decl(),
        crate::report::compare::Score::decl(),
        crate::report::compare::Direction::decl(),
        crate::report::compare::RiskChange::decl(),
        crate::report::compare::MeasureChange::decl(),
        crate::report::compare::KpiChange::decl(),
        crate::report::compare::MaturityPair::decl(),
        crate::maturity::Check::decl(),
        crate::maturity::Suggestion::decl(),
        crate::maturity::Assessment::decl(),
        crate::report::maturity::MaturityLine::decl(),
        crate::report::maturity::YearLevels::decl(),
        crate::report::maturity::MaturityView::decl(),
        crate::survey::AnswerKind::decl(),
        crate::survey::SurveySection::decl(),
        crate::survey::QuestionInfo::decl(),
        crate::survey::Yn::decl(),
        crate::survey::Value::decl(),
        crate::survey::RequestStatus::decl(),
        crate::survey::SurveyRound::decl(),
        crate::survey::ThemeScore::decl(),
        crate::survey::RedFlag::decl(),
        crate::views::survey::RequestView::decl(),
        crate::views::monitoring::QuestionnaireYear::decl(),
        crate::views::survey::SurveyView::decl(),
        crate::exchange::survey::ReadAnswer::decl(),
        crate::exchange::survey::FileOutcome::decl(),
        crate::exchange::survey::FileRead::decl(),
        crate::exchange::survey::SurveyImport::decl(),
        crate::survey::SurveyLanguageInfo::decl(),
        crate::views::survey::SurveyCandidate::decl(),
        crate::views::survey::RiskFilter::decl(),
        crate::exchange::Register::decl(),
        crate::exchange::TableFormat::decl(),
        crate::report::layout::Laid::decl(),
        crate::report::layout::Outline::decl(),
        crate::report::layout::Page::decl(),
        crate::report::layout::Item::decl(),
        crate::report::layout::Placed::decl(),
        crate::report::claims::Claim::decl(),
        crate::report::claims::ClaimPlace::decl(),
        crate::report::claims::ClaimReason::decl(),
    ]
}

/// Every value of each closed list and the longest text of every field, as TypeScript
/// constants: the forms offer exactly what the core accepts.
pub fn vocabularies() -> String {
    use crate::model::{action, chain, communication, grievance, policy, risk};
    use crate::model::{stakeholder, supplier};
    let mut lists: Vec<(String, Vec<String>)> = Vec::new();
    fn add<T: TS + serde::Serialize>(lists: &mut Vec<(String, Vec<String>)>, all: &[T]) {
        let codes = all
            .iter()
            .map(|v| serde_json::to_string(v).unwrap_or_default())
            .collect();
        lists.push((T::name(), codes));
    }
    add(&mut lists, action::MeasureType::ALL);
    add(&mut lists, action::ActionStatus::ALL);
    add(&mut lists, action::Effectiveness::ALL);
    add(&mut lists, action::Practice::ALL);
    add(&mut lists, crate::guidance::EscalationStep::ALL);
    add(&mut lists, chain::ItemKind::ALL);
    add(&mut lists, communication::Channel::ALL);
    add(&mut lists, communication::SharedReport::ALL);
    add(&mut lists, grievance::GrievanceChannel::ALL);
    add(&mut lists, grievance::Reporter::ALL);
    add(&mut lists, grievance::GrievanceStatus::ALL);
    add(&mut lists, grievance::GrievanceDecision::ALL);
    add(&mut lists, grievance::GrievanceDeadline::ALL);
    add(&mut lists, grievance::Criterion::ALL);
    add(&mut lists, grievance::CriterionAssessment::ALL);
    add(&mut lists, grievance::Ungp31::ALL);
    add(&mut lists, grievance::RemedyRole::ALL);
    add(&mut lists, grievance::RemedyForm::ALL);
    add(&mut lists, grievance::RemedyStatus::ALL);
    add(&mut lists, policy::DepartmentCode::ALL);
    add(&mut lists, policy::PolicyElementCode::ALL);
    add(&mut lists, policy::CommunicationKind::ALL);
    add(&mut lists, policy::Audience::ALL);
    add(&mut lists, risk::Theme::ALL);
    add(&mut lists, risk::Location::ALL);
    add(&mut lists, risk::AffectedGroup::ALL);
    add(&mut lists, risk::InformationSource::ALL);
    add(&mut lists, risk::Involvement::ALL);
    add(&mut lists, risk::Decision::ALL);
    add(&mut lists, crate::decisions::Confirmation::ALL);
    add(&mut lists, crate::decisions::DecisionWarning::ALL);
    add(&mut lists, stakeholder::StakeholderKind::ALL);
    add(&mut lists, stakeholder::Influence::ALL);
    add(&mut lists, supplier::CodeOfConduct::ALL);
    add(&mut lists, supplier::AuditKind::ALL);
    add(&mut lists, supplier::AuditScheme::ALL);
    add(&mut lists, supplier::AuditResult::ALL);
    add(&mut lists, crate::model::follow_up::Compliance::ALL);
    add(&mut lists, crate::suggestions::SuggestionAnswer::ALL);
    add(&mut lists, crate::survey::RequestStatus::ALL);
    add(&mut lists, crate::views::survey::RiskFilter::ALL);
    add(&mut lists, crate::menu::MenuCommand::ALL);
    add(&mut lists, &crate::report::ReportKind::ALL);
    add(&mut lists, &crate::report::annex::Annex::ALL);
    add(&mut lists, &crate::messages::Lang::ALL);
    add(&mut lists, &crate::exchange::Register::ALL);
    let mut out = String::from(
        "// Generated from the Rust vocabularies and field limits in src-tauri/core by `make bindings`. Do not edit.\n\n",
    );
    let names: Vec<&str> = lists.iter().map(|(n, _)| n.as_str()).collect();
    out.push_str(&format!(
        "import type {{ {} }} from \"./bindings\";\n\n",
        names.join(", ")
    ));
    out.push_str("/** Every value of each closed list, in the order the core defines them. */\n");
    out.push_str("export const vocab = {\n");
    for (name, codes) in &lists {
        out.push_str(&format!(
            "  {name}: [{}] as readonly {name}[],\n",
            codes.join(", ")
        ));
    }
    out.push_str("} as const;\n\n");
    let codes = |v: Vec<String>| v.join(", ");
    out.push_str(&format!(
        "/** The groups that call for special attention (`AffectedGroup::is_vulnerable`). */\nexport const vulnerableGroups: readonly AffectedGroup[] = [{}];\n\n",
        codes(risk::AffectedGroup::ALL
            .iter()
            .filter(|g| g.is_vulnerable())
            .map(|g| format!("\"{}\"", g.as_str()))
            .collect())
    ));
    out.push_str(&format!(
        "/** The themes a policy covers (`policy_themes`). */\nexport const policyThemes: readonly Theme[] = [{}];\n\n",
        codes(policy::policy_themes()
            .iter()
            .map(|t| format!("\"{}\"", t.as_str()))
            .collect())
    ));
    out.push_str(
        "/** The tabs of steps 1 to 6, in their order (`dashboard::place::TABS`). */\nexport const stepTabs: Record<number, readonly string[]> = {\n",
    );
    for (i, tabs) in crate::dashboard::place::TABS.iter().enumerate() {
        let list: Vec<String> = tabs.iter().map(|t| format!("\"{t}\"")).collect();
        out.push_str(&format!("  {}: [{}],\n", i + 1, list.join(", ")));
    }
    out.push_str("};\n\n");
    out.push_str("/** The most characters each text field takes (`model/limits.rs`). */\n");
    out.push_str("export const maxLength = {\n");
    for f in crate::model::limits::ALL {
        out.push_str(&format!("  \"{}\": {},\n", f.key, f.max));
    }
    out.push_str("} as const;\n");
    out
}
