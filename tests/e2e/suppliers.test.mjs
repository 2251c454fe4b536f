// Supplier import on the real app: a messy file is previewed with its errors and
// duplicates, nothing is stored until confirmed, a possible duplicate (another name at a
// known address) is added only when ticked, then the new rows are in the register; an
// old Excel (.xls) list imports too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { closeSync, ftruncateSync, openSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { cli, makeHome, saveShot, withApp } from "./harness.mjs";

const fixtures = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "fixtures",
  "imports",
);

test("a supplier file is previewed, confirmed and then listed", async () => {
  const home = makeHome();
  const dossier = join(home, "leveranciers.kkdossier");
  cli("new", dossier, "--company", "Import B.V.", "--year", "2026");
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step2"]');
    await d.clickCss('[data-testid="step2-tab-suppliers"]');
    const input = await d.waitFor('[data-testid="supplier-file"]');
    await d.type(input, join(fixtures, "with_errors.csv"));
    const preview = await d.waitFor('[data-testid="import-preview"]', (t) =>
      t.includes("2 nieuw, 1 al bekend, 1 mogelijk dubbel, 4 met fouten"),
    );
    const text = await d.text(preview);
    assert.match(text, /Regel 3, land: land onbekend: “Atlantis”/);
    assert.match(
      text,
      /Regel 7: “GOED ATELIER B.V.” staat er al als “Goed Atelier”/,
    );
    assert.match(
      text,
      /Regel 8: “Ander Atelier” staat op hetzelfde adres als “Goed Atelier”/,
    );
    // The user knows it is another company in the same building and keeps it.
    await d.scrollTo('[data-testid="import-keep"]');
    await d.clickCss('[data-testid="import-keep"]');
    await d.waitFor('[data-testid="import-commit"]', (t) => t.includes("3"));
    await d.execute(
      "document.querySelector('[data-testid=import-preview]').scrollIntoView()",
    );
    await saveShot(d, "import-preview-nl");
    // Previewing stored nothing.
    assert.equal(
      JSON.parse(cli("export", "json", dossier)).suppliers.length,
      0,
    );

    await d.clickCss('[data-testid="import-commit"]');
    await d.waitFor(
      '[data-testid="import-done"]',
      (t) => t === "3 leveranciers geïmporteerd.",
    );
    await d.waitFor(
      '[data-testid="supplier-table"]',
      (t) => t.includes("Goed Atelier") && t.includes("Marokko"),
    );

    // A Dutch Excel export in Windows-1252 with semicolons imports completely.
    await d.type(
      await d.find('[data-testid="supplier-file"]'),
      join(fixtures, "leveranciers_excel_nl.csv"),
    );
    await d.waitFor(
      '[data-testid="import-preview"]',
      (t) =>
        t.includes("5 nieuw, 0 al bekend, 0 mogelijk dubbel, 0 met fouten") &&
        t.includes("windows-1252"),
    );
    await d.clickCss('[data-testid="import-commit"]');
    await d.waitFor('[data-testid="supplier-table"]', (t) =>
      t.includes("Izmir Örme"),
    );

    // An Excel 97-2003 workbook: its names in Chinese and Arabic come through.
    await d.type(
      await d.find('[data-testid="supplier-file"]'),
      join(fixtures, "leveranciers.xls"),
    );
    await d.waitFor(
      '[data-testid="import-preview"]',
      (t) =>
        t.includes("Gelezen als Excel-werkmap (XLS)") && t.includes("2 nieuw"),
    );
    await d.clickCss('[data-testid="import-commit"]');
    await d.waitFor(
      '[data-testid="supplier-table"]',
      (t) => t.includes("宁波纺织有限公司") && t.includes("مصنع النسيج"),
    );
  });
  const suppliers = JSON.parse(cli("export", "json", dossier)).suppliers;
  assert.deepEqual(
    suppliers.map((s) => s.country),
    ["MA", "MA", null, "BE", "BD", "TR", "PT", "PK", "CN", "EG"],
  );
});

test("a supplier list too large to import is refused by its size, unread", async () => {
  const home = makeHome();
  const dossier = join(home, "groot.kkdossier");
  cli("new", dossier, "--company", "Groot B.V.", "--year", "2026");
  // A sparse file of 65 MB: its size says enough, its contents are never read.
  const big = join(home, "leveranciers-groot.csv");
  const fd = openSync(big, "w");
  ftruncateSync(fd, 65 * 1024 * 1024);
  closeSync(fd);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step2"]');
    await d.clickCss('[data-testid="step2-tab-suppliers"]');
    await d.type(await d.waitFor('[data-testid="supplier-file"]'), big);
    const notice = await d.waitFor('[data-testid="error-notice"]', (t) =>
      t.includes("65.0 MB"),
    );
    assert.match(await d.text(notice), /tot 64 MB/);
    assert.equal((await d.findAll('[data-testid="import-preview"]')).length, 0);
  });
  assert.equal(JSON.parse(cli("export", "json", dossier)).suppliers.length, 0);
});
