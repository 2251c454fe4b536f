// Register tables sort by a column (a second click turns the order round) and filter on
// their words; the core's order stays the default.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cli, makeHome, withApp } from "./harness.mjs";

const cells = (d, table, col) =>
  d.execute(
    `return [...document.querySelectorAll('[data-testid="${table}"] tbody tr')].map((r) => r.children[${col}].textContent.trim());`,
  );

test("a register sorts by a column, turns round, and filters on its words", async () => {
  const home = makeHome();
  const dossier = join(home, "tabellen.kkdossier");
  cli("sample", dossier);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.waitFor('[data-testid="dashboard-profile"]');
    await d.clickCss('[data-testid="nav-step2"]');
    await d.clickCss('[data-testid="step2-tab-risks"]');
    await d.waitFor('[data-testid="risk-table"] tbody tr');
    // The ranking is the default order.
    const ranks = await cells(d, "risk-table", 0);
    assert.equal(ranks[0], "1");
    // By theme, A to Z, then Z to A.
    await d.clickCss('[data-testid="risk-table-sort-theme"]');
    const up = await cells(d, "risk-table", 2);
    assert.deepEqual(
      up,
      [...up].sort((a, b) => a.localeCompare(b, "nl")),
    );
    assert.equal(
      await d.execute(
        `return document.querySelector('[data-testid="risk-table-sort-theme"]').closest("th").getAttribute("aria-sort");`,
      ),
      "ascending",
    );
    await d.clickCss('[data-testid="risk-table-sort-theme"]');
    const down = await cells(d, "risk-table", 2);
    for (let i = 1; i < down.length; i++) {
      assert.ok(
        down[i - 1].localeCompare(down[i], "nl") >= 0,
        `${down[i - 1]} before ${down[i]}`,
      );
    }
    assert.notEqual(down[0], up[0]);
    // Filtered on a word: only rows that hold it, and how many of all show.
    await d.fill('[data-testid="risk-table-filter"]', "katoen");
    await d.waitFor('[data-testid="risk-table-shown"]');
    const titles = await cells(d, "risk-table", 1);
    assert.ok(
      titles.length >= 1 && titles.length < ranks.length,
      `${titles.length}`,
    );
    for (const x of titles) assert.match(x.toLowerCase(), /katoen/);
    assert.match(
      await d.text(await d.find('[data-testid="risk-table-shown"]')),
      new RegExp(`^${titles.length} van ${ranks.length} getoond$`),
    );

    // The stakeholders of step 5 filter the same way.
    await d.clickCss('[data-testid="nav-step5"]');
    await d.clickCss('[data-testid="step5-tab-stakeholders"]');
    await d.waitFor('[data-testid="stakeholder-table"] tbody tr');
    const all = (await cells(d, "stakeholder-table", 0)).length;
    await d.fill('[data-testid="stakeholder-table-filter"]', "vakbond");
    await d.waitFor('[data-testid="stakeholder-table-shown"]');
    const names = await cells(d, "stakeholder-table", 0);
    assert.ok(
      names.length >= 1 && names.length < all,
      `${names.length} of ${all}`,
    );
    for (const n of names) assert.match(n.toLowerCase(), /vakbond/);
  });
});
