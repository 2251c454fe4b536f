// Generated from the Rust types in src-tauri/core by `make bindings`. Do not edit.

export type ErrorPayload = { code: string, params: { [key in string]?: string }, };

export type CompanyProfile = { name: string, 
/**
 * Dutch Chamber of Commerce number: eight digits.
 */
kvk_number: string | null, sectors: Array<string>, employees: number | null, 
/**
 * Annual turnover in whole euros.
 */
annual_turnover_eur: number | null, 
/**
 * Countries where the company itself operates, ISO 3166-1 alpha-2.
 */
countries: Array<string>, contact_name: string | null, contact_email: string | null, contact_phone: string | null, 
/**
 * What the company does, in a few sentences.
 */
description: string | null, };

export type SizeClass = "micro" | "small" | "medium" | "large";

export type ReportingYear = { year: number, status: YearStatus, };

export type YearStatus = "open" | "closed";

export type DossierInfo = { path: string, company_name: string, schema_version: number, years: Array<ReportingYear>, active_year: number | null, 
/**
 * Rows per register, in a fixed order.
 */
registers: Array<RegisterCount>, };

export type RegisterCount = { register: string, rows: number, };

export type Dashboard = { profile: ProfileStatus, active_year: number | null, steps: Array<StepStatus>, 
/**
 * The one thing we suggest doing next.
 */
next: Finding | null, };

export type ProfileStatus = { complete: boolean, 
/**
 * Field names (`company.sectors`, …) that a complete profile would have.
 */
missing_fields: Array<string>, size_class: SizeClass | null, };

export type StepState = "not_started" | "in_progress" | "done";

export type StepStatus = { 
/**
 * 1 to 6.
 */
step: number, state: StepState, done: Array<Finding>, missing: Array<Finding>, overdue: Array<Finding>, };

export type Finding = { code: string, count: number | null, };

export type Country = { alpha2: string, alpha3: string, name_nl: string, name_en: string, };

export type DataSource = { id: string, publisher: string, 
/**
 * Publication year of the edition shipped; `None` for a continuously kept list.
 */
year: number | null, licence: string, };

export type AppSettings = { language: Language, 
/**
 * Paths of recently opened dossiers, most recent first.
 */
recent: Array<string>, };

export type Language = "nl" | "en";

export type Startup = { settings: AppSettings, dossier: DossierInfo | null, open_error: ErrorPayload | null, };
