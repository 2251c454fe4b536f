// Year over year (B2) on the real app: the sample's closed 2025 against its open 2026,
// the counts with their differences, the risk found in 2026, the risk assessed higher,
// the measure finished; a later year chosen as the earlier one is explained.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cli, makeHome, saveShot, withApp } from "./harness.mjs";

test("the sample's two years side by side, with what changed", async () => {
  const home = makeHome();
  const dossier = join(home, "voorbeeld.kkdossier");
  cli("sample", dossier);
  // What the CLI says is what the screen must show.
  const want = JSON.parse(
    cli("compare", dossier, "--from", "2025", "--to", "2026", "--json"),
  );
  const risks = want.figures.find((f) => f.code === "risks");

  await withApp({ home, args: [dossier] }, async (d) => {
    await d.waitFor('[data-testid="header-company"]');
    await d.clickCss('[data-testid="nav-compare"]');
    await d.waitFor('[data-testid="compare-states"]', (t) =>
      t.includes("2025 (afgesloten) vergeleken met 2026 (open"),
    );
    assert.equal(
      await d.value(await d.find('[data-testid="compare-from"]')),
      "2025",
    );
    assert.equal(
      await d.value(await d.find('[data-testid="compare-to"]')),
      "2026",
    );
    await d.waitFor('[data-testid="compare-figure-risks"]');
    const cells = [];
    for (const id of await d.findAll(
      '[data-testid="compare-figure-risks"] td.num',
    ))
      cells.push((await d.text(id)).trim());
    assert.deepEqual(cells, [
      `${risks.from}`,
      `${risks.to}`,
      `+${risks.to - risks.from}`,
    ]);
    await d.waitFor('[data-testid="compare-new"]', (t) =>
      t.includes("Thuiswerk zonder contract bij een borduurder in Izmir"),
    );
    const up = await d.waitFor('[data-testid="compare-reassessed"] li');
    assert.equal(await d.attribute(up, "data-direction"), "up");
    assert.match(await d.text(up), /4 × 3 → 4 × 4/);
    await d.waitFor('[data-testid="compare-effectiveness"]', (t) =>
      t.includes("1 nog niet te zeggen"),
    );
    await saveShot(d, "compare-nl");
    await d.scrollTo('[data-testid="compare-risks"]');
    await saveShot(d, "compare-changes-nl");
    // The later year as the earlier one: the screen says what to choose.
    await d.selectOption('[data-testid="compare-from"]', "2026");
    await d.waitFor('[data-testid="compare-order"]', (t) =>
      t.includes("eerder jaar"),
    );
  });
});
