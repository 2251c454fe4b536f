// Places a user finds things by: the company profile in the navigation, reminders that
// show whether they are late or coming up and open their record, and the two kinds of
// communication (step 1 and step 5) leading to each other.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cli, makeHome, withApp } from "./harness.mjs";

test("the profile has its own place, reminders show lateness and open their measure, and communication links both ways", async () => {
  const home = makeHome();
  const dossier = join(home, "plaatsen.kkdossier");
  cli("sample", dossier);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.waitFor('[data-testid="dashboard-profile"]');
    await d.clickCss('[data-testid="nav-profile"]');
    const name = await d.waitFor('[data-testid="company-name"]');
    assert.equal(await d.value(name), "Zeeland Werkkleding B.V.");
    // The turnover is also written as an amount.
    await d.waitFor('[data-testid="company-turnover-shown"]', (t) =>
      /^€\s?14\.500\.000$/.test(t),
    );

    // Late reminders are marked so; each opens where it is dealt with.
    await d.clickCss('[data-testid="nav-dashboard"]');
    await d.waitFor('[data-testid="reminders"] li');
    const marks = await d.execute(
      `return [...document.querySelectorAll('[data-testid="reminders"] li')].map((li) =>
         [li.dataset.testid, li.dataset.overdue, li.className, li.querySelector(".badge").textContent.trim()]);`,
    );
    assert.ok(marks.length > 0);
    for (const [kind, overdue, cls, badge] of marks) {
      const late = overdue === "true";
      assert.equal(cls.includes(late ? "overdue" : "upcoming"), true, kind);
      const expected = late
        ? "te laat"
        : kind === "reminder-engagement_follow_up"
          ? "wacht op u"
          : "binnenkort";
      assert.equal(badge, expected, kind);
      if (kind === "reminder-certificate_expiring") assert.equal(late, false);
      if (kind === "reminder-action_overdue") assert.equal(late, true);
    }
    await d.clickCss('[data-testid="reminder-action_overdue"] button');
    await d.waitFor('[data-testid="step3-tab-plans"][aria-selected="true"]');
    const title = await d.waitFor('[data-testid="action-title"]');
    assert.equal(
      await d.value(title),
      "Corrigerend actieplan brandveiligheid Chittagong",
    );

    // A certificate about to expire opens its supplier.
    await d.clickCss('[data-testid="nav-dashboard"]');
    await d.clickCss('[data-testid="reminder-certificate_expiring"] button');
    await d.waitFor(
      '[data-testid="step2-tab-suppliers"][aria-selected="true"]',
    );
    const supplier = await d.waitFor('[data-testid="supplier-name"]');
    assert.equal(await d.value(supplier), "Ege Tekstil Boya");

    // The KPI chart writes its dates the Dutch way too.
    await d.clickCss('[data-testid="nav-step1"]');
    await d.clickCss('[data-testid="step1-tab-kpis"]');
    await d.waitFor('[data-testid="kpi-chart"]');
    const ticks = await d.execute(
      `return [...document.querySelectorAll('[data-testid="kpi-chart"] text')].map((x) => x.textContent);`,
    );
    assert.ok(ticks.length > 0);
    for (const x of ticks) assert.doesNotMatch(x, /\d{4}-\d{2}-\d{2}/);

    // Step 1's communication and step 5's log lead to each other.
    await d.clickCss('[data-testid="nav-step1"]');
    await d.clickCss('[data-testid="step1-tab-communications"]');
    await d.clickCss('[data-testid="communications-to-log"] button');
    await d.waitFor(
      '[data-testid="step5-tab-communication"][aria-selected="true"]',
    );
    await d.clickCss('[data-testid="commlog-to-policy"] button');
    await d.waitFor(
      '[data-testid="step1-tab-communications"][aria-selected="true"]',
    );
  });
});
