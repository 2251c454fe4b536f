//! `make bench`: times the operations that have a speed target, on generated data of
//! the stated size, in a release build. Prints a Markdown table for docs/PERFORMANCE.md.

use std::time::{Duration, Instant};

use ketenkompas::exchange::suppliers;
use ketenkompas::messages::Lang;
use ketenkompas::prioritisation::{rank, Assessed};
use ketenkompas::report::{self, ReportFormat, ReportKind};
use ketenkompas::Dossier;
use ketenkompas_tests::large::{self, Lcg, Size};

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

fn risks(n: usize) -> Vec<Assessed> {
    let mut g = Lcg(11);
    (0..n)
        .map(|i| Assessed {
            id: i as i64 + 1,
            scale: 1 + (g.draw() % 5) as u8,
            scope: 1 + (g.draw() % 5) as u8,
            irremediability: 1 + (g.draw() % 5) as u8,
            likelihood: 1 + (g.draw() % 5) as u8,
            actual: g.draw() % 7 == 0,
            override_position: None,
        })
        .collect()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let csv = supplier_csv(50_000);
    let mut import_times = Vec::new();
    for run in 0..3 {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut d =
            Dossier::create(&dir.path().join("b.kkdossier"), "Bench", 2026).expect("dossier");
        let start = Instant::now();
        let report = suppliers::import(&mut d, csv.as_bytes(), false).expect("import");
        import_times.push(start.elapsed());
        assert_eq!(
            report.new, 50_000,
            "run {run}: every generated row is new and valid"
        );
        assert_eq!(d.suppliers().expect("list").len(), 50_000);
    }
    let input = risks(100_000);
    let mut rank_times = Vec::new();
    for _ in 0..11 {
        let start = Instant::now();
        let ranked = rank(&input);
        rank_times.push(start.elapsed());
        assert_eq!(ranked.len(), input.len());
    }
    // The yearly report of a large dossier: export, model, layout and PDF together.
    let dir = tempfile::tempdir().expect("temp dir");
    let size = Size {
        suppliers: 1_000,
        risks: 3_000,
        actions: 1_500,
        kpis: 50,
        years: 5,
    };
    let d = large::create(&dir.path().join("groot.kkdossier"), size, 2026);
    let mut report_times = Vec::new();
    let mut pdf = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        pdf = report::make(
            &d,
            ReportKind::Yearly,
            2026,
            Lang::Nl,
            ReportFormat::Pdf,
            "2026-12-31T12:00:00Z",
        )
        .expect("yearly report");
        report_times.push(start.elapsed());
    }
    assert!(pdf.starts_with(b"%PDF"));
    // Where the time goes, once.
    let now = "2026-12-31T12:00:00Z";
    let t0 = Instant::now();
    let model = report::model_of(&d, 2026, now).expect("model");
    let t1 = Instant::now();
    let doc = report::document(ReportKind::Yearly, &model, Lang::Nl);
    let t2 = Instant::now();
    let metrics = report::fonts::Metrics::load().expect("fonts");
    let laid = report::layout::layout(&doc, &metrics);
    let t3 = Instant::now();
    let _ = report::pdf::render(
        &report::pdf::PdfMeta {
            title: "bench".into(),
            author: String::new(),
            created: 0,
        },
        &laid,
    )
    .expect("pdf");
    let t4 = Instant::now();
    let phases = format!(
        "dossier to model {}, words {}, layout {}, PDF {}",
        ms(t1 - t0),
        ms(t2 - t1),
        ms(t3 - t2),
        ms(t4 - t3)
    );
    let pages = report::preview(
        &d,
        ReportKind::Yearly,
        2026,
        Lang::Nl,
        "2026-12-31T12:00:00Z",
    )
    .expect("pages")
    .pages
    .len();
    println!("| operation | size | target | median | runs |");
    println!("|---|---|---|---|---|");
    println!(
        "| import suppliers from CSV (preview + commit, Windows-style `;` file, {:.1} MB) | 50,000 rows | < 2 s | {} | 3 |",
        csv.len() as f64 / 1_000_000.0,
        ms(median(import_times))
    );
    println!(
        "| rank risks (prioritisation::rank) | 100,000 risks | < 50 ms | {} | 11 |",
        ms(median(rank_times))
    );
    eprintln!("yearly report phases: {phases}");
    println!(
        "| yearly report as PDF (export, model, layout, PDF; {pages} pages, {:.2} MB) | 1,000 suppliers, 3,000 risks, 1,500 actions, 50 KPIs x 5 years | < 1 s and < 2 MB | {} | 5 |",
        pdf.len() as f64 / 1_000_000.0,
        ms(median(report_times))
    );
}
