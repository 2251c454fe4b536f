//! `make bench`: times the operations that have a speed target, on generated data of
//! the stated size, in a release build. Prints a Markdown table for docs/PERFORMANCE.md.

use std::time::{Duration, Instant};

use ketenkompas::exchange::suppliers;
use ketenkompas::prioritisation::{rank, Assessed};
use ketenkompas::Dossier;

/// A small deterministic generator, so every run measures the same data.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[(self.next() as usize) % items.len()]
    }
}

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
        let workers = match g.next() % 3 {
            0 => format!("{}", 20 + g.next() % 2000),
            1 => format!("{}-{}", 100, 100 + g.next() % 900),
            _ => "1000+".to_string(),
        };
        out.push_str(&format!(
            "Fabriek {i} Ltd.;{};Straat {}, Stad {};{};{};{},{};{},{}\n",
            g.pick(&countries),
            g.next() % 500,
            i,
            g.pick(&products),
            workers,
            g.next() % 60,
            g.next() % 1000,
            g.next() % 120,
            g.next() % 1000,
        ));
    }
    out
}

fn risks(n: usize) -> Vec<Assessed> {
    let mut g = Lcg(11);
    (0..n)
        .map(|i| Assessed {
            id: i as i64 + 1,
            scale: 1 + (g.next() % 5) as u8,
            scope: 1 + (g.next() % 5) as u8,
            irremediability: 1 + (g.next() % 5) as u8,
            likelihood: 1 + (g.next() % 5) as u8,
            actual: g.next() % 7 == 0,
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
}
