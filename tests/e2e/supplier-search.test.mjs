// A register of 10,000 production sites in the real app: only the rows in view are in
// the page, search and the country filter find what is asked, and scrolling reaches the
// last row.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, makeHome, withApp } from "./harness.mjs";

const COUNTRIES = ["Bangladesh", "Turkije", "India", "Portugal", "Vietnam"];
const PRODUCTS = [
  "Jassen",
  "Broeken",
  "Garen",
  "Stof",
  "Handschoenen",
  "Laarzen",
  "Petten",
];

test("10,000 suppliers: windowed list, search, filter and scrolling", async () => {
  const home = makeHome();
  const dossier = join(home, "groot.kkdossier");
  cli("new", dossier, "--company", "Groot B.V.", "--year", "2026");
  const rows = ["naam;land;producten"];
  for (let i = 0; i < 10000; i++) {
    rows.push(
      `Fabriek ${String(i).padStart(5, "0")};${COUNTRIES[i % 5]};${PRODUCTS[i % 7]}`,
    );
  }
  const csv = join(home, "groot.csv");
  writeFileSync(csv, rows.join("\n") + "\n");
  cli("import", "suppliers", dossier, csv);

  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step2"]');
    await d.clickCss('[data-testid="step2-tab-suppliers"]');
    await d.waitFor('[data-testid="supplier-shown"]', (t) =>
      t.includes("10.000 van 10.000"),
    );
    const inPage = await d.findAll('[data-testid="supplier-table"] tbody tr');
    assert.ok(inPage.length < 100, `${inPage.length} rows in the page`);

    await d.fill('[data-testid="supplier-search"]', "fabriek 09876");
    await d.waitFor('[data-testid="supplier-shown"]', (t) =>
      t.includes("1 van 10.000"),
    );
    await d.waitFor('[data-testid="supplier-table"]', (t) =>
      t.includes("Fabriek 09876"),
    );

    await d.setValue('[data-testid="supplier-search"]', "");
    await d.waitFor('[data-testid="supplier-shown"]', (t) =>
      t.includes("10.000 van 10.000"),
    );
    await d.selectOption('[data-testid="supplier-country-filter"]', "Portugal");
    await d.waitFor('[data-testid="supplier-shown"]', (t) =>
      t.includes("2.000 van 10.000"),
    );
    await d.fill('[data-testid="supplier-search"]', "garen");
    // i % 7 == 2 and i % 5 == 3: one in 35.
    await d.waitFor('[data-testid="supplier-shown"]', (t) =>
      t.includes("286 van 10.000"),
    );

    await d.setValue('[data-testid="supplier-search"]', "");
    await d.selectOption(
      '[data-testid="supplier-country-filter"]',
      "Alle landen",
    );
    await d.waitFor('[data-testid="supplier-shown"]', (t) =>
      t.includes("10.000 van 10.000"),
    );
    await d.execute(
      "const w = document.querySelector('[data-testid=supplier-window]'); w.scrollTop = w.scrollHeight;",
    );
    await d.waitFor('[data-testid="supplier-table"]', (t) =>
      t.includes("Fabriek 09999"),
    );
  });
});
