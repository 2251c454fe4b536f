//! The questions, in the order of the workbook. Their texts and the reason each is asked
//! are in the message files; here is what the program needs: the kind of answer, the
//! theme it counts for and which answer points to good practice.

use super::{AnswerKind, Good, Question, SurveySection};
use crate::model::risk::Theme;

const fn q(
    id: &'static str,
    section: SurveySection,
    theme: Option<Theme>,
    kind: AnswerKind,
    good: Good,
) -> Question {
    Question {
        id,
        section,
        theme,
        kind,
        choices: &[],
        good,
        when_yes: None,
    }
}

const fn yes_good(id: &'static str, theme: Theme) -> Question {
    q(
        id,
        SurveySection::Themes,
        Some(theme),
        AnswerKind::YesNo,
        Good::Yes,
    )
}

const fn no_good(id: &'static str, theme: Theme) -> Question {
    q(
        id,
        SurveySection::Themes,
        Some(theme),
        AnswerKind::YesNo,
        Good::No,
    )
}

const fn info(id: &'static str, section: SurveySection, kind: AnswerKind) -> Question {
    q(id, section, None, kind, Good::None)
}

/// The general minimum age for work of ILO Convention 138 (Art. 2(3); Art. 2(4) lets a
/// less developed economy start at 14).
pub const MINIMUM_AGE: f64 = 15.0;
/// The most hours in seven days, overtime included, that the ETI Base Code allows outside
/// exceptional circumstances (clause 6.4; read at ethicaltrade.org on 2026-12-07).
pub const MOST_WEEKLY_HOURS: f64 = 60.0;

use SurveySection::{Company, Grievances, OwnSuppliers, Themes};

pub const QUESTIONS: &[Question] = &[
    // The company.
    info("workers", Company, AnswerKind::Number),
    info("temporary_share", Company, AnswerKind::Percent),
    info("migrant_share", Company, AnswerKind::Percent),
    Question {
        good: Good::No,
        theme: Some(Theme::LivingWage),
        ..info("subcontracting", Company, AnswerKind::YesNo)
    },
    Question {
        theme: Some(Theme::ForcedLabour),
        ..info("home_work", Company, AnswerKind::YesNo)
    },
    Question {
        good: Good::Yes,
        theme: Some(Theme::ChildLabour),
        when_yes: Some("home_work"),
        ..info("home_work_oversight", Company, AnswerKind::YesNo)
    },
    info("certifications", Company, AnswerKind::Text),
    Question {
        choices: &["smeta", "amfori_bsci", "sa8000", "other_audit", "no_audit"],
        ..info("audit_scheme", Company, AnswerKind::Choice)
    },
    info("last_audit", Company, AnswerKind::Date),
    // The core themes.
    yes_good("discrimination_policy", Theme::DiscriminationGender),
    yes_good("harassment_procedure", Theme::DiscriminationGender),
    info("women_supervisors", Themes, AnswerKind::Percent),
    yes_good("age_check", Theme::ChildLabour),
    q(
        "youngest_age",
        Themes,
        Some(Theme::ChildLabour),
        AnswerKind::Number,
        Good::AtLeast(MINIMUM_AGE),
    ),
    no_good("documents_held", Theme::ForcedLabour),
    no_good("recruitment_fees", Theme::ForcedLabour),
    yes_good("free_to_leave", Theme::ForcedLabour),
    yes_good("worker_representation", Theme::FreedomOfAssociation),
    yes_good("collective_agreement", Theme::FreedomOfAssociation),
    q(
        "lowest_wage",
        Themes,
        Some(Theme::LivingWage),
        AnswerKind::Number,
        Good::NotBelow("minimum_wage"),
    ),
    q(
        "minimum_wage",
        Themes,
        Some(Theme::LivingWage),
        AnswerKind::Number,
        Good::None,
    ),
    yes_good("paid_on_time", Theme::LivingWage),
    q(
        "weekly_hours",
        Themes,
        Some(Theme::HealthSafety),
        AnswerKind::Number,
        Good::AtMost(MOST_WEEKLY_HOURS),
    ),
    yes_good("safety_committee", Theme::HealthSafety),
    q(
        "last_fire_drill",
        Themes,
        Some(Theme::HealthSafety),
        AnswerKind::Date,
        Good::None,
    ),
    q(
        "lost_time_accidents",
        Themes,
        Some(Theme::HealthSafety),
        AnswerKind::Number,
        Good::None,
    ),
    yes_good("material_origin_known", Theme::RawMaterials),
    info("material_origin", Themes, AnswerKind::Text),
    yes_good("chemicals_list", Theme::WaterChemicalsEnergy),
    yes_good("wastewater_treated", Theme::WaterChemicalsEnergy),
    yes_good("energy_measured", Theme::Climate),
    info("renewable_share", Themes, AnswerKind::Percent),
    Question {
        theme: Some(Theme::AnimalWelfare),
        ..info("animal_materials", Themes, AnswerKind::YesNo)
    },
    Question {
        good: Good::Yes,
        theme: Some(Theme::AnimalWelfare),
        when_yes: Some("animal_materials"),
        ..info("animal_standard", Themes, AnswerKind::YesNo)
    },
    // The supplier's own grievance mechanism.
    Question {
        good: Good::Yes,
        ..info("grievance_mechanism", Grievances, AnswerKind::YesNo)
    },
    Question {
        good: Good::Yes,
        when_yes: Some("grievance_mechanism"),
        ..info("grievance_anonymous", Grievances, AnswerKind::YesNo)
    },
    info("grievances_received", Grievances, AnswerKind::Number),
    // The supplier's own suppliers.
    Question {
        good: Good::Yes,
        ..info("own_code_of_conduct", OwnSuppliers, AnswerKind::YesNo)
    },
    Question {
        good: Good::Yes,
        ..info("own_suppliers_known", OwnSuppliers, AnswerKind::YesNo)
    },
    info("own_suppliers_countries", OwnSuppliers, AnswerKind::Text),
];
