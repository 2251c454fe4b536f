//! Fills in a questionnaire as a supplier would, for the end-to-end tests:
//! `ketenkompas-fill IN.xlsx OUT.xlsx question=answer[|explanation]…`.

#![allow(clippy::expect_used, clippy::panic)]

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output, answers @ ..] = args.as_slice() else {
        panic!("usage: ketenkompas-fill IN.xlsx OUT.xlsx question=answer[|explanation]…");
    };
    let parsed: Vec<(String, String, String)> = answers
        .iter()
        .map(|a| {
            let (q, rest) = a.split_once('=').expect("question=answer");
            let (answer, note) = rest.split_once('|').unwrap_or((rest, ""));
            (q.to_string(), answer.to_string(), note.to_string())
        })
        .collect();
    let filled: Vec<ketenkompas_tests::survey::Filled<'_>> = parsed
        .iter()
        .map(|(q, a, n)| (q.as_str(), a.as_str(), n.as_str()))
        .collect();
    let bytes = std::fs::read(input).expect("read the workbook");
    std::fs::write(output, ketenkompas_tests::survey::fill(&bytes, &filled))
        .expect("write the filled workbook");
}
