// The first-year route on the real app: a brand-new dossier followed from the dashboard,
// each "next step" landing on the tab (and for the assessment, the risk) where it is
// done, up to a first assessed risk and a first policy written under the template's
// headings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { cli, makeHome, saveShot, withApp } from "./harness.mjs";

/** Back on the dashboard: the route has `done` stages and the next step says `text`;
 * then follows the next step's link. */
async function nextFromDashboard(d, done, text) {
  await d.clickCss('[data-testid="nav-dashboard"]');
  await d.waitFor('[data-testid="dashboard-route-progress"]', (t) =>
    t.includes(`${done} van 7 gedaan`),
  );
  await d.waitFor('[data-testid="dashboard-next"]', (t) => t.includes(text));
  await d.clickCss('[data-testid="dashboard-next-open"]');
}

test("a new dossier is led along the first-year route to an assessed risk and a first policy", async () => {
  const home = makeHome();
  const dossier = join(home, "nieuw.kkdossier");
  cli("new", dossier, "--company", "Shirtmakers B.V.", "--year", "2026");
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.waitFor(
      '[data-testid="dashboard-route"]',
      (t) => t.includes("Uw eerste jaar") && t.includes("0 van 7 gedaan"),
    );
    await saveShot(d, "route-new-nl");

    await nextFromDashboard(d, 0, "Vul het bedrijfsprofiel aan");
    await d.fill('[data-testid="company-kvk"]', "12345678");
    await d.fill('[data-testid="company-employees"]', "35");
    await d.fill('[data-testid="company-turnover"]', "5000000");
    await d.fill('[data-testid="company-sectors-input"]', "Kleding");
    await d.clickCss('[data-testid="company-sectors-add"]');
    await d.fill('[data-testid="company-countries-input"]', "Nederland");
    await d.clickCss('[data-testid="company-countries-add"]');
    await d.fill('[data-testid="company-contact"]', "Sanne de Wit");
    await d.clickCss('[data-testid="company-save"]');
    await d.waitFor('[data-testid="company-saved"]');

    await nextFromDashboard(d, 1, "ingekochte producten");
    await d.waitFor('[data-testid="chain-empty"]');
    await d.clickCss('[data-testid="item-add"]');
    await d.fill('[data-testid="item-name"]', "Katoenen shirts");
    await d.fill('[data-testid="item-goods-input"]', "Cotton");
    await d.clickCss('[data-testid="item-goods-add"]');
    await d.fill('[data-testid="item-origins-input"]', "India");
    await d.clickCss('[data-testid="item-origins-add"]');
    await d.clickCss('[data-testid="item-save"]');
    await d.waitFor('[data-testid="chain-row"]', (t) =>
      t.includes("Katoenen shirts"),
    );

    await nextFromDashboard(d, 2, "leveranciers van die producten");
    await d.clickCss('[data-testid="supplier-add"]');
    await d.fill('[data-testid="supplier-name"]', "Tiruppur Knits");
    await d.selectOption('[data-testid="supplier-country"]', "India");
    await d.clickCss('[data-testid="supplier-save"]');
    await d.waitFor('[data-testid="supplier-table"]', (t) =>
      t.includes("Tiruppur Knits"),
    );

    await nextFromDashboard(d, 3, "sector en herkomstlanden");
    const key = '[data-key="ilab:cotton:IN:child_labour"]';
    await d.clickCss(`${key} [data-testid="suggestion-accept"]`);
    await d.fill(
      `${key} [data-testid="suggestion-reason"]`,
      "Onze katoen komt uit Tamil Nadu.",
    );
    await d.clickCss(`${key} [data-testid="suggestion-confirm"]`);
    await d.waitFor('[data-testid="suggestions-answered"]');

    // The assessment lands on the risk itself: its form is open.
    await nextFromDashboard(d, 4, "Beoordeel hoe ernstig");
    const title = await d.waitFor('[data-testid="risk-title"]');
    assert.equal(await d.value(title), "Kinderarbeid: Katoen uit India");
    await d.clickCss('[data-testid="risk-assessed"]');
    for (const [dim, level] of Object.entries({
      scale: 5,
      scope: 3,
      irremediability: 4,
      likelihood: 3,
    })) {
      await d.clickCss(`[data-testid="scale-${dim}-${level}"]`);
    }
    await d.clickCss('[data-testid="risk-involvement-directly_linked"]');
    await d.selectOption('[data-testid="risk-decision"]', "wordt aangepakt");
    await d.clickCss('[data-testid="risk-save"]');
    await d.waitFor('[data-testid="risk-table"]', (t) =>
      t.includes("wordt aangepakt"),
    );

    // A first policy starts from the ten parts of a good policy as headings.
    await nextFromDashboard(d, 5, "eerste versie van uw beleid");
    await d.waitFor('[data-testid="policy-empty"]');
    await d.clickCss('[data-testid="policy-new"]');
    const body = await d.waitFor('[data-testid="policy-body"]');
    const template = await d.value(body);
    assert.match(template, /Toezegging tot herstel/);
    assert.match(template, /Belanghebbenden betrekken bij alle stappen/);
    await d.waitFor('[data-testid="policy-status"]', (t) =>
      t.includes("nog niet opgeslagen"),
    );
    await d.clickCss('[data-testid="policy-save"]');
    await d.waitFor('[data-testid="policy-saved"]');

    await d.clickCss('[data-testid="nav-dashboard"]');
    await d.waitFor('[data-testid="dashboard-route-progress"]', (t) =>
      t.includes("6 van 7 gedaan"),
    );
    await d.waitFor('[data-testid="route-measures"]', (t) =>
      t.includes("De eerste maatregelen plannen"),
    );
    await saveShot(d, "route-six-of-seven-nl");
  });
  const status = JSON.parse(cli("status", dossier, "--json"));
  assert.equal(status.route.done, 6);
  assert.equal(status.next.code, "route.measures");
  const doc = JSON.parse(cli("export", "json", dossier));
  assert.match(doc.policy_versions[0].body, /Toezegging tot herstel/);
  assert.equal(doc.risks[0].risk.decision, "prioritised");
});

test("a reminder opens the step on its tab with its record", async () => {
  const home = makeHome();
  const sample = join(home, "voorbeeld.kkdossier");
  cli("sample", sample);
  // The sample's deferred warehouse risk, with its review date moved into the past.
  const doc = JSON.parse(cli("export", "json", sample));
  const risk = doc.risks.find((r) =>
    r.risk.title.startsWith("Tillen en reiken"),
  );
  risk.risk.review_date = "2026-11-01";
  const json = join(home, "verlopen.json");
  writeFileSync(json, JSON.stringify(doc));
  const dossier = join(home, "verlopen.kkdossier");
  cli("import", "json", dossier, json);
  await withApp({ home, args: [dossier] }, async (d) => {
    // Another tab of step 2 was shown last: the reminder still lands on the risks.
    await d.clickCss('[data-testid="nav-step2"]');
    await d.clickCss('[data-testid="step2-tab-suppliers"]');
    await d.clickCss('[data-testid="nav-dashboard"]');
    await d.clickCss('[data-testid="reminder-risk_review_due"] button');
    const title = await d.waitFor('[data-testid="risk-title"]');
    assert.equal(await d.value(title), risk.risk.title);
    await d.waitFor('[data-testid="step2-tab-risks"][aria-selected="true"]');
    await saveShot(d, "reminder-lands-nl");
  });
});
