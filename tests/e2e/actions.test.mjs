// Steps 3 and 4 on the real app: planning a measure for a prioritised risk shows the
// guidance for its involvement; an overdue measure appears on the dashboard and in the
// navigation; progress is recorded with evidence, and a too-large file is refused.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, makeHome, saveShot, withApp } from "./harness.mjs";

test("a plan that does not fit the involvement is flagged, an overdue measure reaches the dashboard", async () => {
  const home = makeHome();
  const dossier = join(home, "voorbeeld.kkdossier");
  cli("sample", dossier);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step3"]');
    // The sample's plan for overtime only trains the supplier, while the company contributes.
    const overtime = '[data-risk="Excessief overwerk in piekperiodes"]';
    await d.waitFor(`${overtime} [data-testid="plan-advice"]`, (t) =>
      t.includes("eigen bijdrage stoppen"),
    );

    // Harassment of seamstresses: directly linked, no measures yet.
    const plan = '[data-risk="Intimidatie van naaisters"]';
    await d.clickCss(`${plan} [data-testid="plan-add"]`);
    await d.fill(
      `${plan} [data-testid="action-title"]`,
      "Relatie met het atelier beëindigen",
    );
    await d.selectOption(
      `${plan} [data-testid="action-measure"]`,
      "Verantwoord afscheid (laatste redmiddel)",
    );
    await d.waitFor(
      `${plan} [data-testid="advice-disengagement_too_early"]`,
      (t) => t.includes("laatste redmiddel"),
    );
    await saveShot(d, "plan-warning-nl");
    // Using leverage instead fits a directly linked risk.
    await d.fill(
      `${plan} [data-testid="action-title"]`,
      "Klachtenkanaal met de vakbond opzetten",
    );
    await d.selectOption(
      `${plan} [data-testid="action-measure"]`,
      "Invloed gebruiken",
    );
    await d.waitFor(`${plan} [data-testid="action-fits"]`);
    await d.fill(`${plan} [data-testid="action-owner"]`, "Inge Koster");
    await d.setValue(`${plan} [data-testid="action-deadline"]`, "2026-01-31");
    await d.clickCss(`${plan} [data-testid="action-save"]`);
    await d.waitFor(
      `${plan} [data-testid="plan-actions"]`,
      (t) =>
        t.includes("Klachtenkanaal met de vakbond opzetten") &&
        t.includes("over de deadline"),
    );
    const doc = JSON.parse(cli("export", "json", dossier));
    const added = doc.actions.find(
      (a) => a.title === "Klachtenkanaal met de vakbond opzetten",
    );
    assert.equal(added.measure, "use_leverage");
    assert.equal(
      doc.risks[added.risk_id - 1].risk.title,
      "Intimidatie van naaisters",
    );

    // The overdue measure is on the dashboard and counted next to step 3.
    await d.clickCss('[data-testid="nav-dashboard"]');
    await d.waitFor('[data-testid="reminders"]', (t) =>
      t.includes("Klachtenkanaal met de vakbond opzetten"),
    );
    await d.waitFor('[data-testid="nav-count-step3"]', (t) => Number(t) >= 2);
    await saveShot(d, "dashboard-reminders-nl");
  });
});

test("progress is recorded with an evidence file, and a file above the limit is refused", async () => {
  const home = makeHome();
  const dossier = join(home, "voorbeeld.kkdossier");
  cli("sample", dossier);
  const small = join(home, "foto-nooduitgang.txt");
  writeFileSync(small, "Foto van de vrijgemaakte nooduitgang.\n");
  const big = join(home, "video.mp4");
  writeFileSync(big, Buffer.alloc(11 * 1024 * 1024, 7));
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step4"]');
    await d.waitFor('[data-testid="reminder-cap_overdue"]');
    await d.clickCss('[data-testid="step4-tab-progress"]');
    await d.waitFor('[data-testid="progress-action"]');
    await d.clickCss('[data-testid="progress-add"]');
    await d.fill(
      '[data-testid="update-progress"]',
      "Brandtrappen geplaatst en gekeurd.",
    );
    await d.selectOption('[data-testid="update-effectiveness"]', "werkt");
    await d.clickCss('[data-testid="update-save"]');
    await d.waitFor('[data-testid="update-list"]', (t) =>
      t.includes("Brandtrappen geplaatst"),
    );

    const first = (await d.findAll('[data-testid="evidence-file"]'))[0];
    await d.type(first, small);
    await d.waitFor('[data-testid="evidence-list"]', (t) =>
      t.includes("foto-nooduitgang.txt"),
    );
    await d.type((await d.findAll('[data-testid="evidence-file"]'))[0], big);
    await d.waitFor('[data-testid="progress-error"]', (t) =>
      t.includes("11.0 MB"),
    );
    await saveShot(d, "progress-evidence-nl");
    const doc = JSON.parse(cli("export", "json", dossier));
    const names = doc.evidence.map((e) => e.file_name);
    assert.ok(names.includes("foto-nooduitgang.txt"), names.join(", "));
    assert.ok(!names.includes("video.mp4"));
    const stored = doc.evidence.find(
      (e) => e.file_name === "foto-nooduitgang.txt",
    );
    assert.equal(
      Buffer.from(stored.content_base64, "base64").toString("utf8"),
      "Foto van de vrijgemaakte nooduitgang.\n",
    );

    // Deleting a file asks in place; "keep" keeps it, "yes" deletes it.
    const file = '[data-file="foto-nooduitgang.txt"]';
    await d.clickCss(`${file} [data-testid="evidence-delete"]`);
    await d.clickCss(`${file} [data-testid="evidence-delete-keep"]`);
    await d.waitFor(`${file} [data-testid="evidence-delete"]`);
    assert.ok(
      JSON.parse(cli("export", "json", dossier)).evidence.some(
        (e) => e.file_name === "foto-nooduitgang.txt",
      ),
    );
    await d.clickCss(`${file} [data-testid="evidence-delete"]`);
    await d.clickCss(`${file} [data-testid="evidence-delete-confirm"]`);
    await d.waitFor(
      '[data-testid="evidence-list"]',
      (t) => !t.includes("foto-nooduitgang.txt"),
    );
  });
  const after = JSON.parse(cli("export", "json", dossier));
  assert.ok(
    !after.evidence.some((e) => e.file_name === "foto-nooduitgang.txt"),
  );
});

test("a progress note that judges a measure not effective turns its plan into one that needs escalation", async () => {
  const home = makeHome();
  const dossier = join(home, "voorbeeld.kkdossier");
  cli("sample", dossier);
  await withApp({ home, args: [dossier] }, async (d) => {
    // The sample's wage plan already needs a step up: one plan on the dashboard.
    await d.waitFor('[data-testid="dashboard-step-3"]', (t) =>
      t.includes("1 plan met een maatregel die niet werkt"),
    );
    await d.clickCss('[data-testid="nav-step4"]');
    await d.clickCss('[data-testid="step4-tab-progress"]');
    const training =
      '[data-action="Training personeelsplanning voor het atelier in Izmir"]';
    await d.clickCss(`${training} [data-testid="progress-add"]`);
    await d.fill(
      '[data-testid="update-progress"]',
      "Na de training werd in de piekweken nog steeds 70 uur per week gewerkt.",
    );
    await d.selectOption('[data-testid="update-effectiveness"]', "werkt niet");
    await d.clickCss('[data-testid="update-save"]');
    await d.waitFor(`${training} [data-testid="update-list"]`, (t) =>
      t.includes("70 uur per week"),
    );

    await d.clickCss('[data-testid="nav-step3"]');
    const overtime = '[data-risk="Excessief overwerk in piekperiodes"]';
    const box = await d.waitFor(
      `${overtime} [data-testid="plan-escalation"]`,
      (t) => t.includes("tijd voor een volgende stap"),
    );
    const text = await d.text(box);
    assert.match(text, /Training van de leverancier/i);
    assert.match(text, /opschorten/);
    await d.scrollTo(`${overtime} [data-testid="plan-escalation"]`);
    // Let the page settle after the plans reloaded, so the picture shows the box.
    await new Promise((r) => setTimeout(r, 500));
    await d.scrollTo(`${overtime} [data-testid="plan-escalation"]`);
    await saveShot(d, "plan-escalation-nl");

    await d.clickCss('[data-testid="nav-dashboard"]');
    await d.waitFor('[data-testid="dashboard-step-3"]', (t) =>
      t.includes("2 plannen met een maatregel die niet werkt"),
    );
  });
});

test("a responsible exit is done only with its questions answered, and then ends the relationship", async () => {
  const home = makeHome();
  const dossier = join(home, "vertrek.kkdossier");
  cli("sample", dossier);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step3"]');
    const plan = '[data-risk="Gedwongen arbeid in spinnerijen"]';
    const exit =
      '[data-action="Afbouwen bij de spinnerij als de voorwaarden niet worden gehaald"]';
    await d.clickCss(`${plan} ${exit} button`);
    await d.waitFor('[data-testid="exit-reason"]');
    // Marked done while three questions are open: refused in words, nothing stored.
    await d.selectOption('[data-testid="action-status"]', "klaar");
    await d.clickCss('[data-testid="action-save"]');
    await d.waitFor('[data-testid="action-error"]', (t) =>
      t.includes(
        "pas worden afgerond als alle vragen over het vertrek zijn beantwoord",
      ),
    );
    await d.fill(
      '[data-testid="exit-workers"]',
      "De spinnerij verliest 4% van haar orders; geen ontslagen verwacht.",
    );
    await d.fill(
      '[data-testid="exit-informed"]',
      "Brief aan het werknemerscomité en de vakbond, een maand vooraf.",
    );
    await d.setValue('[data-testid="exit-ends-on"]', "2027-04-30");
    await d.scrollTo('[data-testid="action-exit"]');
    await saveShot(d, "action-exit-nl");
    await d.clickCss('[data-testid="action-save"]');
    await d.waitFor(`${plan} ${exit}`, (t) => t.includes("klaar"));
  });
  // The supplier's record now says the relationship ended, with the effect on workers.
  const doc = JSON.parse(cli("export", "json", dossier));
  const mill = doc.suppliers.find((s) => s.name === "Tiruppur Spinning Mills");
  assert.equal(mill.ended_on, "2027-04-30");
  assert.equal(
    mill.exit_impact,
    "De spinnerij verliest 4% van haar orders; geen ontslagen verwacht.",
  );
  const action = doc.actions.find(
    (a) => a.measure === "responsible_disengagement",
  );
  assert.equal(
    action.exit.informed,
    "Brief aan het werknemerscomité en de vakbond, een maand vooraf.",
  );
});
