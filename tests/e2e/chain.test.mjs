// Step 2 on the real app: a chain is mapped and drawn (also with 200 suppliers), the
// risk explorer suggests risks for it with source and year, and an accepted suggestion
// becomes a risk; a supplier gets a certificate and an audit and is deleted again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, makeHome, saveShot, withApp } from "./harness.mjs";

const countries = [
  "India",
  "Bangladesh",
  "Turkije",
  "Vietnam",
  "China",
  "Pakistan",
  "Portugal",
  "Marokko",
  "Tunesië",
  "Egypte",
  "Italië",
  "Spanje",
  "Polen",
  "Roemenië",
  "Duitsland",
  "België",
  "Cambodja",
];

/** A supplier file of `n` rows across 17 countries and three tiers. */
function supplierFile(dir, n) {
  const rows = ["Naam;Land;Producten;Schakel"];
  for (let i = 1; i <= n; i++) {
    rows.push(
      `Atelier ${String(i).padStart(3, "0")};${countries[i % countries.length]};Stof;${1 + (i % 3)}`,
    );
  }
  const file = join(dir, "leveranciers-200.csv");
  writeFileSync(file, rows.join("\n") + "\n");
  return file;
}

test("a chain is mapped and drawn, and a suggested risk is accepted with a reason", async () => {
  const home = makeHome();
  const dossier = join(home, "keten.kkdossier");
  cli("new", dossier, "--company", "Keten B.V.", "--year", "2026");
  const report = cli("import", "suppliers", dossier, supplierFile(home, 200));
  assert.match(report, /200/);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step2"]');
    await d.waitFor('[data-testid="chain-empty"]');

    // With 200 suppliers the overview folds long columns per country.
    const view = await d.waitFor('[data-testid="chain-view"]');
    assert.ok(view);
    const counts = await d.execute(
      `const q = (s) => document.querySelectorAll(s).length;
       return { nodes: q(".chain-view .node"), groups: q('[data-testid="chain-node-group"]'),
                label: document.querySelector(".chain-view svg").getAttribute("aria-label") };`,
    );
    assert.ok(counts.groups > 0, JSON.stringify(counts));
    assert.ok(
      counts.nodes <= 3 * 14 + 1,
      `readable: ${JSON.stringify(counts)}`,
    );
    assert.match(counts.label, /200 leveranciers/);
    await d.scrollTo('[data-testid="chain-view"]');
    await saveShot(d, "chain-200-nl");

    // Map a purchased item: cotton trousers from India, made by one of the suppliers.
    await d.clickCss('[data-testid="item-add"]');
    await d.fill('[data-testid="item-name"]', "Katoenen broeken");
    // Goods are picked by their Dutch name; the source's English name is stored.
    await d.fill('[data-testid="item-goods-input"]', "Katoen");
    await d.clickCss('[data-testid="item-goods-add"]');
    await d.waitFor('[data-testid="item-goods-items"]', (t) =>
      t.includes("Katoen"),
    );
    await d.fill('[data-testid="item-origins-input"]', "India");
    await d.clickCss('[data-testid="item-origins-add"]');
    await d.fill('[data-testid="item-spend"]', "250000");
    await d.fill('[data-testid="item-volume"]', "12000");
    await d.selectOption(
      '[data-testid="item-chain-add-select"]',
      "Atelier 001 (Bangladesh)",
    );
    await d.clickCss('[data-testid="item-chain-add"]');
    await d.setValue('[data-testid="item-planned"]', "2027-03-31");
    await d.clickCss('[data-testid="item-save"]');
    const row = await d.waitFor('[data-testid="chain-row"]', (t) =>
      t.includes("Katoenen broeken"),
    );
    const rowText = await d.text(row);
    assert.match(rowText, /India/);
    assert.match(rowText, /hoog/);
    // Dates are written the Dutch way.
    assert.match(rowText, /31 mrt\.? 2027/);
    // Not yet complete: no suppliers further up and no contract answer.
    assert.match(rowText, /\b(50|66)%/);
    const doc = JSON.parse(cli("export", "json", dossier));
    assert.equal(doc.purchased_items.length, 1);
    assert.deepEqual(doc.purchased_items[0].origins, ["IN"]);
    assert.deepEqual(doc.purchased_items[0].reference_goods, ["Cotton"]);
    assert.equal(doc.purchased_items[0].suppliers.length, 1);

    // The risk explorer suggests child labour in Indian cotton, with source and year.
    await d.clickCss('[data-testid="step2-tab-suggestions"]');
    const key = '[data-key="ilab:cotton:IN:child_labour"]';
    const card = await d.waitFor(key, (t) =>
      t.includes("Kinderarbeid: Katoen uit India"),
    );
    assert.match(await d.text(card), /US Department of Labor, ILAB, 2022/);

    // Accepting without a reason is refused and stores nothing.
    await d.clickCss(`${key} [data-testid="suggestion-accept"]`);
    await d.clickCss(`${key} [data-testid="suggestion-confirm"]`);
    await d.waitFor(`${key} [data-testid="suggestion-error"]`, (t) =>
      t.includes("Reden"),
    );
    assert.equal(
      JSON.parse(cli("export", "json", dossier)).suggestion_decisions.length,
      0,
    );

    await d.fill(
      `${key} [data-testid="suggestion-reason"]`,
      "Onze katoen komt uit Gujarat.",
    );
    await d.clickCss(`${key} [data-testid="suggestion-confirm"]`);
    await d.clickCss('[data-testid="suggestions-answered"]');
    await d.waitFor(
      `${key} [data-testid="suggestion-answer"]`,
      (t) =>
        t.includes("Overgenomen") &&
        t.includes("Onze katoen komt uit Gujarat."),
    );
    await saveShot(d, "suggestion-answered-nl");

    // The accepted suggestion is now a risk in the register, linked to the item.
    await d.clickCss('[data-testid="step2-tab-risks"]');
    await d.waitFor('[data-testid="risk-register"]', (t) =>
      t.includes("Kinderarbeid: Katoen uit India"),
    );
    const after = JSON.parse(cli("export", "json", dossier));
    assert.equal(after.risks.length, 1);
    assert.equal(after.risks[0].risk.item_id, 1);
    assert.equal(after.risks[0].risk.theme, "child_labour");
    assert.deepEqual(
      after.suggestion_decisions.map((x) => [x.key, x.answer, x.risk_id]),
      [["ilab:cotton:IN:child_labour", "accepted", 1]],
    );
  });
});

test("a supplier gets a certificate and an audit, and is deleted with them", async () => {
  const home = makeHome();
  const dossier = join(home, "leverancier.kkdossier");
  cli("new", dossier, "--company", "Leverancier B.V.", "--year", "2026");
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step2"]');
    await d.clickCss('[data-testid="step2-tab-suppliers"]');
    await d.clickCss('[data-testid="supplier-add"]');
    await d.fill('[data-testid="supplier-name"]', "Dhaka Denim Ltd.");
    await d.selectOption('[data-testid="supplier-country"]', "Bangladesh");
    await d.clickCss('[data-testid="supplier-save"]');
    await d.waitFor('[data-testid="supplier-table"]', (t) =>
      t.includes("Dhaka Denim Ltd."),
    );

    await d.clickCss('[data-testid="supplier-open"]');
    await d.clickCss('[data-testid="cert-add"]');
    await d.fill('[data-testid="cert-scheme"]', "SA8000");
    await d.setValue('[data-testid="cert-valid-until"]', "2020-01-31");
    await d.clickCss('[data-testid="cert-save"]');
    await d.waitFor(
      '[data-testid="cert-list"]',
      (t) => t.includes("SA8000") && /verlopen op 31 jan\.? 2020/.test(t),
    );
    await d.clickCss('[data-testid="audit-add"]');
    await d.setValue('[data-testid="audit-date"]', "2026-05-04");
    await d.fill(
      '[data-testid="audit-findings"]',
      "Nooduitgangen vrij; loonstroken compleet.",
    );
    await d.clickCss('[data-testid="audit-save"]');
    await d.waitFor('[data-testid="audit-list"]', (t) =>
      t.includes("4 mei 2026 · Sociale audit"),
    );
    await saveShot(d, "supplier-checks-nl");
    const doc = JSON.parse(cli("export", "json", dossier));
    assert.equal(doc.certifications[0].valid_until, "2020-01-31");
    assert.equal(
      doc.audits[0].findings,
      "Nooduitgangen vrij; loonstroken compleet.",
    );

    // Deleting asks once more, then takes the certificate and audit with it.
    await d.clickCss('[data-testid="supplier-delete"]');
    await d.clickCss('[data-testid="supplier-delete-confirm"]');
    await d.waitFor('[data-testid="supplier-register"]', (t) =>
      t.includes("Nog geen leveranciers vastgelegd."),
    );
    const gone = JSON.parse(cli("export", "json", dossier));
    assert.equal(
      gone.suppliers.length + gone.certifications.length + gone.audits.length,
      0,
    );
  });
});

test("audits carry scheme, result and score; self-assessments and agreement checks compare years", async () => {
  const home = makeHome();
  const dossier = join(home, "opvolging.kkdossier");
  cli("new", dossier, "--company", "Opvolging B.V.", "--year", "2026");
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step2"]');
    await d.clickCss('[data-testid="step2-tab-suppliers"]');
    await d.clickCss('[data-testid="supplier-add"]');
    await d.fill('[data-testid="supplier-name"]', "Karachi Gloves Ltd.");
    await d.selectOption('[data-testid="supplier-country"]', "Pakistan");
    await d.clickCss('[data-testid="supplier-save"]');
    await d.waitFor('[data-testid="supplier-table"]', (t) =>
      t.includes("Karachi Gloves Ltd."),
    );
    await d.clickCss('[data-testid="supplier-open"]');

    // A social audit under a named scheme, with its result.
    await d.clickCss('[data-testid="audit-add"]');
    await d.setValue('[data-testid="audit-date"]', "2026-02-10");
    await d.selectOption('[data-testid="audit-scheme"]', "SMETA (Sedex)");
    await d.selectOption(
      '[data-testid="audit-result"]',
      "Ernstige bevindingen",
    );
    await d.clickCss('[data-testid="audit-save"]');
    await d.waitFor(
      '[data-testid="audit-list"]',
      (t) => t.includes("SMETA (Sedex)") && t.includes("Ernstige bevindingen"),
    );

    // Two self-assessments with a score: the second year is compared with the first.
    for (const [date, score] of [
      ["2025-03-01", "40"],
      ["2026-03-01", "55"],
    ]) {
      await d.clickCss('[data-testid="audit-add"]');
      await d.selectOption('[data-testid="audit-kind"]', "Zelfbeoordeling");
      await d.setValue('[data-testid="audit-date"]', date);
      await d.fill('[data-testid="audit-score"]', score);
      await d.clickCss('[data-testid="audit-save"]');
      await d.waitFor('[data-testid="audit-list"]', (t) =>
        t.includes(`score ${score} van 100`),
      );
    }
    await d.waitFor('[data-testid="score-list"]', (t) =>
      t.includes("beter dan 2025 (40)"),
    );

    // The yearly check of the purchasing agreements: kept in 2025, orders changed late
    // in 2026, so 2026 is worse.
    await d.clickCss('[data-testid="agreement-add"]');
    await d.fill('[data-testid="agreement-year"]', "2025");
    await d.clickCss('[data-testid="agreement-save"]');
    await d.waitFor('[data-testid="agreement-table"]', (t) =>
      t.includes("6 van 6 punten"),
    );
    await d.clickCss('[data-testid="agreement-add"]');
    await d.fill('[data-testid="agreement-year"]', "2026");
    await d.selectOption(
      '[data-testid="agreement-order_changes"]',
      "Niet nagekomen",
    );
    await d.fill(
      '[data-testid="agreement-note"]',
      "Maten gewijzigd na de orderbevestiging.",
    );
    await d.clickCss('[data-testid="agreement-save"]');
    await d.waitFor('[data-testid="agreement-table"]', (t) =>
      t.includes("slechter dan 2025 (6)"),
    );
    await saveShot(d, "supplier-follow-up-nl");

    const doc = JSON.parse(cli("export", "json", dossier));
    const social = doc.audits.find((a) => a.kind === "social_audit");
    assert.deepEqual(
      [social.scheme, social.result],
      ["smeta", "major_findings"],
    );
    assert.deepEqual(
      doc.audits
        .filter((a) => a.kind === "self_assessment")
        .map((a) => a.score)
        .sort(),
      [40, 55],
    );
    assert.deepEqual(
      doc.agreement_checks.map((c) => [c.year, c.order_changes, c.note]),
      [
        [2025, "kept", null],
        [2026, "not_kept", "Maten gewijzigd na de orderbevestiging."],
      ],
    );

    // A check whose year is changed moves to that year: no copy stays behind.
    await d.clickCss('[data-testid="agreement-row"][data-year="2025"] button');
    await d.fill('[data-testid="agreement-year"]', "2024");
    await d.clickCss('[data-testid="agreement-save"]');
    await d.waitFor('[data-testid="agreement-row"][data-year="2024"]');
    assert.deepEqual(
      JSON.parse(cli("export", "json", dossier)).agreement_checks.map(
        (c) => c.year,
      ),
      [2024, 2026],
    );
  });
});

test("the chain overview fits the window, zooms, and opens a supplier or product from its node", async () => {
  const home = makeHome();
  const dossier = join(home, "overzicht.kkdossier");
  cli("sample", dossier);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.waitFor('[data-testid="dashboard-profile"]');
    await d.clickCss('[data-testid="nav-step2"]');
    await d.clickCss('[data-testid="step2-tab-chain"]');
    await d.waitFor('[data-testid="chain-view"]');
    const box = () =>
      d.execute(
        `const s = document.querySelector(".chain-scroll"), g = document.querySelector(".chain-view svg");
         return { box: s.clientWidth, svg: g.getBoundingClientRect().width, scroll: s.scrollWidth,
                  text: parseFloat(getComputedStyle(document.querySelector(".chain-view .node text")).fontSize) };`,
      );
    // Fitted on request: the whole picture within the window, nothing to scroll sideways.
    await d.clickCss('[data-testid="chain-zoom-fit"]');
    await d.waitFor(
      '[data-testid="chain-zoom-level"]',
      (t) => t === "past in het venster",
    );
    let b = await box();
    assert.ok(b.svg <= b.box + 1 && b.scroll <= b.box + 1, JSON.stringify(b));
    // At full size the text is at least 13 px and the picture pans.
    await d.clickCss('[data-testid="chain-zoom-in"]');
    await d.waitFor('[data-testid="chain-zoom-level"]', (t) => /%$/.test(t));
    b = await box();
    assert.ok(b.text >= 13, JSON.stringify(b));
    // A supplier's node opens the supplier; a product's node opens its form.
    const supplier = await d.execute(
      `return document.querySelector('[data-testid="chain-node-supplier"][data-id]').getAttribute("data-id");`,
    );
    const node = `[data-testid="chain-node-supplier"][data-id="${supplier}"]`;
    await d.execute(
      `document.querySelector('${node}').scrollIntoView({ block: "center", inline: "center" });`,
    );
    await d.clickCss(`${node} text`);
    await d.waitFor(
      '[data-testid="step2-tab-suppliers"][aria-selected="true"]',
    );
    const name = await d.waitFor('[data-testid="supplier-name"]');
    const expected = JSON.parse(cli("export", "json", dossier)).suppliers[
      Number(supplier) - 1
    ].name;
    assert.equal(await d.value(name), expected);
    await d.clickCss('[data-testid="step2-tab-chain"]');
    await d.waitFor('[data-testid="chain-view"]');
    await d.execute(
      `document.querySelector('[data-testid="chain-node-item"][data-id]').scrollIntoView({ block: "center", inline: "center" });`,
    );
    await d.clickCss('[data-testid="chain-node-item"][data-id] text');
    await d.waitFor('[data-testid="item-name"]');
  });
});
