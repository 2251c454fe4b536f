// Maturity per step (B3) on the real app: the sample's suggestion for step 4 with the
// facts behind it, another level refused without a reason and saved with one, the chart
// over the years following, a closed year read-only, and the CLI reading what was kept.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cli, makeHome, saveShot, withApp } from "./harness.mjs";

test("a suggested level confirmed or changed with a reason, per year", async () => {
  const home = makeHome();
  const dossier = join(home, "voorbeeld.kkdossier");
  cli("sample", dossier);
  const before = JSON.parse(
    cli("maturity", dossier, "--year", "2026", "--json"),
  );
  const suggested = before.lines[3].suggestion.level;
  const lower = suggested - 1;

  await withApp({ home, args: [dossier] }, async (d) => {
    await d.waitFor('[data-testid="header-company"]');
    await d.clickCss('[data-testid="nav-maturity"]');
    const card = await d.waitFor('[data-testid="maturity-step-4"]');
    assert.equal(await d.attribute(card, "data-suggested"), `${suggested}`);
    await d.waitFor(
      '[data-testid="maturity-step-4"] [data-testid="maturity-suggested"]',
      (t) => t.includes(`niveau ${suggested}`),
    );
    await saveShot(d, "maturity-nl");
    // Another level than suggested: the reason field appears and Save without it is
    // refused in words.
    await d.clickCss(`[data-testid="maturity-4-level-${lower}"]`);
    await d.waitFor('[data-testid="maturity-4-reason"]');
    await d.clickCss('[data-testid="maturity-save"]');
    await d.waitFor('[data-testid="maturity-error"]', (t) =>
      t.includes("toelichting (stap 4)"),
    );
    await d.fill(
      '[data-testid="maturity-4-reason"]',
      "De audits zijn gepland, maar de meeste vinden pas volgend jaar plaats.",
    );
    await d.clickCss('[data-testid="maturity-save"]');
    await d.waitFor(
      '[data-testid="maturity-status"]',
      (t) => t === "Opgeslagen",
    );
    // The chart over the years shows the level kept for 2026.
    await d.waitFor('[data-testid="maturity-history-4"]', (t) =>
      t.trim().endsWith(`${lower}`),
    );
    await d.scrollTo('[data-testid="maturity-step-4"]');
    await saveShot(d, "maturity-changed-nl");
    // 2025 is closed: its judgement stands and cannot be changed.
    await d.selectOption('[data-testid="maturity-year"]', "2025");
    await d.waitFor('[data-testid="maturity-closed"]', (t) =>
      t.includes("2025 is afgesloten"),
    );
    const radio = await d.find('[data-testid="maturity-1-level-1"]');
    assert.equal(
      await d.request("GET", d.s(`/element/${radio}/enabled`)),
      false,
    );
    // The comparison sets both years' levels side by side.
    await d.clickCss('[data-testid="nav-compare"]');
    await d.waitFor('[data-testid="compare-maturity-4"]', (t) =>
      t.includes(`${lower}`),
    );
  });
  const after = JSON.parse(
    cli("maturity", dossier, "--year", "2026", "--json"),
  );
  const kept = after.lines[3].assessment;
  assert.equal(kept.level, lower);
  assert.equal(kept.suggested, suggested);
  assert.match(kept.reason, /audits zijn gepland/);
});
