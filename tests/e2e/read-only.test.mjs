// A write-protected dossier on the real app: it opens for reading with a notice that
// says so and what to do, a change is refused in words, and the file stays as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { chmodSync, readdirSync } from "node:fs";
import { cli, makeHome, readBytes, saveShot, withApp } from "./harness.mjs";

test("a read-only dossier opens for reading and refuses changes in words", async () => {
  const home = makeHome();
  const dossier = join(home, "beschermd.kkdossier");
  cli("sample", dossier);
  chmodSync(dossier, 0o444);
  const before = readBytes(dossier);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.waitFor(
      '[data-testid="read-only-notice"]',
      (t) => t.includes("Alleen lezen") && t.includes("Kopie opslaan"),
    );
    await d.waitFor(
      '[data-testid="header-company"]',
      (t) => t === "Zeeland Werkkleding B.V.",
    );
    await saveShot(d, "read-only-nl");
    await d.clickCss('[data-testid="nav-profile"]');
    await d.fill('[data-testid="company-name"]', "Zeeland Werkkleding");
    // The Save button sits at the foot of the window: bring it into view first (a click
    // at the window's edge was once lost).
    await d.scrollTo('[data-testid="company-save"]');
    await d.clickCss('[data-testid="company-save"]');
    await d.waitFor('[data-testid="company-error"]', (t) =>
      t.includes("alleen-lezen geopend"),
    );
  });
  assert.deepEqual(readBytes(dossier), before, "the file is unchanged");
  assert.deepEqual(
    readdirSync(home).filter((f) => f.startsWith("beschermd")),
    ["beschermd.kkdossier"],
    "no side files beside a read-only dossier",
  );
  const info = JSON.parse(cli("info", dossier, "--json"));
  assert.equal(info.read_only, true);
  assert.equal(info.company_name, "Zeeland Werkkleding B.V.");
});
