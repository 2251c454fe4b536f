//! The Ketenkompas desktop shell: one window, the open dossier as state, and thin
//! commands (one module per domain) that parse, call the core and map errors to codes.

mod commands;
mod drop;
mod menu;
mod recent;
mod state;
mod updates;
mod window;

use std::path::PathBuf;

use tauri::Manager;

use state::AppState;

pub fn run() {
    ketenkompas::dossier::lock::set_program("app");
    let app = tauri::Builder::default()
        // First: a second launch hands over before anything else starts.
        .plugin(tauri_plugin_single_instance::init(window::handed_over))
        .plugin(
            tauri_plugin_window_state::Builder::default()
                .with_state_flags(window::flags())
                .skip_initial_state("main")
                .build(),
        )
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_updater::Builder::new().build())
        .setup(|app| {
            let config_dir = app.path().app_config_dir()?;
            let data_dir = app.path().app_data_dir()?;
            let state = AppState::new(config_dir, data_dir);
            let handle = app.handle().clone();
            let _ = state
                .system_recent
                .set(Box::new(move |p| recent::add(&handle, p)));
            // A dossier given on the command line (Windows and Linux file association,
            // or `ketenkompas-app path/to/file.kkdossier`).
            if let Some(arg) = std::env::args_os().nth(1) {
                state.open_at_start(PathBuf::from(arg));
            }
            app.manage(state);
            if let Some(w) = app.get_webview_window("main") {
                window::restore(&w);
            }
            menu::install(app.handle())?;
            app.on_menu_event(|app, event| menu::chosen(app, event.id().as_ref()));
            Ok(())
        })
        .on_window_event(|window, event| {
            use tauri::Emitter;
            if let tauri::WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) = event {
                // Reading and recognising the files takes time: not on the window's
                // own thread.
                let app = window.app_handle().clone();
                let paths = paths.clone();
                std::thread::spawn(move || {
                    let dropped = drop::handle(&app.state::<AppState>(), &paths);
                    let _ = app.emit("dropped", dropped);
                });
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::session::get_startup,
            commands::session::set_language,
            commands::session::set_annex_limit,
            commands::session::refresh_menu,
            commands::session::get_help,
            commands::update::check_for_update,
            commands::update::check_for_update_if_due,
            commands::update::install_update,
            commands::update::set_weekly_update_check,
            commands::supplier::preview_dropped_list,
            commands::dossier::new_dossier,
            commands::dossier::open_dossier,
            commands::dossier::open_recent,
            commands::dossier::open_handed,
            commands::dossier::open_sample,
            commands::dossier::save_copy,
            commands::dossier::close_dossier,
            commands::dossier::get_dossier_info,
            commands::dossier::export_dossier_json,
            commands::dossier::list_backups,
            commands::dossier::take_backup,
            commands::dossier::restore_backup,
            commands::company::get_company,
            commands::company::update_company,
            commands::company::list_countries,
            commands::company::list_sources,
            commands::company::list_support,
            commands::company::list_laws,
            commands::company::get_law_check,
            commands::company::save_law_answers,
            commands::company::get_file_limits,
            commands::year::add_year,
            commands::year::set_active_year,
            commands::stakeholder::list_stakeholders,
            commands::stakeholder::save_stakeholder,
            commands::stakeholder::delete_stakeholder,
            commands::stakeholder::list_engagements,
            commands::stakeholder::save_engagement,
            commands::stakeholder::delete_engagement,
            commands::grievance::list_communication_log,
            commands::grievance::save_communication_entry,
            commands::grievance::delete_communication_entry,
            commands::grievance::get_grievance_mechanism,
            commands::grievance::save_grievance_mechanism,
            commands::grievance::check_mechanism,
            commands::grievance::list_grievances,
            commands::grievance::get_grievance,
            commands::grievance::save_grievance,
            commands::grievance::advance_grievance,
            commands::grievance::delete_grievance,
            commands::grievance::list_remedies,
            commands::grievance::list_impacts_for_remedy,
            commands::grievance::save_remedy,
            commands::grievance::delete_remedy,
            commands::report::preview_report,
            commands::report::report_annexes,
            commands::report::compare_years,
            commands::report::get_maturity,
            commands::report::save_maturity,
            commands::report::preview_pages,
            commands::report::report_claims,
            commands::report::save_report,
            commands::report::export_register,
            commands::report::open_saved_report,
            commands::report::get_year_review,
            commands::report::save_year_review,
            commands::report::close_year,
            commands::dashboard::get_dashboard,
            commands::dashboard::search_dossier,
            commands::dossier::delete_preview,
            commands::risk::get_risk_register,
            commands::risk::list_risk_titles,
            commands::risk::save_risk,
            commands::risk::delete_risk,
            commands::supplier::list_suppliers,
            commands::supplier::save_supplier,
            commands::supplier::delete_supplier,
            commands::supplier::list_certifications,
            commands::supplier::save_certification,
            commands::supplier::delete_certification,
            commands::supplier::list_audits,
            commands::supplier::list_all_audits,
            commands::supplier::save_audit,
            commands::supplier::delete_audit,
            commands::supplier::supplier_follow_up,
            commands::supplier::save_agreement_check,
            commands::supplier::delete_agreement_check,
            commands::supplier::preview_supplier_import,
            commands::supplier::commit_supplier_import,
            commands::supplier::discard_supplier_import,
            commands::survey::survey_view,
            commands::survey::survey_questions,
            commands::survey::survey_candidates,
            commands::survey::survey_languages,
            commands::survey::create_survey,
            commands::survey::add_survey_file,
            commands::survey::preview_survey_import,
            commands::survey::commit_survey_import,
            commands::survey::discard_survey_import,
            commands::survey::remind_survey,
            commands::policy::list_departments,
            commands::policy::save_departments,
            commands::policy::get_policy,
            commands::policy::save_policy_version,
            commands::policy::new_policy_version,
            commands::policy::delete_policy_version,
            commands::policy::list_policy_communications,
            commands::policy::save_policy_communication,
            commands::policy::delete_policy_communication,
            commands::policy::get_preconditions,
            commands::policy::save_preconditions,
            commands::policy::set_code_of_conduct,
            commands::policy::list_kpis,
            commands::policy::save_kpi,
            commands::policy::delete_kpi,
            commands::policy::save_measurement,
            commands::policy::delete_measurement,
            commands::action::get_action_plans,
            commands::action::check_plan,
            commands::action::save_action,
            commands::action::delete_action,
            commands::action::save_action_update,
            commands::action::delete_action_update,
            commands::action::add_evidence,
            commands::action::save_evidence_as,
            commands::action::delete_evidence,
            commands::action::list_practices,
            commands::action::save_practices,
            commands::action::list_cap_items,
            commands::action::save_cap_item,
            commands::action::delete_cap_item,
            commands::action::list_context,
            commands::action::save_context_entry,
            commands::action::delete_context_entry,
            commands::action::get_reminders,
            commands::action::get_reminder_counts,
            commands::chain::get_chain,
            commands::chain::save_purchased_item,
            commands::chain::delete_purchased_item,
            commands::chain::save_sold_item,
            commands::chain::delete_sold_item,
            commands::chain::list_reference_goods,
            commands::chain::get_suggestions,
            commands::chain::answer_suggestion,
            commands::chain::answer_suggestions,
            commands::chain::reopen_suggestion,
        ])
        .build(tauri::generate_context!());
    let app = match app {
        Ok(app) => app,
        Err(e) => {
            eprintln!("Ketenkompas could not start: {e}");
            std::process::exit(2);
        }
    };
    app.run(on_event);
}

fn on_event(handle: &tauri::AppHandle, event: tauri::RunEvent) {
    match event {
        // The dossier is closed before the process ends (Tauri does not drop its
        // state): SQLite finishes its log and the lock files go (ADR 0021).
        tauri::RunEvent::Exit => {
            let closed = state::lock(&handle.state::<AppState>().dossier).take();
            drop(closed);
        }
        // macOS delivers a double-clicked dossier as an event, not as an argument.
        #[cfg(target_os = "macos")]
        tauri::RunEvent::Opened { urls } => {
            if let Some(path) = urls.iter().find_map(|u| u.to_file_path().ok()) {
                window::hand(handle, path);
            }
        }
        _ => {}
    }
}
