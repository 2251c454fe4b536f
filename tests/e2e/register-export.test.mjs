// Registers exported from the real app (R5): the supplier register as XLSX and CSV next
// to the dossier, read back (the XLSX through the importer), and the grievance register
// without its confidential parts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { cli, makeHome, withApp } from "./harness.mjs";

const savedPath = (d, register) =>
  d.execute(
    `return document.querySelector('[data-testid="export-${register}-saved"]').dataset.path;`,
  );

test("suppliers and grievances export to XLSX and CSV next to the dossier", async () => {
  const home = makeHome();
  const dossier = join(home, "voorbeeld.kkdossier");
  cli("sample", dossier);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step2"]');
    await d.clickCss('[data-testid="step2-tab-suppliers"]');
    await d.waitFor('[data-testid="supplier-shown"]', (t) =>
      t.startsWith("14 van 14"),
    );

    // XLSX (the default): a workbook that the supplier import reads as 14 new rows.
    await d.clickCss('[data-testid="export-suppliers-save"]');
    await d.waitFor('[data-testid="export-suppliers-saved"]');
    const xlsx = await savedPath(d, "suppliers");
    assert.equal(dirname(xlsx), home, "saved next to the dossier");
    assert.match(basename(xlsx), /^Leveranciers - .+\.xlsx$/);
    assert.equal(readFileSync(xlsx).subarray(0, 2).toString(), "PK");
    const fresh = join(home, "leeg.kkdossier");
    cli("new", fresh, "--company", "Leeg B.V.", "--year", "2026");
    const dry = cli("import", "suppliers", fresh, xlsx, "--dry-run");
    assert.match(dry, /\b14 new\b/, dry);

    // CSV: a header and one line per supplier, never replacing the first file.
    await d.selectOption('[data-testid="export-suppliers-format"]', "CSV");
    await d.clickCss('[data-testid="export-suppliers-save"]');
    await d.waitFor('[data-testid="export-suppliers-saved"]', (t) =>
      t.includes(".csv"),
    );
    const csv = readFileSync(await savedPath(d, "suppliers"), "utf8");
    const lines = csv.trim().split(/\r?\n/);
    assert.equal(lines.length, 15, "header and 14 suppliers");
    assert.ok(csv.includes("Chittagong Workwear Ltd."));

    // Grievances: the register without what is confidential.
    await d.clickCss('[data-testid="nav-step6"]');
    await d.waitFor('[data-testid="grievance-table"]');
    await d.selectOption('[data-testid="export-grievances-format"]', "CSV");
    await d.clickCss('[data-testid="export-grievances-save"]');
    await d.waitFor('[data-testid="export-grievances-saved"]');
    const path = await savedPath(d, "grievances");
    assert.match(basename(path), /^Klachtenregister - .+\.csv$/);
    const grievances = readFileSync(path, "utf8");
    assert.ok(grievances.startsWith("number,received_on"), grievances);
    for (const secret of [
      "Via de vakbond",
      "Loonstroken van september",
      "bekend bij de vertrouwenspersoon",
    ]) {
      assert.ok(!grievances.includes(secret), `no confidential "${secret}"`);
    }
  });
});
