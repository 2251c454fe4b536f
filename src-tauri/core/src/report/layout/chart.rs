//! Vector charts for the reports, drawn with the same items as text: the severity x
//! likelihood heat map, a KPI line chart against its target, and horizontal bars.
//! Each function places a chart with its top-left corner at (`x`, `top`) and returns
//! the items and the height it used.

use super::{Item, Measure};

/// A colour as red, green and blue from 0 to 1.
pub type Rgb = (f32, f32, f32);

pub const INK: Rgb = (0.11, 0.16, 0.16);
pub const ACCENT: Rgb = (0.12, 0.37, 0.36);
pub const TARGET: Rgb = (0.18, 0.42, 0.24);
const GRID: Rgb = (0.85, 0.84, 0.80);

/// The heat map colour of a cell: the further up and right, the warmer.
fn heat(severity: usize, likelihood: usize) -> Rgb {
    match severity * 2 + likelihood {
        0..=6 => (0.86, 0.92, 0.86),
        7..=9 => (0.96, 0.89, 0.78),
        10..=12 => (0.95, 0.80, 0.70),
        _ => (0.91, 0.66, 0.60),
    }
}

fn text(x: f32, y: f32, size: f32, bold: bool, s: &str) -> Item {
    Item::Text {
        x,
        y,
        size,
        bold,
        grey: false,
        text: s.to_string(),
    }
}

/// The 5 x 5 heat map: `counts[s - 1][l - 1]` risks of severity s and likelihood l.
pub fn heat_map(
    m: &dyn Measure,
    x: f32,
    top: f32,
    counts: &[[u32; 5]; 5],
    severity_label: &str,
    likelihood_label: &str,
) -> (Vec<Item>, f32) {
    let cell = 34.0;
    let left = x + 28.0;
    let mut items = Vec::new();
    for (s, row) in counts.iter().enumerate() {
        // Severity 5 on top.
        let y = top - (4 - s) as f32 * cell - cell;
        items.push(text(
            x + 14.0,
            y + cell / 2.0 - 3.0,
            8.0,
            false,
            &(s + 1).to_string(),
        ));
        for (l, &n) in row.iter().enumerate() {
            let cx = left + l as f32 * cell;
            items.push(Item::Fill {
                x: cx + 1.0,
                y: y + 1.0,
                w: cell - 2.0,
                h: cell - 2.0,
                rgb: heat(s, l),
            });
            if n > 0 {
                let label = n.to_string();
                let w = m.width(&label, true, 11.0);
                items.push(text(
                    cx + (cell - w) / 2.0,
                    y + cell / 2.0 - 4.0,
                    11.0,
                    true,
                    &label,
                ));
            }
        }
    }
    let bottom = top - 5.0 * cell;
    for l in 0..5 {
        let label = (l + 1).to_string();
        let w = m.width(&label, false, 8.0);
        items.push(text(
            left + l as f32 * cell + (cell - w) / 2.0,
            bottom - 12.0,
            8.0,
            false,
            &label,
        ));
    }
    let lw = m.width(likelihood_label, false, 8.5);
    items.push(text(
        left + (5.0 * cell - lw) / 2.0,
        bottom - 26.0,
        8.5,
        false,
        likelihood_label,
    ));
    items.push(text(x, top + 6.0, 8.5, false, severity_label));
    (items, 5.0 * cell + 40.0)
}

/// What a line chart shows: measured values over time (dates as YYYY-MM-DD, in order),
/// the dates as the report writes them, and the target with its label.
pub struct Series<'a> {
    pub points: &'a [(String, f64)],
    pub labels: &'a [String],
    pub target: f64,
    pub target_label: &'a str,
    /// Write the axis numbers with a decimal comma (Dutch).
    pub decimal_comma: bool,
}

/// A line chart of the series with a dashed, labelled target line.
pub fn line_chart(
    m: &dyn Measure,
    x: f32,
    top: f32,
    width: f32,
    series: &Series<'_>,
) -> (Vec<Item>, f32) {
    let (points, target) = (series.points, series.target);
    let height = 120.0;
    let left = x + 34.0;
    let right = x + width;
    let bottom = top - height;
    let mut values: Vec<f64> = points.iter().map(|p| p.1).collect();
    values.push(target);
    let lo = values
        .iter()
        .cloned()
        .fold(f64::INFINITY, f64::min)
        .min(0.0);
    let hi = values.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let hi = if hi <= lo { lo + 1.0 } else { hi };
    let y_of = |v: f64| bottom + ((v - lo) / (hi - lo)) as f32 * height;
    let mut items = Vec::new();
    for v in [lo, (lo + hi) / 2.0, hi] {
        let y = y_of(v);
        items.push(Item::Path {
            points: vec![(left, y), (right, y)],
            width: 0.3,
            rgb: GRID,
            dashed: false,
        });
        let mut label = format!("{}", (v * 10.0).round() / 10.0);
        if series.decimal_comma {
            label = label.replace('.', ",");
        }
        let w = m.width(&label, false, 7.5);
        items.push(text(left - 4.0 - w, y - 2.5, 7.5, false, &label));
    }
    items.push(Item::Path {
        points: vec![(left, y_of(target)), (right, y_of(target))],
        width: 1.0,
        rgb: TARGET,
        dashed: true,
    });
    if !series.target_label.is_empty() {
        let w = m.width(series.target_label, false, 7.5);
        items.push(text(
            right - w,
            y_of(target) + 3.0,
            7.5,
            false,
            series.target_label,
        ));
    }
    // Dates are placed in proportion to the time between them.
    let days: Vec<i64> = points
        .iter()
        .map(|p| crate::model::date::day_number(&p.0).unwrap_or(0))
        .collect();
    let (first, last) = (
        days.iter().copied().min().unwrap_or(0),
        days.iter().copied().max().unwrap_or(0),
    );
    let x_of = |i: usize| {
        if last == first {
            (left + right) / 2.0
        } else {
            left + (days[i] - first) as f32 / (last - first) as f32 * (right - left)
        }
    };
    let line: Vec<(f32, f32)> = points
        .iter()
        .enumerate()
        .map(|(i, p)| (x_of(i), y_of(p.1)))
        .collect();
    if line.len() > 1 {
        items.push(Item::Path {
            points: line.clone(),
            width: 1.6,
            rgb: ACCENT,
            dashed: false,
        });
    }
    for (i, (px, py)) in line.iter().enumerate() {
        items.push(Item::Fill {
            x: px - 2.0,
            y: py - 2.0,
            w: 4.0,
            h: 4.0,
            rgb: ACCENT,
        });
        if i == 0 || i + 1 == line.len() {
            let label = series.labels.get(i).unwrap_or(&points[i].0);
            let w = m.width(label, false, 7.5);
            let lx = if i == 0 { *px } else { px - w };
            items.push(text(lx, bottom - 12.0, 7.5, false, label));
        }
    }
    (items, height + 22.0)
}

/// Horizontal bars: label, value, and the value as the report writes it.
pub fn bars(x: f32, top: f32, width: f32, bars: &[(String, f64, String)]) -> (Vec<Item>, f32) {
    let label_w = width * 0.38;
    let row = 16.0;
    let max = bars.iter().map(|b| b.1).fold(0.0, f64::max).max(1e-9);
    let mut items = Vec::new();
    for (i, (label, value, shown)) in bars.iter().enumerate() {
        let y = top - (i as f32 + 1.0) * row;
        items.push(text(x, y + 4.0, 8.5, false, label));
        let w = ((value / max) as f32 * (width - label_w - 40.0)).max(0.5);
        items.push(Item::Fill {
            x: x + label_w,
            y: y + 2.0,
            w,
            h: row - 5.0,
            rgb: ACCENT,
        });
        items.push(text(x + label_w + w + 4.0, y + 4.0, 8.0, false, shown));
    }
    (items, bars.len() as f32 * row + 6.0)
}
