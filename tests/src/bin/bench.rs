//! `make bench`: times the operations that have a speed target, on generated dossiers of
//! the sizes S, M, L and XL (`tests/src/large.rs`), in a release build. Prints Markdown
//! tables for docs/PERFORMANCE.md. Every run checks its result, so a fast wrong answer
//! fails instead of counting.

// Test support: a failed expectation here is a failed test, so it may panic.
#![allow(clippy::expect_used, clippy::panic)]

use std::time::{Duration, Instant};

use ketenkompas::exchange::{json, suppliers};
use ketenkompas::messages::Lang;
use ketenkompas::prioritisation::{rank, Assessed};
use ketenkompas::report::{self, ReportFormat, ReportKind, ReportOptions};
use ketenkompas::Dossier;
use ketenkompas_tests::large::{self, thousands, Lcg, Size};

fn supplier_csv(rows: usize) -> String {
    let mut g = Lcg(7);
    let countries = [
        "Bangladesh",
        "BGD",
        "Turkije",
        "India",
        "IN",
        "Viet Nam",
        "Portugal",
        "pk",
    ];
    let products = ["Werkbroeken", "Jassen", "Garen", "Stof", "Handschoenen"];
    let mut out =
        String::from("naam;land;adres;producten;aantal werknemers;breedtegraad;lengtegraad\n");
    for i in 0..rows {
        let workers = match g.draw() % 3 {
            0 => format!("{}", 20 + g.draw() % 2000),
            1 => format!("{}-{}", 100, 100 + g.draw() % 900),
            _ => "1000+".to_string(),
        };
        out.push_str(&format!(
            "Fabriek {i} Ltd.;{};Straat {}, Stad {};{};{};{},{};{},{}\n",
            g.pick(&countries),
            g.draw() % 500,
            i,
            g.pick(&products),
            workers,
            g.draw() % 60,
            g.draw() % 1000,
            g.draw() % 120,
            g.draw() % 1000,
        ));
    }
    out
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T, check: impl Fn(&T)) -> Duration {
    let mut times = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        let out = f();
        times.push(start.elapsed());
        check(&out);
    }
    median(times)
}

struct Line {
    operation: String,
    size: String,
    target: &'static str,
    median: Duration,
    runs: usize,
}

fn print(lines: &[Line]) {
    println!("| operation | size | target | median | runs |");
    println!("|---|---|---|---|---|");
    for l in lines {
        println!(
            "| {} | {} | {} | {} | {} |",
            l.operation,
            l.size,
            l.target,
            ms(l.median),
            l.runs
        );
    }
}

/// Peak resident memory of this process so far, from /proc (Linux only).
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

const TODAY: &str = "2026-11-23";
const NOW: &str = "2026-12-31T12:00:00Z";

/// `ketenkompas-bench refuse <file>`: reads `file` as the CLI reads a supplier list and
/// previews it against an empty dossier; prints the outcome and this process's peak
/// memory. Run as a child process per input by [`hostile_inputs`].
fn refuse_one(path: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = Dossier::create(&dir.path().join("d.kkdossier"), "Bench", 2026).expect("dossier");
    let outcome = ketenkompas::exchange::limits::read_file(
        std::path::Path::new(path),
        ketenkompas::exchange::limits::FILE_BYTES,
    )
    .and_then(|bytes| suppliers::preview(&d, &bytes));
    let said = match outcome {
        Ok(r) => format!("read: {} new rows", r.new),
        Err(e) => match e.params().get("field") {
            Some(f) => format!("refused: {} ({f})", e.code()),
            None => format!("refused: {}", e.code()),
        },
    };
    println!("{said}");
    println!("{:.0}", peak_rss_mb().unwrap_or(-1.0));
}

/// Peak memory and time of reading each file of `ketenkompas_tests::hostile` (and a
/// 3 GB file), each in a fresh process of its own.
fn hostile_inputs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut inputs = ketenkompas_tests::hostile::all();
    inputs.push(("bestand van 3 GB (sparse)", Vec::new()));
    println!("| input | on disk | outcome | peak memory | time |");
    println!("|---|---|---|---|---|");
    for (i, (name, bytes)) in inputs.into_iter().enumerate() {
        let path = dir.path().join(format!("input-{i}"));
        if bytes.is_empty() {
            std::fs::File::create(&path)
                .expect("create")
                .set_len(3 * 1024 * 1024 * 1024)
                .expect("set_len");
        } else {
            std::fs::write(&path, &bytes).expect("write");
        }
        let size = std::fs::metadata(&path).expect("size").len();
        let start = Instant::now();
        let out = std::process::Command::new(std::env::current_exe().expect("exe"))
            .arg("refuse")
            .arg(&path)
            .output()
            .expect("child");
        let took = start.elapsed();
        let text = String::from_utf8_lossy(&out.stdout);
        let mut lines = text.lines();
        let (outcome, peak) = (
            lines.next().unwrap_or("crashed"),
            lines.next().unwrap_or("?"),
        );
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let peak_mb: f64 = peak.parse().unwrap_or(f64::MAX);
        assert!(peak_mb < 300.0, "{name}: {peak_mb} MB");
        println!(
            "| {name} | {} | {outcome} | {peak} MB | {} |",
            if size >= 1024 * 1024 {
                format!("{:.1} MB", size as f64 / 1048576.0)
            } else {
                format!("{:.1} KB", size as f64 / 1024.0)
            },
            ms(took)
        );
    }
}

/// A questionnaire round of 1,000 suppliers: the workbooks written, filled in as
/// suppliers do (loosely, one answer unreadable), and all 1,000 read back and stored.
fn survey_round(dir: &std::path::Path, lines: &mut Vec<Line>) {
    use ketenkompas::exchange::survey;
    const N: usize = 1_000;
    let mut d = Dossier::create(&dir.join("survey.kkdossier"), "Bench", 2026).expect("dossier");
    suppliers::import(&mut d, supplier_csv(N).as_bytes(), false).expect("suppliers");
    let asked: Vec<(i64, String)> = d
        .suppliers()
        .expect("suppliers")
        .iter()
        .map(|s| (s.id, "nl".to_string()))
        .collect();
    let today = ketenkompas::model::date::today();
    let due = ketenkompas::model::date::add_days(&today, 42).expect("due");
    let mut books = Vec::new();
    let create = time(
        1,
        || {
            books = survey::create(&mut d, 2026, &due, &today, &asked).expect("create");
            books.len()
        },
        |n| assert_eq!(*n, N),
    );
    lines.push(Line {
        operation: "questionnaire round: write a workbook per supplier".into(),
        size: format!("{} suppliers", thousands(N)),
        target: "",
        median: create,
        runs: 1,
    });
    let answers = [
        ("workers", "1.200", ""),
        ("temporary_share", "12,5%", ""),
        ("home_work", "Ja", "in het seizoen"),
        ("home_work_oversight", "x", ""),
        ("grievance_mechanism", "nee", ""),
        ("lowest_wage", "11.000", ""),
        ("minimum_wage", "12.500", ""),
        ("last_audit", "31-12-2025", ""),
        ("documents_held", "nee", ""),
        ("weekly_hours", "ongeveer zestig", ""),
    ];
    let files: Vec<(String, Vec<u8>)> = books
        .iter()
        .map(|b| {
            (
                b.file_name.clone(),
                ketenkompas_tests::survey::fill(&b.bytes, &answers),
            )
        })
        .collect();
    let mb = files.iter().map(|(_, b)| b.len()).sum::<usize>() as f64 / 1e6;
    // Each run reads into its own copy of the dossier, made beforehand, so that every
    // run stores everything.
    let doc = json::export(&d).expect("export");
    let copies: Vec<std::path::PathBuf> = (0..3)
        .map(|i| {
            let copy = dir.join(format!("survey-{i}.kkdossier"));
            drop(json::import_new(&copy, &doc).expect("copy"));
            copy
        })
        .collect();
    let mut run = 0;
    let read = time(
        3,
        || {
            let mut c = Dossier::open(&copies[run]).expect("copy");
            run += 1;
            let report = survey::import(&mut c, &files, &today).expect("read back");
            (
                report.read,
                c.survey_answers(Some(2026)).expect("answers").len(),
            )
        },
        |(read, stored)| assert_eq!((*read as usize, *stored), (N, N * answers.len())),
    );
    lines.push(Line {
        operation: format!("read back and store returned questionnaires ({mb:.1} MB of workbooks)"),
        size: format!("{} workbooks", thousands(N)),
        target: "< 10 s",
        median: read,
        runs: 3,
    });
}

fn main() {
    // `ketenkompas-bench write XL path`: only write a generated dossier (for the app's
    // own benchmark, tests/e2e/bench-app.mjs).
    // The arguments after the program's own name.
    let args: Vec<String> = std::env::args().collect();
    let args = args.get(1..).unwrap_or_default().to_vec();
    match args.first().map(String::as_str) {
        Some("refuse") => {
            refuse_one(args.get(1).expect("usage: ketenkompas-bench refuse <file>"));
            return;
        }
        Some("hostile") => {
            hostile_inputs();
            return;
        }
        Some("survey") => {
            let dir = tempfile::tempdir().expect("temp dir");
            let mut lines = Vec::new();
            survey_round(dir.path(), &mut lines);
            print(&lines);
            return;
        }
        _ => {}
    }
    if args.first().map(String::as_str) == Some("write") {
        let (Some(name), Some(path)) = (args.get(1), args.get(2)) else {
            panic!("usage: ketenkompas-bench write S|M|L|XL <path>");
        };
        let (_, size) = Size::ALL
            .into_iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("unknown size {name}"));
        drop(large::create(std::path::Path::new(path), size, 2026));
        return;
    }
    let only: Option<String> = args.first().cloned();
    let mut lines = Vec::new();
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, size) in Size::ALL {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let label = format!("{name} ({})", size.describe());
        let path = dir.path().join(format!("{name}.kkdossier"));
        let doc = large::document(size, 2026);
        let start = Instant::now();
        drop(large::create(&path, size, 2026));
        eprintln!("{name}: generated and stored in {}", ms(start.elapsed()));
        let file_mb = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as f64 / 1e6;

        // With BENCH_PHASES set, where the time of the dashboard and the JSON goes.
        if std::env::var_os("BENCH_PHASES").is_some() {
            let t0 = Instant::now();
            let d = Dossier::open(&path).expect("open");
            let t1 = Instant::now();
            let _ = d.dashboard_on(TODAY).expect("dashboard");
            eprintln!(
                "{name}: open {}, dashboard {}",
                ms(t1 - t0),
                ms(t1.elapsed())
            );
            macro_rules! part {
                ($label:expr, $e:expr) => {{
                    let t = Instant::now();
                    let v = $e;
                    eprintln!("  {}: {}", $label, ms(t.elapsed()));
                    v
                }};
            }
            let _ = part!("risk_register", d.risk_register(Lang::Nl));
            let _ = part!("action_plans", d.action_plans(TODAY, Lang::Nl));
            let _ = part!("reminders", d.reminders(TODAY));
            let _ = part!("suppliers", d.suppliers());
            let _ = part!("kpis", d.kpis());
            let _ = part!("actions", d.actions());
            let _ = part!("grievance_summaries", d.grievance_summaries(TODAY));
            let _ = part!("chain_overview", d.chain_overview(TODAY));
            let _ = part!("suggestions", d.suggestions());
            let m = part!(
                "report model",
                report::model_of(&d, 2026, NOW).expect("model")
            );
            let doc = part!(
                "report document",
                report::document(ReportKind::Yearly, &m, Lang::Nl)
            );
            let fonts = report::fonts::Fonts::system().expect("fonts");
            let laid = part!("report layout", report::layout::layout(&doc, &fonts));
            eprintln!("  report pages: {}", laid.pages.len());
            let t2 = Instant::now();
            let text = json::to_text(&json::export(&d).expect("export"));
            let t3 = Instant::now();
            let back = json::parse(&text).expect("parse");
            let t4 = Instant::now();
            json::import_new(&dir.path().join("phases.kkdossier"), &back).expect("import");
            eprintln!(
                "{name}: export {}, parse {}, import {}",
                ms(t3 - t2),
                ms(t4 - t3),
                ms(t4.elapsed())
            );
        }
        // Open (with the careful inspection and quick check) and compute the dashboard.
        let open = time(
            7,
            || {
                let d = Dossier::open(&path).expect("open");
                d.dashboard_on(TODAY).expect("dashboard")
            },
            |dash| assert_eq!(dash.steps.len(), 6),
        );
        lines.push(Line {
            operation: format!("open dossier ({file_mb:.1} MB file) and compute the dashboard"),
            size: label.clone(),
            target: if name == "XL" { "< 100 ms" } else { "" },
            median: open,
            runs: 7,
        });

        // Rank every risk: the prioritisation of all risks of the dossier.
        let assessed: Vec<Assessed> = doc
            .risks
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                r.risk.assessment.map(|a| Assessed {
                    id: i as i64 + 1,
                    scale: a.scale,
                    scope: a.scope,
                    irremediability: a.irremediability,
                    likelihood: a.likelihood,
                    actual: r.risk.actual,
                    override_position: None,
                })
            })
            .collect();
        let ranking = time(11, || rank(&assessed), |r| assert_eq!(r.len(), size.risks));
        lines.push(Line {
            operation: "rank all risks (prioritisation::rank)".into(),
            size: label.clone(),
            target: if name == "XL" { "< 50 ms" } else { "" },
            median: ranking,
            runs: 11,
        });
        let d = Dossier::open(&path).expect("open");
        let register = time(
            5,
            || d.risk_register(Lang::Nl).expect("register"),
            |r| assert_eq!(r.rows.len(), size.risks),
        );
        lines.push(Line {
            operation: "risk register as the app shows it (read, rank, reasons in words)".into(),
            size: label.clone(),
            target: "",
            median: register,
            runs: 5,
        });

        // A search over the whole dossier for words found nowhere: every text of every
        // register is read and compared.
        let search = time(
            5,
            || d.search("geen treffer hier").expect("search"),
            |r| assert!(r.hits.is_empty()),
        );
        lines.push(Line {
            operation: "search the whole dossier (a question found nowhere)".into(),
            size: label.clone(),
            target: if name == "XL" { "< 300 ms" } else { "" },
            median: search,
            runs: 5,
        });

        // The whole dossier to JSON text and back into a new dossier file.
        let mut n = 0;
        let round_trip = time(
            3,
            || {
                n += 1;
                let text = json::to_text(&json::export(&d).expect("export"));
                let back = json::parse(&text).expect("parse");
                let copy = dir.path().join(format!("{name}-copy-{n}.kkdossier"));
                json::import_new(&copy, &back).expect("import");
                (text.len(), copy)
            },
            |(_, copy)| {
                let c = Dossier::open(copy).expect("copy opens");
                assert_eq!(c.suppliers().expect("suppliers").len(), size.suppliers);
            },
        );
        let json_mb = json::to_text(&json::export(&d).expect("export")).len() as f64 / 1e6;
        lines.push(Line {
            operation: format!("JSON export and import into a new dossier ({json_mb:.1} MB JSON)"),
            size: label.clone(),
            target: if name == "XL" { "< 3 s" } else { "" },
            median: round_trip,
            runs: 3,
        });

        // The legislation check (the Legislation screen and the dashboard's card) and the
        // maturity of a year with its suggestion per step (the Maturity screen).
        let laws = time(
            5,
            || d.law_check(Lang::Nl).expect("laws"),
            |c| assert_eq!(c.lines.len(), 12),
        );
        lines.push(Line {
            operation: "legislation check (12 laws)".into(),
            size: label.clone(),
            target: if name == "XL" { "< 50 ms" } else { "" },
            median: laws,
            runs: 5,
        });
        let maturity = time(
            3,
            || report::maturity_of(&d, 2026, NOW).expect("maturity"),
            |v| assert_eq!(v.lines.len(), 6),
        );
        lines.push(Line {
            operation: "maturity of a year, suggested per step".into(),
            size: label.clone(),
            target: if name == "XL" { "< 1 s" } else { "" },
            median: maturity,
            runs: 3,
        });

        // The yearly report: its main body at every size, and with every register as an
        // annex at L.
        let mut variants = vec![("main body", ReportOptions::default())];
        if name == "L" {
            variants.push(("with every annex", ReportOptions::all()));
        }
        for (what, options) in variants {
            let mut pdf = Vec::new();
            let report = time(
                5,
                || {
                    pdf = report::make_with(
                        &d,
                        ReportKind::Yearly,
                        2026,
                        Lang::Nl,
                        ReportFormat::Pdf,
                        NOW,
                        &options,
                    )
                    .expect("yearly report");
                    pdf.len()
                },
                |len| assert!(*len > 1000),
            );
            assert!(pdf.starts_with(b"%PDF"));
            let pages =
                report::preview(&d, ReportKind::Yearly, 2026, Lang::Nl, NOW, Some(&options))
                    .expect("pages")
                    .pages
                    .len();
            let target = match (name, what) {
                ("XL", "main body") => "< 1 s",
                ("L", "main body") => "< 0.3 s",
                ("L", _) => "< 1.5 s",
                _ => "",
            };
            lines.push(Line {
                operation: format!(
                    "yearly report as PDF, {what} ({pages} pages, {:.2} MB)",
                    pdf.len() as f64 / 1e6
                ),
                size: label.clone(),
                target,
                median: report,
                runs: 5,
            });
        }
        drop(d);
    }

    if only.is_none() {
        let csv = supplier_csv(50_000);
        let mut run = 0;
        let import = time(
            3,
            || {
                run += 1;
                let mut d = Dossier::create(
                    &dir.path().join(format!("csv-{run}.kkdossier")),
                    "Bench",
                    2026,
                )
                .expect("dossier");
                let report = suppliers::import(&mut d, csv.as_bytes(), false).expect("import");
                (report.new, d.suppliers().expect("list").len())
            },
            |(new, stored)| assert_eq!((*new as usize, *stored), (50_000, 50_000)),
        );
        lines.push(Line {
            operation: format!(
                "import suppliers from CSV (preview + commit, `;` file, {:.1} MB)",
                csv.len() as f64 / 1e6
            ),
            size: format!("{} rows", thousands(50_000)),
            target: "< 2 s",
            median: import,
            runs: 3,
        });
    }
    if only.is_none() {
        survey_round(dir.path(), &mut lines);
    }
    print(&lines);
    if only.is_none() {
        println!();
        hostile_inputs();
    }
    if let Some(mb) = peak_rss_mb() {
        eprintln!("peak memory of the bench process: {mb:.0} MB");
    }
}
