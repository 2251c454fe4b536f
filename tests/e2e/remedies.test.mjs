// Steps 5 and 6 on the sample in the real app: log a communication, judge the
// mechanism and shorten its deadline (the grievance list follows), and record remedy
// whose role differs from what the involvement calls for (refused without a reason).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cli, makeHome, saveShot, withApp } from "./harness.mjs";

test("communication log, mechanism deadlines and remedy roles on the sample", async () => {
  const home = makeHome();
  const dossier = join(home, "voorbeeld.kkdossier");
  cli("sample", dossier);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step5"]');
    await d.clickCss('[data-testid="commlog-add"]');
    await d.setValue('[data-testid="commlog-date"]', "2026-09-01");
    await d.selectOption('[data-testid="commlog-audience"]', "Extern");
    await d.fill(
      '[data-testid="commlog-recipients"]',
      "Grote klanten in de bouw",
    );
    await d.selectOption('[data-testid="commlog-channel"]', "E-mail");
    await d.fill(
      '[data-testid="commlog-content"]',
      "Voortgang leefbaar loon toegelicht.",
    );
    await d.clickCss('[data-testid="commlog-save"]');
    await d.waitFor('[data-testid="commlog-table"]', (t) =>
      t.includes("Grote klanten in de bouw"),
    );

    await d.clickCss('[data-testid="nav-step6"]');
    await d.waitFor('[data-testid="grievance-table"]', (t) =>
      t.includes("Geen besluit"),
    );
    await d.clickCss('[data-testid="step6-tab-mechanism"]');
    // The criteria read against UN principle 31: dialogue is not met in the sample, and
    // judging it met moves the principle with it; the NCP is the route outside.
    await d.waitFor(
      '[data-principle="engagement_dialogue"]',
      (t) =>
        t.includes("h. Gebaseerd op overleg en dialoog") &&
        t.includes("Niet voldaan"),
    );
    await d.waitFor('[data-testid="mechanism-ncp"]', (t) =>
      t.includes("www.oesorichtlijnen.nl"),
    );
    await d.selectOption(
      'tr[data-criterion="engagement_dialogue"] select',
      "Voldaan",
    );
    await d.waitFor(
      '[data-principle="engagement_dialogue"]',
      (t) => t.includes("Voldaan") && !t.includes("Niet voldaan"),
    );
    await d.execute(
      "document.querySelector('[data-testid=\"mechanism-ungp\"]').scrollIntoView()",
    );
    await saveShot(d, "mechanism-ungp31-nl");
    await d.fill('[data-testid="mechanism-ack-days"]', "3");
    await d.clickCss('[data-testid="mechanism-save"]');
    await d.waitFor('[data-testid="mechanism-saved"]');
    // A decision deadline shorter than the acknowledgement deadline is refused.
    await d.fill('[data-testid="mechanism-decide-days"]', "2");
    await d.clickCss('[data-testid="mechanism-save"]');
    await d.waitFor('[data-testid="mechanism-error"]', (t) => t.length > 0);

    // The refused change is still in the form: moving to another tab asks first.
    await d.clickCss('[data-testid="step6-tab-remedies"]');
    await d.clickCss('[data-testid="leaving-discard"]');
    await d.waitFor('[data-testid="remedy-table"]', (t) =>
      t.includes("Tillen en reiken"),
    );
    await d.clickCss('[data-testid="remedy-add"]');
    await d.selectOption(
      '[data-testid="remedy-risk"]',
      "Lonen onder het leefbaar loon",
    );
    await d.waitFor('[data-testid="remedy-expected"]', (t) =>
      t.includes("Eigen deel van het herstel nemen"),
    );
    await d.selectOption(
      '[data-testid="remedy-role"]',
      "Invloed gebruiken zodat de veroorzaker herstelt",
    );
    // Less than the involvement calls for: the form says so and asks why.
    await d.waitFor('[data-testid="remedy-less-than-expected"]', (t) =>
      t.includes("minder dan wat uw betrokkenheid vraagt"),
    );
    await d.fill(
      '[data-testid="remedy-description"]',
      "Gesprek met de fabriek over nabetaling.",
    );
    await d.clickCss('[data-testid="remedy-save"]');
    await d.waitFor('[data-testid="remedy-error"]', (t) =>
      t.includes("verplicht"),
    );
    await d.fill(
      '[data-testid="remedy-role-reason"]',
      "Ons aandeel wordt nog vastgesteld.",
    );
    await d.clickCss('[data-testid="remedy-save"]');
    await d.waitFor(
      '[data-testid="remedy-table"]',
      (t) => t.includes("Gesprek met de fabriek") && t.includes("wijkt af"),
    );
  });
  const doc = JSON.parse(cli("export", "json", dossier));
  assert.equal(doc.grievance_mechanism.acknowledge_days, 3);
  assert.equal(doc.grievance_mechanism.decide_days, 60);
  assert.equal(
    doc.grievance_mechanism.criteria.find(
      (c) => c.criterion === "engagement_dialogue",
    ).assessment,
    "met",
  );
  assert.ok(
    doc.communication_log.some(
      (c) => c.recipients === "Grote klanten in de bouw",
    ),
  );
  const r = doc.remedies.find(
    (x) => x.description === "Gesprek met de fabriek over nabetaling.",
  );
  assert.equal(r.role, "use_leverage");
  assert.equal(r.role_reason, "Ons aandeel wordt nog vastgesteld.");
});
