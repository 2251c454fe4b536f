// A search over the whole dossier, results that open their record on its tab, and many
// suggestions answered at once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cli, makeHome, withApp } from "./harness.mjs";

test("a search finds records of several registers and each result opens its record", async () => {
  const home = makeHome();
  const dossier = join(home, "zoeken.kkdossier");
  cli("sample", dossier);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.waitFor('[data-testid="dashboard-profile"]');
    await d.fill('[data-testid="search-input"]', "chittagong");
    await d.clickCss('[data-testid="search-go"]');
    await d.waitFor('[data-testid="search-count"]');
    // A supplier and a measure, found regardless of letter case.
    await d.waitFor('[data-testid="search-kind-supplier"]', (t) =>
      t.includes("Chittagong Workwear Ltd."),
    );
    await d.waitFor('[data-testid="search-kind-action"]', (t) =>
      t.includes("Corrigerend actieplan brandveiligheid Chittagong"),
    );
    // The supplier opens in its form on the suppliers tab.
    await d.clickCss('[data-testid="search-hit-supplier-1"] button');
    await d.waitFor(
      '[data-testid="step2-tab-suppliers"][aria-selected="true"]',
    );
    const name = await d.waitFor('[data-testid="supplier-name"]');
    assert.equal(await d.value(name), "Chittagong Workwear Ltd.");
    // The measure opens in its form on the plans of step 3.
    await d.fill('[data-testid="search-input"]', "Chittagong");
    await d.clickCss('[data-testid="search-go"]');
    await d.clickCss('[data-testid="search-hit-action-1"] button');
    await d.waitFor('[data-testid="step3-tab-plans"][aria-selected="true"]');
    const title = await d.waitFor('[data-testid="action-title"]');
    assert.equal(
      await d.value(title),
      "Corrigerend actieplan brandveiligheid Chittagong",
    );
    // A grievance found by a word of its description opens its details.
    await d.fill('[data-testid="search-input"]', "overuren");
    await d.clickCss('[data-testid="search-go"]');
    await d.waitFor('[data-testid="search-kind-grievance"]');
    await d.clickCss('[data-testid="search-hit-grievance-1"] button');
    await d.waitFor('[data-testid="grievance-details"]', (t) =>
      t.includes("Overuren in september"),
    );
    // A word found nowhere says so.
    await d.fill('[data-testid="search-input"]', "xyzzy");
    await d.clickCss('[data-testid="search-go"]');
    await d.waitFor('[data-testid="search-none"]', (t) => t.includes("xyzzy"));
  });
});

test("several suggestions are dismissed at once with one reason", async () => {
  const home = makeHome();
  const dossier = join(home, "bulk.kkdossier");
  cli("sample", dossier);
  const open = () =>
    JSON.parse(cli("suggestions", dossier, "--json")).filter(
      (s) => s.decision === null,
    ).length;
  const before = open();
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.waitFor('[data-testid="dashboard-profile"]');
    await d.clickCss('[data-testid="nav-step2"]');
    await d.clickCss('[data-testid="step2-tab-suggestions"]');
    // Narrowed to one kind by the filter, then all shown picked.
    await d.fill('[data-testid="suggestions-filter"]', "Kleding");
    for (let i = 0; ; i++) {
      const narrowed = await d.execute(
        `return [...document.querySelectorAll('[data-testid="suggestion-title"]')].every((x) => x.textContent.toLowerCase().includes("kleding"));`,
      );
      if (narrowed) break;
      assert.ok(i < 50, "the filter narrows the list");
      await new Promise((r) => setTimeout(r, 100));
    }
    const shown = (await d.findAll('[data-testid="suggestion-pick"]')).length;
    assert.ok(shown >= 2, `${shown} shown`);
    await d.clickCss('[data-testid="suggestions-pick-all"]');
    await d.waitFor('[data-testid="suggestions-picked"]', (t) =>
      t.startsWith(`${shown} `),
    );
    await d.clickCss('[data-testid="suggestions-bulk-dismiss"]');
    // Without a reason nothing is stored.
    await d.clickCss('[data-testid="suggestions-bulk-confirm"]');
    await d.waitFor('[data-testid="suggestions-bulk-error"]');
    assert.equal(open(), before);
    await d.fill(
      '[data-testid="suggestions-bulk-reason"]',
      "Onze kleding komt uit gecontroleerde ateliers; besproken in maart.",
    );
    await d.clickCss('[data-testid="suggestions-bulk-confirm"]');
    // Answered: the form closes and the answered ones leave the open list.
    for (let i = 0; ; i++) {
      const done = await d.execute(
        `return !document.querySelector('[data-testid="suggestions-bulk-form"]') &&
                [...document.querySelectorAll('[data-testid="suggestion-pick"]')].length === 0;`,
      );
      if (done) break;
      assert.ok(i < 100, "the picked suggestions are answered");
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  const after = open();
  assert.ok(after < before, `${after} < ${before}`);
  const answered = JSON.parse(cli("suggestions", dossier, "--json")).filter(
    (s) =>
      s.decision?.reason ===
      "Onze kleding komt uit gecontroleerde ateliers; besproken in maart.",
  );
  assert.equal(answered.length, before - after);
});
