// Step 2 on the real app: risks are added and assessed, ranked severity-first, shown in
// the heat map, and a deferral without review date is refused.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cli, makeHome, saveShot, withApp } from "./harness.mjs";

async function addRisk(
  d,
  { title, theme, country, scores, involvement, decision },
) {
  await d.clickCss('[data-testid="risk-add"]');
  await d.fill('[data-testid="risk-title"]', title);
  await d.selectOption('[data-testid="risk-theme"]', theme);
  await d.selectOption('[data-testid="risk-country"]', country);
  await d.clickCss('[data-testid="risk-assessed"]');
  for (const [dim, level] of Object.entries(scores)) {
    await d.clickCss(`[data-testid="scale-${dim}-${level}"]`);
  }
  await d.clickCss(`[data-testid="risk-involvement-${involvement}"]`);
  await d.selectOption('[data-testid="risk-decision"]', decision);
  await d.clickCss('[data-testid="risk-save"]');
}

test("assessed risks are ranked severity-first and counted in the heat map", async () => {
  const home = makeHome();
  const dossier = join(home, "risico.kkdossier");
  cli("new", dossier, "--company", "Risico B.V.", "--year", "2026");
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step2"]');
    await d.clickCss('[data-testid="step2-tab-risks"]');
    await d.waitFor('[data-testid="risk-register"]');

    // Likely but less severe first, then severe but less likely.
    await addRisk(d, {
      title: "Excessief overwerk",
      theme: "Gezond en veilig werk",
      country: "Turkije",
      scores: { scale: 3, scope: 3, irremediability: 2, likelihood: 5 },
      involvement: "contributes",
      decision: "wordt aangepakt",
    });
    await d.waitFor('[data-testid="risk-table"]', (t) =>
      t.includes("Excessief overwerk"),
    );
    await addRisk(d, {
      title: "Kinderarbeid bij katoenpluk",
      theme: "Kinderarbeid",
      country: "India",
      scores: { scale: 5, scope: 4, irremediability: 5, likelihood: 2 },
      involvement: "directly_linked",
      decision: "wordt aangepakt",
    });
    const table = await d.waitFor('[data-testid="risk-table"]', (t) =>
      t.includes("Kinderarbeid bij katoenpluk"),
    );
    const text = await d.text(table);
    assert.ok(
      text.indexOf("Kinderarbeid bij katoenpluk") <
        text.indexOf("Excessief overwerk"),
      `severity goes first:\n${text}`,
    );
    assert.match(text, /Plaats 1 volgens de methode: ernst 5 van 5/);

    const cell = await d.waitFor('[data-testid="heat-5-2"]', (t) => t === "1");
    await d.waitFor('[data-testid="heat-3-5"]', (t) => t === "1");
    await d.click(cell);
    await d.waitFor('[data-testid="risk-filter"]', (t) => t.includes("(1)"));
    await saveShot(d, "risks-nl");

    // Deferring needs a review date; the form says so and nothing is stored.
    await d.clickCss('[data-testid="risk-add"]');
    await d.fill('[data-testid="risk-title"]', "Uitstoot van transport");
    await d.selectOption('[data-testid="risk-decision"]', "uitgesteld");
    await d.clickCss('[data-testid="risk-save"]');
    const err = await d.waitFor('[data-testid="risk-error"]');
    assert.match(await d.text(err), /Datum van herbeoordeling is verplicht/);
  });

  const json = JSON.parse(cli("export", "json", dossier));
  assert.equal(json.risks.length, 2);
  const child = json.risks.find((r) => r.risk.theme === "child_labour");
  assert.equal(child.priority.rank, 1);
  assert.equal(child.priority.severity, 5);
  assert.equal(child.risk.country, "IN");
  assert.deepEqual(child.risk.assessment, {
    scale: 5,
    scope: 4,
    irremediability: 5,
    likelihood: 2,
  });
});
