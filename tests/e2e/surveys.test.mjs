// Supplier questionnaires on the real app (B4): a round is started and writes a workbook
// per supplier into a folder; a filled-in workbook (typed loosely, one answer unreadable)
// is read back into a preview that quotes what it could not read; confirmed, the round
// shows it returned with its scores and red flags; the red flag is accepted as a risk.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { CLI, cli, makeHome, saveShot, withApp } from "./harness.mjs";

/** Fills in a questionnaire as a supplier would (tests/src/bin/fill.rs). */
const FILL = join(dirname(CLI), "ketenkompas-fill");

test("a round is started, a filled workbook read back and its red flag accepted", async () => {
  const home = makeHome();
  const dossier = join(home, "vragen.kkdossier");
  cli("new", dossier, "--company", "Vraag B.V.", "--year", "2026");
  const list = join(home, "lijst.csv");
  writeFileSync(
    list,
    "naam;land\nAtelier Noord;Nederland\nFábrica Sul;Portugal\nConfection Tanger;Marokko\n",
  );
  cli("import", "suppliers", dossier, list);

  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-surveys"]');
    await d.waitFor('[data-testid="survey-round"]', (t) =>
      t.includes("Nog geen vragenronde voor 2026"),
    );
    await d.clickCss('[data-testid="survey-start"]');
    await d.waitFor('[data-testid="survey-pick"]', (t) =>
      t.includes("Fábrica Sul"),
    );
    // Each supplier's language as the core's language files say: Dutch in the
    // Netherlands, French in Morocco (a translation not yet reviewed, and said so),
    // English elsewhere.
    const chosen = await d.execute(
      "return [...document.querySelectorAll('[data-testid=survey-lang]')].map((s) => s.options[s.selectedIndex].text)",
    );
    assert.deepEqual(chosen.sort(), [
      "English",
      "Français (vertaling nog niet nagelezen)",
      "Nederlands",
    ]);
    await saveShot(d, "survey-languages-nl");
    // A selection by risk: none of these suppliers has a recorded risk.
    await d.selectOption(
      '[data-testid="survey-filter-risk"]',
      "met een vastgelegd risico",
    );
    await d.waitFor('[data-testid="survey-pick-all"]', (t) =>
      t.includes("Deze 0 kiezen"),
    );
    await d.selectOption(
      '[data-testid="survey-filter-risk"]',
      "zonder vastgelegd risico",
    );
    await d.waitFor('[data-testid="survey-pick-all"]', (t) =>
      t.includes("Deze 3 kiezen"),
    );
    await d.clickCss('[data-testid="survey-pick-all"]');
    await d.scrollTo('[data-testid="survey-create"]');
    await d.clickCss('[data-testid="survey-create"]');
    const made = await d.waitFor('[data-testid="survey-made"]', (t) =>
      t.includes("Vragenlijsten 2026"),
    );
    assert.match(await d.text(made), /Stuur ze per e-mail/);
    await d.waitFor('[data-testid="survey-counts"]', (t) =>
      t.includes("3 gevraagd · 0 terug"),
    );

    // The folder beside the dossier holds a workbook per supplier, in its language.
    const folder = join(home, "Vragenlijsten 2026");
    const files = readdirSync(folder).sort();
    assert.deepEqual(files, [
      "Questionnaire 2026 - Confection Tanger.xlsx",
      "Questionnaire 2026 - Fábrica Sul.xlsx",
      "Vragenlijst 2026 - Atelier Noord.xlsx",
    ]);

    // Atelier Noord fills it in, loosely, and renames it.
    const back = join(home, "ingevuld door Noord.xlsx");
    execFileSync(FILL, [
      join(folder, "Vragenlijst 2026 - Atelier Noord.xlsx"),
      back,
      "workers=1.200",
      "grievance_mechanism=nee|komt volgend jaar",
      "home_work=Ja",
      "home_work_oversight=x",
      "weekly_hours=ongeveer zestig",
    ]);
    await d.scrollTo('[data-testid="survey-files"]');
    await d.type(await d.find('[data-testid="survey-files"]'), back);
    const preview = await d.waitFor('[data-testid="survey-preview"]', (t) =>
      t.includes("1 vragenlijsten gelezen, 0 geweigerd"),
    );
    const text = await d.text(preview);
    assert.match(text, /Atelier Noord: 5 antwoorden, 1 niet te lezen/);
    assert.match(text, /niet te lezen: “ongeveer zestig”/);
    await d.execute(
      "document.querySelector('[data-testid=survey-preview]').scrollIntoView()",
    );
    await saveShot(d, "survey-preview-nl");
    // Nothing stored yet.
    assert.equal(
      JSON.parse(cli("export", "json", dossier)).survey_answers ?? undefined,
      undefined,
    );

    await d.scrollTo('[data-testid="survey-commit"]');
    await d.clickCss('[data-testid="survey-commit"]');
    await d.waitFor('[data-testid="survey-stored"]', (t) =>
      t.includes("1 vragenlijsten opgeslagen"),
    );
    await d.waitFor('[data-testid="survey-counts"]', (t) =>
      t.includes("3 gevraagd · 1 terug · 0 te laat · 1 met rode vlaggen"),
    );
    await d.scrollTo('[data-testid="survey-details"]');
    await d.clickCss('[data-testid="survey-details"]');
    await d.waitFor('[data-testid="survey-result"]', (t) =>
      t.includes("Geen klachtenregeling voor werknemers"),
    );
    await saveShot(d, "survey-round-nl");

    // The red flag is a suggestion in the risk explorer; accepted, it is a risk.
    await d.clickCss('[data-testid="nav-step2"]');
    await d.clickCss('[data-testid="step2-tab-suggestions"]');
    const key = '[data-key$=":no_grievance_mechanism"]';
    const card = await d.waitFor(key, (t) =>
      t.includes("Geen klachtenregeling voor werknemers (Atelier Noord)"),
    );
    assert.match(await d.text(card), /vragenlijst van de leverancier, 2026/);
    await d.scrollTo(`${key} [data-testid="suggestion-accept"]`);
    await d.clickCss(`${key} [data-testid="suggestion-accept"]`);
    await d.fill(
      `${key} [data-testid="suggestion-reason"]`,
      "We bespreken een klachtenregeling bij het volgende bezoek.",
    );
    await d.clickCss(`${key} [data-testid="suggestion-confirm"]`);
    await d.clickCss('[data-testid="step2-tab-risks"]');
    await d.waitFor('[data-testid="risk-register"]', (t) =>
      t.includes("Geen klachtenregeling voor werknemers"),
    );
  });
  const doc = JSON.parse(cli("export", "json", dossier));
  assert.equal(doc.survey_requests.filter((r) => r.returned_on).length, 1);
  const risk = doc.risks.find((r) =>
    r.risk.title.includes("Geen klachtenregeling"),
  );
  assert.ok(risk, "the accepted red flag is a risk");
  assert.equal(risk.risk.supplier_id, 1, "linked to Atelier Noord");
});
