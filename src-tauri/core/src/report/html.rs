//! A document as one self-contained HTML file, fit to put on a website: the styles
//! inline, the charts as inline SVG, no scripts, no fonts or images from elsewhere.

use super::layout::chart;
use super::layout::{Block, Document, Item, Measure};
use crate::messages::Lang;

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn rgb(c: (f32, f32, f32)) -> String {
    format!(
        "#{:02x}{:02x}{:02x}",
        (c.0 * 255.0).round() as u8,
        (c.1 * 255.0).round() as u8,
        (c.2 * 255.0).round() as u8
    )
}

/// One line of SVG text at (x, y) in a size; y is flipped, as in the charts.
fn svg_text(at: (f32, f32, f32), bold: bool, fill: Option<String>, text: &str) -> String {
    let (x, y, size) = at;
    format!(
        "<text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"{size}\"{}{}>{}</text>",
        -y,
        if bold { " font-weight=\"bold\"" } else { "" },
        fill.map(|f| format!(" fill=\"{f}\"")).unwrap_or_default(),
        esc(text)
    )
}

/// Chart items placed from (0, 0) downwards, as an SVG of the given height.
fn svg(items: &[Item], width: f32, height: f32, label: &str) -> String {
    let mut out = format!(
        "<svg role=\"img\" aria-label=\"{}\" viewBox=\"-4 -4 {} {}\" width=\"{}\" \
         xmlns=\"http://www.w3.org/2000/svg\">",
        esc(label),
        width + 8.0,
        height + 8.0,
        width + 8.0
    );
    for item in items {
        match item {
            Item::Text {
                x,
                y,
                size,
                bold,
                grey,
                text,
            } => out.push_str(&svg_text(
                (*x, *y, *size),
                *bold,
                grey.then(|| "#666".to_string()),
                text,
            )),
            Item::ColorText {
                x,
                y,
                size,
                bold,
                rgb: c,
                text,
            } => out.push_str(&svg_text((*x, *y, *size), *bold, Some(rgb(*c)), text)),
            Item::Fill { x, y, w, h, rgb: c } => out.push_str(&format!(
                "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" fill=\"{}\"/>",
                -(y + h),
                rgb(*c)
            )),
            Item::Shade { x, y, w, h } => out.push_str(&format!(
                "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" fill=\"#eee\"/>",
                -(y + h)
            )),
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
            } => out.push_str(&format!(
                "<line x1=\"{x1:.1}\" y1=\"{:.1}\" x2=\"{x2:.1}\" y2=\"{:.1}\" \
                 stroke=\"#999\" stroke-width=\"{width}\"/>",
                -y1, -y2
            )),
            Item::Path {
                points,
                width,
                rgb: c,
                dashed,
            } => {
                let pts: Vec<String> = points
                    .iter()
                    .map(|(x, y)| format!("{x:.1},{:.1}", -y))
                    .collect();
                out.push_str(&format!(
                    "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{width}\"{}/>",
                    pts.join(" "),
                    rgb(*c),
                    if *dashed {
                        " stroke-dasharray=\"4 3\""
                    } else {
                        ""
                    }
                ));
            }
        }
    }
    out.push_str("</svg>");
    out
}

const STYLE: &str = "body{margin:0;background:#fafaf7;color:#1c2929;\
font:16px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif}\
main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem 4rem}\
h1{font-size:1.9rem;line-height:1.2;margin:0 0 1rem}\
h2{font-size:1.35rem;margin:2.2rem 0 .6rem;border-top:1px solid #ddd;padding-top:1.2rem}\
h3{font-size:1.1rem;margin:1.6rem 0 .4rem}\
p{margin:.5rem 0}.muted{color:#5f6b6b}\
table{border-collapse:collapse;width:100%;margin:.8rem 0;font-size:.92rem}\
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #ddd}\
th{background:#eeeee8}td{white-space:pre-line}\
figure{margin:1rem 0;overflow-x:auto}svg{max-width:100%;height:auto;font-family:inherit}\
header.cover{background:#1f5e5c;color:#fff;padding:2.5rem 1.25rem}\
header.cover div{max-width:46rem;margin:0 auto}header.cover p{opacity:.9}\
footer{max-width:46rem;margin:0 auto;padding:1rem 1.25rem 3rem;color:#5f6b6b;font-size:.85rem}";

/// The document as HTML in `lang`, titled `title`.
pub fn render(title: &str, doc: &Document, lang: Lang, m: &dyn Measure) -> String {
    let mut body = String::new();
    let mut cover = String::new();
    for block in &doc.blocks {
        match block {
            Block::Heading { level, text } => {
                let l = (*level).clamp(1, 3);
                body.push_str(&format!("<h{l}>{}</h{l}>\n", esc(text)));
            }
            Block::Paragraph(text) => body.push_str(&format!("<p>{}</p>\n", esc(text))),
            Block::Muted(text) => body.push_str(&format!("<p class=\"muted\">{}</p>\n", esc(text))),
            Block::Bullets(items) => {
                body.push_str("<ul>\n");
                for i in items {
                    body.push_str(&format!("<li>{}</li>\n", esc(i)));
                }
                body.push_str("</ul>\n");
            }
            Block::Table { header, rows, .. } => {
                body.push_str("<table>\n<thead><tr>");
                for h in header {
                    body.push_str(&format!("<th scope=\"col\">{}</th>", esc(h)));
                }
                body.push_str("</tr></thead>\n<tbody>\n");
                for r in rows {
                    body.push_str("<tr>");
                    for c in r {
                        body.push_str(&format!("<td>{}</td>", esc(c)));
                    }
                    body.push_str("</tr>\n");
                }
                body.push_str("</tbody>\n</table>\n");
            }
            Block::HeatMap {
                counts,
                severity_label,
                likelihood_label,
            } => {
                let (items, h) =
                    chart::heat_map(m, 0.0, -14.0, counts, severity_label, likelihood_label);
                body.push_str(&format!(
                    "<figure>{}</figure>\n",
                    svg(
                        &items,
                        220.0,
                        h + 14.0,
                        &format!("{severity_label} / {likelihood_label}")
                    )
                ));
            }
            Block::LineChart {
                points,
                labels,
                target,
                target_label,
                decimal_comma,
            } => {
                let series = chart::Series {
                    points,
                    labels,
                    target: *target,
                    target_label,
                    decimal_comma: *decimal_comma,
                };
                let (items, h) = chart::line_chart(m, 0.0, -6.0, 420.0, &series);
                body.push_str(&format!(
                    "<figure>{}</figure>\n",
                    svg(&items, 430.0, h + 6.0, "")
                ));
            }
            Block::Bars(bars) => {
                let (items, h) = chart::bars(0.0, 0.0, 460.0, bars);
                let label: Vec<String> = bars.iter().map(|b| format!("{}: {}", b.0, b.2)).collect();
                body.push_str(&format!(
                    "<figure>{}</figure>\n",
                    svg(&items, 460.0, h, &label.join("; "))
                ));
            }
            Block::Cover {
                title,
                subtitle,
                lines,
            } => {
                cover = format!(
                    "<header class=\"cover\"><div><h1>{}</h1><p>{}</p>{}</div></header>\n",
                    esc(title),
                    esc(subtitle),
                    lines
                        .iter()
                        .map(|l| format!("<p>{}</p>", esc(l)))
                        .collect::<String>()
                );
            }
            Block::Contents { .. } | Block::PageBreak => {}
        }
    }
    let lang = match lang {
        Lang::Nl => "nl",
        Lang::En => "en",
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{cover}<main>\n{body}</main>\n\
         <footer>{}</footer>\n</body>\n</html>\n",
        esc(title),
        esc(&doc.header)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixed;
    impl Measure for Fixed {
        fn width(&self, text: &str, _bold: bool, size: f32) -> f32 {
            text.chars().count() as f32 * size * 0.5
        }
    }

    #[test]
    fn html_is_escaped_and_self_contained() {
        let doc = Document {
            header: "Kop".into(),
            footer: String::new(),
            blocks: vec![
                Block::Heading {
                    level: 1,
                    text: "Risico's & <maatregelen>".into(),
                },
                Block::Paragraph("<script>alert(1)</script>".into()),
                Block::Bars(vec![("Bangladesh".into(), 3.0, "3".into())]),
            ],
        };
        let html = render("Titel", &doc, Lang::Nl, &Fixed);
        assert!(html.contains("Risico&#39;s &amp; &lt;maatregelen&gt;"));
        assert!(
            !html.contains("<script>"),
            "user text must not become markup"
        );
        assert!(html.contains("<svg"));
        for outside in ["src=", "href=", "@import", "url("] {
            assert!(!html.contains(outside), "found {outside}");
        }
        assert!(html.starts_with("<!DOCTYPE html>") && html.contains("lang=\"nl\""));
    }
}
