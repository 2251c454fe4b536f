// Step 1 on the real app: a first policy version with ticked elements and themes,
// approval and a review date; prioritised risks outside its themes are named; a KPI gets
// a measurement and its chart; the code of conduct is set for several suppliers at once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cli, makeHome, saveShot, withApp } from "./harness.mjs";

test("a policy version is recorded with its checklist and a KPI measurement shows in the chart", async () => {
  const home = makeHome();
  const dossier = join(home, "beleid.kkdossier");
  cli("new", dossier, "--company", "Beleid B.V.", "--year", "2026");
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step1"]');
    await d.waitFor('[data-testid="policy-empty"]');
    await d.clickCss('[data-testid="policy-new"]');
    await d.waitFor('[data-testid="policy-form"]');
    await d.fill('[data-testid="policy-label"]', "Beleid 2026");
    await d.fill(
      '[data-testid="policy-body"]',
      "Wij respecteren mensenrechten in onze hele keten.",
    );
    for (const e of ["frameworks", "whole_chain", "remediation"]) {
      await d.clickCss(`[data-testid="policy-element-${e}"]`);
    }
    for (const th of ["child_labour", "living_wage"]) {
      await d.clickCss(`[data-testid="policy-theme-${th}"]`);
    }
    await d.fill('[data-testid="policy-approved-by"]', "J. de Boer, directeur");
    await d.setValue('[data-testid="policy-approved-on"]', "2026-03-01");
    await d.setValue('[data-testid="policy-next-review"]', "2027-03-01");
    await d.clickCss('[data-testid="policy-save"]');
    await d.waitFor('[data-testid="policy-saved"]');
    await d.waitFor('[data-testid="policy-form"]');
    await saveShot(d, "policy-nl");
    const doc = JSON.parse(cli("export", "json", dossier));
    assert.equal(doc.policy_versions.length, 1);
    const p = doc.policy_versions[0];
    assert.equal(p.label, "Beleid 2026");
    assert.deepEqual(
      p.elements
        .filter((e) => e.covered)
        .map((e) => e.element)
        .sort(),
      ["frameworks", "remediation", "whole_chain"],
    );
    assert.deepEqual(p.themes, ["child_labour", "living_wage"]);
    assert.equal(p.approved_on, "2026-03-01");
    assert.equal(p.next_review, "2027-03-01");

    // The departments are one form: two rows changed, then saved together.
    await d.clickCss('[data-testid="step1-tab-departments"]');
    await d.fill(
      '[data-testid="department-purchasing"] input',
      "Inge (inkoop)",
    );
    await d.fill(
      '[data-testid="department-sales"] textarea',
      "Vraagt klanten naar hun eisen.",
    );
    // A department the company does not have is marked so, and counts as looked at.
    await d.clickCss(
      '[data-testid="department-research_development-not-applicable"]',
    );
    await d.waitFor(
      '[data-testid="departments-status"]',
      (t) => t === "Wijzigingen nog niet opgeslagen",
    );
    await d.clickCss('[data-testid="departments-save"]');
    await d.waitFor('[data-testid="departments-saved"]');
    const deps = JSON.parse(cli("export", "json", dossier)).departments;
    const dep = (code) => deps.find((x) => x.code === code);
    assert.equal(dep("purchasing").responsible, "Inge (inkoop)");
    assert.equal(
      dep("sales").current_practice,
      "Vraagt klanten naar hun eisen.",
    );
    assert.equal(dep("research_development").not_applicable, true);
    assert.equal(dep("purchasing").not_applicable, false);
    const step1 = JSON.parse(cli("status", dossier, "--json")).steps[0];
    assert.equal(
      step1.done.find((f) => f.code === "step1.departments_checked")?.count,
      3,
    );

    // A KPI with a measurement gets a chart with one point per measurement.
    await d.clickCss('[data-testid="step1-tab-kpis"]');
    await d.clickCss('[data-testid="kpi-add"]');
    await d.fill('[data-testid="kpi-name"]', "Leveranciers met getekende code");
    await d.fill('[data-testid="kpi-unit"]', "%");
    await d.fill('[data-testid="kpi-baseline"]', "10");
    await d.fill('[data-testid="kpi-target"]', "80");
    await d.setValue('[data-testid="kpi-deadline"]', "2027-12-31");
    await d.fill('[data-testid="kpi-owner"]', "Inkoop");
    await d.clickCss('[data-testid="kpi-save"]');
    await d.waitFor('[data-testid="kpi"]', (t) =>
      t.includes("Nog geen metingen."),
    );
    // The list writes each date the Dutch way.
    for (const [date, value, shown] of [
      ["2026-03-31", "25", /31 mrt\.? 2026: 25/],
      ["2026-09-30", "40", /30 sep\.? 2026: 40/],
    ]) {
      await d.clickCss('[data-testid="kpi-measure"]');
      await d.setValue('[data-testid="measurement-date"]', date);
      await d.fill('[data-testid="measurement-value"]', value);
      await d.clickCss('[data-testid="measurement-save"]');
      await d.waitFor('[data-testid="measurement-list"]', (t) => shown.test(t));
    }
    await d.waitFor('[data-testid="kpi-chart"]');
    const points = await d.execute(
      "return document.querySelectorAll('[data-testid=kpi-point]').length;",
    );
    assert.equal(points, 2);
    const line = await d.execute(
      "return document.querySelector('[data-testid=kpi-line]').getAttribute('d');",
    );
    assert.match(line, /^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+$/);
    await d.scrollTo('[data-testid="kpi"]');
    await saveShot(d, "kpi-chart-nl");

    // A note longer than 2,000 characters is refused with a message; nothing is stored.
    await d.clickCss('[data-testid="kpi-measure"]');
    await d.setValue('[data-testid="measurement-note"]', "x".repeat(2001));
    await d.clickCss('[data-testid="measurement-save"]');
    await d.waitFor('[data-testid="measurement-error"]', (t) =>
      t.includes("Toelichting"),
    );
    assert.equal(
      JSON.parse(cli("export", "json", dossier)).kpi_measurements.length,
      2,
    );
  });
});

test("prioritised risks outside the policy are named, and the code of conduct is set in bulk", async () => {
  const home = makeHome();
  const dossier = join(home, "voorbeeld.kkdossier");
  cli("sample", dossier);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step1"]');
    const uncovered = await d.waitFor('[data-testid="policy-uncovered"]');
    const text = await d.text(uncovered);
    assert.match(text, /Vervuiling van rivieren door ververijen/);
    await d.waitFor('[data-testid="policy-review-due"]', (t) =>
      /15 nov\.? 2026/.test(t),
    );

    await d.clickCss('[data-testid="step1-tab-code"]');
    const before = JSON.parse(cli("export", "json", dossier)).suppliers;
    await d.waitFor('[data-testid="coc-table"]', (t) =>
      t.includes("Logistiek Walcheren"),
    );
    const picks = await d.findAll('[data-testid="coc-pick"]');
    assert.equal(picks.length, 14);
    // The dyeing mill (3rd) and the spinning mill (7th) receive the code.
    await d.click(picks[2]);
    await d.click(picks[6]);
    await d.selectOption('[data-testid="coc-status"]', "verstuurd");
    await d.clickCss('[data-testid="coc-apply"]');
    await d.waitFor(
      '[data-testid="coc-done"]',
      (t) => t === "2 leveranciers bijgewerkt",
    );
    const after = JSON.parse(cli("export", "json", dossier)).suppliers;
    assert.equal(after[2].code_of_conduct, "sent");
    assert.equal(after[6].code_of_conduct, "sent");
    assert.ok(after[2].code_of_conduct_on);
    // The others are unchanged.
    for (const i of [0, 1, 3, 4, 5]) assert.deepEqual(after[i], before[i]);
  });
});
