// A dossier the app opens is also in the system's own list of recent files (GTK's
// recently used files here; macOS's recent documents and Windows's jump list are
// described in docs/PORTABILITY.md), by a file URI that survives spaces and accents.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { cli, makeHome, withApp } from "./harness.mjs";

test("an opened dossier is in the system's recent files", async () => {
  const home = makeHome();
  const dossier = join(home, "Zeeland één.kkdossier");
  cli("sample", dossier);
  const xbel = join(home, "data", "recently-used.xbel");
  const uri = pathToFileURL(dossier).href;
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.waitFor('[data-testid="header-company"]', (t) => t.length > 0);
    for (let i = 0; i < 50; i++) {
      if (existsSync(xbel) && readFileSync(xbel, "utf8").includes(uri)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  assert.ok(existsSync(xbel), "GTK wrote its list of recent files");
  assert.ok(
    readFileSync(xbel, "utf8").includes(`href="${uri}"`),
    `${uri} in ${readFileSync(xbel, "utf8").slice(0, 400)}`,
  );
});
