// The step 1 communication log and the step 4 context log on the real app: an empty
// text is refused in words and nothing is stored; a filled one is stored and listed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cli, makeHome, withApp } from "./harness.mjs";

test("communication and context notes are recorded, an empty text is refused", async () => {
  const home = makeHome();
  const dossier = join(home, "logboek.kkdossier");
  cli("new", dossier, "--company", "Smederij Post B.V.", "--year", "2026");
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step1"]');
    await d.clickCss('[data-testid="step1-tab-communications"]');
    await d.clickCss('[data-testid="communication-add"]');
    await d.clickCss('[data-testid="communication-save"]');
    await d.waitFor('[data-testid="communication-error"]', (t) =>
      t.includes("verplicht"),
    );
    await d.fill(
      '[data-testid="communication-description"]',
      "Inkoopteam getraind op het beleid",
    );
    await d.clickCss('[data-testid="communication-save"]');
    await d.waitFor('[data-testid="communication-table"]', (t) =>
      t.includes("Inkoopteam getraind op het beleid"),
    );

    await d.clickCss('[data-testid="nav-step4"]');
    await d.clickCss('[data-testid="step4-tab-context"]');
    await d.clickCss('[data-testid="context-add"]');
    await d.clickCss('[data-testid="context-save"]');
    await d.waitFor('[data-testid="context-error"]', (t) =>
      t.includes("verplicht"),
    );
    await d.fill(
      '[data-testid="context-description"]',
      "Staking in de haven van Chittagong",
    );
    await d.clickCss('[data-testid="context-save"]');
    await d.waitFor('[data-testid="context-table"]', (t) =>
      t.includes("Staking in de haven van Chittagong"),
    );
  });
  const doc = JSON.parse(cli("export", "json", dossier));
  assert.deepEqual(
    doc.policy_communications.map((c) => c.description),
    ["Inkoopteam getraind op het beleid"],
  );
  assert.deepEqual(
    doc.context_log.map((c) => c.description),
    ["Staking in de haven van Chittagong"],
  );
});
