// The Help screen on the real app: the keyboard shortcuts (the menu bar's, from the
// core) in the platform's notation, the short guide and the version; the menu bar
// itself is on the window (a screenshot of the whole screen shows it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { ARTIFACTS, cli, makeHome, saveShot, withApp } from "./harness.mjs";

test("help lists the shortcuts of the menu and says what the app is", async () => {
  const home = makeHome();
  const dossier = join(home, "hulp.kkdossier");
  cli("sample", dossier);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-help"]');
    const keys = await d.waitFor('[data-testid="help-shortcuts"]', (t) =>
      t.includes("Ctrl+O"),
    );
    const text = await d.text(keys);
    for (const line of [
      /Openen…\s*Ctrl\+O/,
      /Nieuw dossier…\s*Ctrl\+N/,
      /Rapport afdrukken…\s*Ctrl\+P/,
      /Zoeken\s*Ctrl\+F/,
      /Dossier sluiten\s*Ctrl\+W/,
    ])
      assert.match(text, line);
    await d.waitFor('[data-testid="help-about"]', (t) =>
      /Ketenkompas \d+\.\d+\.\d+/.test(t),
    );
    await saveShot(d, "help-nl");
    // The whole screen, with the window's menu bar above the page.
    execFileSync("import", [
      "-window",
      "root",
      join(ARTIFACTS, "menu-bar-nl.png"),
    ]);
  });
});
