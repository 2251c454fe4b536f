// D1 in the real app: opening a dossier takes a backup by itself; a change made after it
// is undone by restoring that backup from the settings screen, and the state before the
// restore is kept as a backup of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { cli, makeHome, withApp } from "./harness.mjs";

test("automatic backup at open, and restoring it undoes a later change", async () => {
  const home = makeHome();
  const dossier = join(home, "backup.kkdossier");
  cli("new", dossier, "--company", "Back-up B.V.", "--year", "2026");
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-settings"]');
    // The automatic backup is taken in the background right after opening.
    for (let i = 0; ; i++) {
      const rows = await d.findAll('[data-testid="backups"] tbody tr');
      if (rows.length === 1) break;
      assert.ok(i < 40, "no automatic backup appeared");
      await new Promise((r) => setTimeout(r, 250));
      await d.clickCss('[data-testid="nav-dashboard"]');
      await d.clickCss('[data-testid="nav-settings"]');
    }
    await d.fill('[data-testid="new-year"]', "2027");
    await d.clickCss('[data-testid="add-year"]');
    await d.waitFor('[data-testid="years"]', (t) => t.includes("2027"));

    await d.clickCss('[data-testid^="backup-restore-"]');
    await d.clickCss('[data-testid="backup-restore-yes"]');
    await d.waitFor('[data-testid="backup-done"]', (t) =>
      t.includes("teruggezet"),
    );
    await d.waitFor(
      '[data-testid="years"]',
      (t) => t.includes("2026") && !t.includes("2027"),
    );
    const rows = await d.findAll('[data-testid="backups"] tbody tr');
    assert.equal(rows.length, 2, "the state before the restore is kept too");
  });
  const info = cli("info", dossier);
  assert.ok(info.includes("2026") && !info.includes("2027"), info);
  const root = join(home, "data", "nl.ketenkompas.desktop", "backups");
  const [folder] = readdirSync(root);
  assert.ok(folder.startsWith("backup-"), folder);
  assert.equal(
    readdirSync(join(root, folder)).filter((n) => n.endsWith(".kkdossier"))
      .length,
    2,
  );
});
