// Grievances on the real app: register one that came in three weeks ago, see the
// deadline warning in the list and on the dashboard, see that the list shows nothing
// confidential until asked, and move it through its steps to closed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cli, makeHome, saveShot, withApp } from "./harness.mjs";

const textOf = async (d, css) => d.text(await d.find(css));
const day = (offset) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test("a grievance shows its overdue deadline and moves through its steps to closed", async () => {
  const home = makeHome();
  const dossier = join(home, "klacht.kkdossier");
  cli(
    "new",
    dossier,
    "--company",
    "Smederij Post B.V.",
    "--year",
    day(0).slice(0, 4),
  );
  const received = day(-21);
  const secret = "Voorman dreigt met ontslag bij ziekmelding";
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step6"]');
    await d.clickCss('[data-testid="grievance-add"]');
    await d.setValue('[data-testid="grievance-received"]', received);
    await d.selectOption('[data-testid="grievance-channel"]', "Meldlijn");
    await d.selectOption(
      '[data-testid="grievance-theme"]',
      "Gezond en veilig werk",
    );
    await d.fill('[data-testid="grievance-description"]', secret);
    await d.clickCss('[data-testid="grievance-save"]');
    // Seven days to acknowledge have passed.
    await d.waitFor('[data-testid="grievance-table"]', (t) =>
      t.includes("Ontvangst niet bevestigd"),
    );
    await d.clickCss('[data-testid="grievance-hide"]');
    const table = await textOf(d, '[data-testid="grievance-table"]');
    assert.ok(!table.includes(secret), "the list shows nothing confidential");
    assert.ok(
      !(await textOf(d, "body")).includes(secret),
      "hidden details are gone",
    );
    // Let the page repaint after the details are hidden before taking the picture.
    await new Promise((r) => setTimeout(r, 400));
    await saveShot(d, "grievances-nl");

    await d.clickCss('[data-testid="nav-dashboard"]');
    await d.waitFor('[data-testid="reminders"]', (t) =>
      t.includes("Klacht #1 had uiterlijk"),
    );
    await d.waitFor('[data-testid="dashboard-step-6"]', (t) =>
      t.includes("1 klacht niet op tijd bevestigd"),
    );
    assert.ok(!(await textOf(d, "body")).includes(secret));

    await d.clickCss('[data-testid="nav-step6"]');
    await d.clickCss('[data-testid="grievance-show"]');
    await d.waitFor('[data-testid="grievance-details-description"]', (t) =>
      t.includes(secret),
    );
    await d.clickCss('[data-testid="grievance-to-acknowledged"]');
    await d.clickCss('[data-testid="grievance-step-save"]');
    await d.waitFor('[data-testid="grievance-table"]', (t) =>
      t.includes("Bevestigd sinds"),
    );
    assert.ok(
      !(await textOf(d, '[data-testid="grievance-table"]')).includes(
        "niet bevestigd",
      ),
    );
    await d.clickCss('[data-testid="grievance-to-under_assessment"]');
    await d.clickCss('[data-testid="grievance-step-save"]');
    await d.waitFor('[data-testid="grievance-table"]', (t) =>
      t.includes("In beoordeling"),
    );
    // A decision without its outcome is refused, in words.
    await d.clickCss('[data-testid="grievance-to-upheld"]');
    await d.clickCss('[data-testid="grievance-step-save"]');
    await d.waitFor('[data-testid="grievance-step-error"]', (t) =>
      t.includes("verplicht"),
    );
    await d.fill(
      '[data-testid="grievance-step-outcome"]',
      "Voorman gewaarschuwd; beleid herhaald.",
    );
    await d.clickCss('[data-testid="grievance-step-save"]');
    await d.waitFor('[data-testid="grievance-table"]', (t) =>
      t.includes("Gegrond sinds"),
    );
    // Closing asks, apart from the decision, whether the matter was resolved.
    await d.clickCss('[data-testid="grievance-to-closed"]');
    await d.clickCss('[data-testid="grievance-step-save"]');
    await d.waitFor('[data-testid="grievance-step-error"]', (t) =>
      t.includes("verplicht"),
    );
    await d.selectOption(
      '[data-testid="grievance-step-resolved"]',
      "Nee, niet opgelost",
    );
    await d.clickCss('[data-testid="grievance-step-save"]');
    await d.waitFor('[data-testid="grievance-table"]', (t) =>
      t.includes("Afgesloten sinds"),
    );
    await d.waitFor('[data-testid="grievance-details"]', (t) =>
      t.includes("geen stappen meer"),
    );
    await d.waitFor('[data-testid="grievance-details-resolved"]', (t) =>
      t.includes("Nee, niet opgelost"),
    );

    await d.clickCss('[data-testid="nav-dashboard"]');
    await d.waitFor('[data-testid="dashboard-step-6"]', (t) =>
      t.includes("1 klacht beoordeeld"),
    );
    assert.ok(
      !(await textOf(d, '[data-testid="dashboard-step-6"]')).includes(
        "niet op tijd",
      ),
    );
  });
  const doc = JSON.parse(cli("export", "json", dossier));
  const g = doc.grievances[0];
  assert.equal(g.received_on, received);
  assert.equal(g.decision, "upheld");
  assert.equal(g.resolved, false);
  assert.equal(g.outcome, "Voorman gewaarschuwd; beleid herhaald.");
  assert.equal(g.closed_on, day(0));
});
