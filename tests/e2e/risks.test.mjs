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

/** Opens the risk register of step 2 and returns the id of the row titled `title`. */
async function riskRowId(d, title) {
  await d.clickCss('[data-testid="nav-step2"]');
  await d.clickCss('[data-testid="step2-tab-risks"]');
  await d.waitFor('[data-testid="risk-table"]', (t) => t.includes(title));
  for (const r of await d.findAll('[data-testid^="risk-row-"]')) {
    if ((await d.text(r)).includes(title)) {
      return (await d.attribute(r, "data-testid")).replace("risk-row-", "");
    }
  }
  assert.fail(`${title} in the register`);
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

test("deferring a severity-5 risk needs a reason and an explicit confirmation, which the register shows", async () => {
  const home = makeHome();
  const dossier = join(home, "voorbeeld.kkdossier");
  cli("sample", dossier);
  const title = "Kinderarbeid in de katoenteelt";
  await withApp({ home, args: [dossier] }, async (d) => {
    const id = await riskRowId(d, title);
    await d.clickCss(`[data-testid="risk-row-${id}"] button.link`);
    await d.waitFor('[data-testid="risk-form"]');

    // Without a reason: refused in words.
    await d.selectOption('[data-testid="risk-decision"]', "uitgesteld");
    await d.setValue('[data-testid="risk-review-date"]', "2027-06-30");
    await d.clickCss('[data-testid="risk-save"]');
    const err = await d.waitFor('[data-testid="risk-error"]', (t) =>
      t.includes("motivering"),
    );
    assert.match(
      await d.text(err),
      /Een risico uitstellen kan alleen met een motivering/,
    );

    // With a reason: the app asks for an explicit confirmation, and says why.
    await d.setValue(
      '[data-testid="risk-decision-reason"]',
      "Eerst de brandveiligheid in de ateliers; de katoen volgt via het sectorconvenant.",
    );
    await d.clickCss('[data-testid="risk-save"]');
    await d.waitFor('[data-testid="risk-error"]', (t) =>
      t.includes("bevestiging"),
    );
    const reasons = await d.waitFor('[data-testid="risk-confirm-reasons"]');
    assert.match(await d.text(reasons), /hoogste ernst \(5 van 5\)/);
    await saveShot(d, "risks-confirm-nl");
    await d.clickCss('[data-testid="risk-confirm-check"]');
    await d.clickCss('[data-testid="risk-save"]');
    await d.waitFor(`[data-testid="risk-row-${id}"]`, (t) =>
      t.includes("bewust bevestigd"),
    );
  });

  const json = JSON.parse(cli("export", "json", dossier));
  const child = json.risks.find((r) => r.risk.title === title);
  assert.equal(child.risk.decision, "deferred");
  assert.equal(child.risk.decision_confirmed, true);
  assert.match(child.risk.decision_reason, /brandveiligheid/);
  assert.equal(child.risk.review_date, "2027-06-30");
});

test("deleting a risk names what goes with it, and cancelling keeps everything", async () => {
  const home = makeHome();
  const dossier = join(home, "verwijderen.kkdossier");
  cli("sample", dossier);
  const title = "Brand- en instortingsgevaar in confectieateliers";
  const before = JSON.parse(cli("export", "json", dossier));
  await withApp({ home, args: [dossier] }, async (d) => {
    const id = await riskRowId(d, title);
    await d.clickCss(`[data-testid="risk-row-${id}"] button.link`);
    await d.waitFor('[data-testid="risk-form"]');
    // The first click only asks, and names the measures, notes and files that go along.
    await d.clickCss('[data-testid="risk-delete"]');
    const along = await d.waitFor('[data-testid="risk-delete-along"]', (t) =>
      t.includes("Maatregelen (2)"),
    );
    assert.match(await d.text(along), /Voortgangsnotities \(\d+\)/);
    assert.match(await d.text(along), /Bewijsbestanden \(1\)/);
    await d.execute(
      "document.querySelector('[data-testid=\"risk-delete-confirm\"]').scrollIntoView({ block: 'center' })",
    );
    await saveShot(d, "risk-delete-asks-nl");
    // Cancelled: the form closes and nothing is gone.
    await d.clickCss('[data-testid="risk-cancel"]');
    await d.waitFor('[data-testid="risk-table"]', (t) => t.includes(title));
  });
  const after = JSON.parse(cli("export", "json", dossier));
  assert.equal(after.risks.length, before.risks.length);
  assert.equal(after.actions.length, before.actions.length);
  assert.equal(after.evidence.length, before.evidence.length);
});

test("leaving a changed form asks first; staying keeps the change, leaving drops it", async () => {
  const home = makeHome();
  const dossier = join(home, "wijziging.kkdossier");
  cli("sample", dossier);
  const title = "Kinderarbeid in de katoenteelt";
  await withApp({ home, args: [dossier] }, async (d) => {
    const id = await riskRowId(d, title);
    // An unchanged form is left without a question.
    await d.clickCss(`[data-testid="risk-row-${id}"] button.link`);
    await d.waitFor('[data-testid="risk-form"]');
    await d.clickCss('[data-testid="step2-tab-chain"]');
    await d.clickCss('[data-testid="step2-tab-risks"]');
    await d.clickCss(`[data-testid="risk-row-${id}"] button.link`);
    await d.fill(
      '[data-testid="risk-title"]',
      "Kinderarbeid bij de pluk van katoen",
    );
    await d.clickCss('[data-testid="nav-step3"]');
    await d.waitFor('[data-testid="leaving"]', (t) =>
      t.includes("nog niet zijn opgeslagen"),
    );
    await saveShot(d, "leaving-asks-nl");
    await d.clickCss('[data-testid="leaving-stay"]');
    const kept = await d.waitFor('[data-testid="risk-title"]');
    assert.equal(await d.value(kept), "Kinderarbeid bij de pluk van katoen");
    await d.clickCss('[data-testid="nav-step3"]');
    await d.clickCss('[data-testid="leaving-discard"]');
    await d.waitFor('[data-testid="step-page-3"]');
  });
  const doc = JSON.parse(cli("export", "json", dossier));
  assert.ok(doc.risks.some((r) => r.risk.title === title));
});
