// Stakeholders on the real app: record a stakeholder and an engagement; the engagement
// waits for a follow-up on the dashboard until the user writes what was done with it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cli, makeHome, saveShot, withApp } from "./harness.mjs";

test("an engagement waits on the dashboard until its follow-up is recorded", async () => {
  const home = makeHome();
  const dossier = join(home, "gesprek.kkdossier");
  cli("new", dossier, "--company", "Smederij Post B.V.", "--year", "2026");
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step5"]');
    await d.clickCss('[data-testid="step5-tab-stakeholders"]');
    await d.clickCss('[data-testid="stakeholder-add"]');
    await d.fill('[data-testid="stakeholder-name"]', "Metaalbond");
    await d.selectOption('[data-testid="stakeholder-kind"]', "Vakbond");
    await d.clickCss('[data-testid="stakeholder-save"]');
    await d.waitFor('[data-testid="stakeholder-table"]', (t) =>
      t.includes("Metaalbond"),
    );

    await d.clickCss('[data-testid="step5-tab-engagements"]');
    await d.clickCss('[data-testid="engagement-add"]');
    await d.setValue('[data-testid="engagement-date"]', "2026-04-01");
    await d.fill('[data-testid="engagement-about"]', "Hitte in de gieterij");
    await d.fill(
      '[data-testid="engagement-said"]',
      "Zomers boven de 40 graden.",
    );
    await d.clickCss('[data-testid="engagement-save"]');
    await d.waitFor('[data-testid="engagement-table"]', (t) =>
      t.includes("wacht op opvolging"),
    );
    await saveShot(d, "engagements-nl");

    await d.clickCss('[data-testid="nav-dashboard"]');
    await d.waitFor('[data-testid="reminders"]', (t) =>
      t.includes("Metaalbond: Hitte in de gieterij"),
    );
    await d.waitFor('[data-testid="nav-count-step5"]', (t) => Number(t) === 1);

    await d.clickCss('[data-testid="nav-step5"]');
    await d.clickCss('[data-testid="step5-tab-engagements"]');
    await d.clickCss('[data-testid="engagement-open"]');
    // A follow-up date without what was done is refused, in words.
    await d.setValue('[data-testid="engagement-followed-up-on"]', "2026-04-20");
    await d.clickCss('[data-testid="engagement-save"]');
    await d.waitFor('[data-testid="engagement-error"]', (t) =>
      t.includes("verplicht"),
    );
    await d.fill(
      '[data-testid="engagement-follow-up"]',
      "Hitteplan in het verbeterplan opgenomen.",
    );
    await d.clickCss('[data-testid="engagement-save"]');
    await d.waitFor('[data-testid="engagement-table"]', (t) =>
      t.includes("Hitteplan"),
    );
    await d.clickCss('[data-testid="nav-dashboard"]');
    await d.waitFor(
      '[data-testid="reminders"]',
      (t) => !t.includes("Hitte in de gieterij"),
    );
  });
  const doc = JSON.parse(cli("export", "json", dossier));
  assert.equal(doc.stakeholders[0].kind, "union");
  assert.equal(
    doc.engagements[0].follow_up,
    "Hitteplan in het verbeterplan opgenomen.",
  );
  assert.equal(doc.engagements[0].stakeholder_id, 1);
  assert.equal(doc.engagements[0].followed_up_on, "2026-04-20");
});
