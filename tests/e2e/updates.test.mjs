// Looking for a new version on the real app, against an update address on this machine
// (debug builds take it from KK_UPDATE_ENDPOINT, with the public key from
// KK_UPDATE_PUBKEY): nothing is asked until the user clicks; up to date, a newer version
// with its notes; an update file signed with another key, a genuine older file under a
// newer number and a genuine file whose signature names no version are refused with
// nothing installed (a correctly signed file gets past that check); an address that
// does not answer is said in words; the weekly check, once turned on, finds the new version at
// start-up by itself, and it can be turned on from the start screen too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { once } from "node:events";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cli, makeHome, saveShot, withApp } from "./harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const TAURI = join(here, "..", "..", "ui", "node_modules", ".bin", "tauri");

/** A signing key pair made with the Tauri CLI, as the release workflow's key is. */
function keyPair(dir, name) {
  const key = join(dir, name);
  execFileSync(TAURI, ["signer", "generate", "--ci", "-p", "", "-w", key], {
    stdio: "ignore",
  });
  return { key, pub: readFileSync(`${key}.pub`, "utf8").trim() };
}

/** The signature of `file` for app version `version`, as the bundler writes it; without
 * a version as older Tauri tools signed. */
function sign(file, key, version) {
  const bound = version ? ["--app-version", version] : [];
  execFileSync(TAURI, ["signer", "sign", "-f", key, "-p", "", ...bound, file], {
    stdio: "ignore",
  });
  return readFileSync(`${file}.sig`, "utf8").trim();
}

/** The update address: answers with `state.manifest` (null: 204, nothing newer) and
 * serves the update file; counts the questions it gets. */
async function updateServer(payload) {
  const state = { manifest: null, asked: 0 };
  const server = createServer((req, res) => {
    if (req.url === "/latest.json") {
      state.asked += 1;
      if (state.manifest === null) {
        res.writeHead(204).end();
      } else {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(state.manifest));
      }
    } else if (req.url === "/ketenkompas-update.tar.gz") {
      res.writeHead(200, { "content-length": payload.length }).end(payload);
    } else {
      res.writeHead(404).end();
    }
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  state.base = `http://127.0.0.1:${server.address().port}`;
  state.server = server;
  return state;
}

function manifest(base, version, signature) {
  return {
    version,
    notes: "Nieuw in deze versie:\n- het rapport leest beter",
    pub_date: "2026-12-01T10:00:00Z",
    platforms: {
      "linux-x86_64": { url: `${base}/ketenkompas-update.tar.gz`, signature },
    },
  };
}

test("a new version is looked for only when asked, and a wrongly signed one is refused", async () => {
  const home = makeHome();
  const dossier = join(home, "updates.kkdossier");
  cli("sample", dossier);
  const keys = join(home, "keys");
  mkdirSync(keys);
  const ours = keyPair(keys, "ours.key");
  const theirs = keyPair(keys, "theirs.key");
  const file = join(keys, "ketenkompas-update.tar.gz");
  writeFileSync(file, "een updatebestand");
  const payload = readFileSync(file);
  const srv = await updateServer(payload);
  const settingsFile = join(
    home,
    "config",
    "nl.ketenkompas.desktop",
    "settings.json",
  );
  const readSettings = () => JSON.parse(readFileSync(settingsFile, "utf8"));
  const env = {
    KK_UPDATE_ENDPOINT: `${srv.base}/latest.json`,
    KK_UPDATE_PUBKEY: ours.pub,
  };
  try {
    await withApp({ home, args: [dossier], env }, async (d) => {
      await d.waitFor('[data-testid="header-company"]', (t) => t.length > 0);
      await d.clickCss('[data-testid="nav-settings"]');
      const privacy = await d.waitFor('[data-testid="update-privacy"]');
      assert.match(await d.text(privacy), /alleen naar internet/);
      await d.scrollTo('[data-testid="settings-updates"]');
      assert.equal(srv.asked, 0, "nothing is asked before the user clicks");
      const weekly = () =>
        d.execute(
          "return document.querySelector('[data-testid=\"update-weekly\"]').checked",
        );
      assert.equal(await weekly(), false);

      // Nothing newer.
      await d.clickCss('[data-testid="update-check"]');
      await d.waitFor('[data-testid="update-up-to-date"]', (t) =>
        /nieuwste versie \(\d+\.\d+\.\d+\)/.test(t),
      );
      assert.equal(srv.asked, 1);

      // A newer version whose file is signed with another key.
      srv.manifest = manifest(
        srv.base,
        "99.0.0",
        sign(file, theirs.key, "99.0.0"),
      );
      await d.clickCss('[data-testid="update-check"]');
      const found = await d.waitFor('[data-testid="update-available"]', (t) =>
        t.includes("99.0.0"),
      );
      assert.match(
        await d.text(found),
        /beschikbaar sinds 1 dec\.? 2026 \(u hebt \d+\.\d+\.\d+\)/,
      );
      await d.clickCss('[data-testid="update-available"] summary');
      await d.waitFor('[data-testid="update-notes"]', (t) =>
        t.includes("het rapport leest beter"),
      );
      await d.scrollTo('[data-testid="update-install"]');
      await saveShot(d, "update-available-nl");
      await d.clickCss('[data-testid="update-install"]');
      await d.waitFor('[data-testid="update-error"]', (t) =>
        t.includes("niet met de sleutel van Ketenkompas"),
      );
      await d.scrollTo('[data-testid="update-error"]');
      await saveShot(d, "update-refused-nl");
      // The app runs on, with the dossier open.
      await d.waitFor('[data-testid="header-company"]', (t) => t.length > 0);

      /** Offers 99.0.0 with `signature`, installs, and waits for the answer `words`. */
      const offerAndInstall = async (signature, words) => {
        srv.manifest = manifest(srv.base, "99.0.0", signature);
        await d.clickCss('[data-testid="update-check"]');
        await d.waitFor('[data-testid="update-available"]', (t) =>
          t.includes("99.0.0"),
        );
        await d.clickCss('[data-testid="update-install"]');
        await d.waitFor('[data-testid="update-error"]', (t) =>
          t.includes(words),
        );
      };
      // A genuine older file announced under a newer number, and a genuine file whose
      // signature names no version (so it could be any).
      for (const version of ["0.0.1", null])
        await offerAndInstall(
          sign(file, ours.key, version),
          "niet met de sleutel van Ketenkompas",
        );
      // A file signed with our key for the version announced passes the check; this one
      // is no program, so the installation itself fails, and says so.
      await offerAndInstall(
        sign(file, ours.key, "99.0.0"),
        "kon niet worden geïnstalleerd",
      );

      // An address that does not answer.
      srv.server.close();
      srv.server.closeAllConnections();
      await d.clickCss('[data-testid="update-check"]');
      await d.waitFor('[data-testid="update-error"]', (t) =>
        t.includes("niet bereikbaar"),
      );

      // The weekly check, turned on, is kept in the settings.
      await d.clickCss('[data-testid="update-weekly"]');
      assert.equal(await weekly(), true);
      for (let i = 0; i < 50 && !readSettings().update_weekly; i++)
        await new Promise((r) => setTimeout(r, 100));
    });
    const settings = readSettings();
    assert.equal(settings.update_weekly, true);
    assert.match(settings.update_checked, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    // A week later, the app finds the new version by itself when it starts.
    settings.update_checked = "2026-01-01T09:00:00Z";
    writeFileSync(settingsFile, JSON.stringify(settings));
    const again = await updateServer(payload);
    again.manifest = manifest(
      again.base,
      "99.0.0",
      sign(file, ours.key, "99.0.0"),
    );
    env.KK_UPDATE_ENDPOINT = `${again.base}/latest.json`;
    try {
      await withApp({ home, args: [dossier], env }, async (d) => {
        await d.waitFor('[data-testid="update-banner"]', (t) =>
          t.includes("99.0.0"),
        );
        assert.equal(again.asked, 1);
        await d.clickCss('[data-testid="update-dismiss"]');
        await d.waitFor('[data-testid="header-company"]', (t) => t.length > 0);
      });
    } finally {
      again.server.close();
    }
  } finally {
    srv.server.close();
  }
});

test("without a dossier open, the start screen reaches the weekly update setting and Help", async () => {
  const home = makeHome();
  const settingsFile = join(
    home,
    "config",
    "nl.ketenkompas.desktop",
    "settings.json",
  );
  const weeklyKept = () => {
    try {
      return (
        JSON.parse(readFileSync(settingsFile, "utf8")).update_weekly === true
      );
    } catch {
      return false;
    }
  };
  await withApp({ home }, async (d) => {
    await d.clickCss('[data-testid="start-updates"]');
    const privacy = await d.waitFor('[data-testid="update-privacy"]');
    assert.match(await d.text(privacy), /alleen naar internet/);
    await d.clickCss('[data-testid="update-weekly"]');
    for (let i = 0; i < 50 && !weeklyKept(); i++)
      await new Promise((r) => setTimeout(r, 100));
    assert.equal(
      weeklyKept(),
      true,
      "the weekly check is kept in the settings",
    );
    await saveShot(d, "start-updates-nl");
    await d.clickCss('[data-testid="start-back"]');
    await d.waitFor('[data-testid="start-new"]');
    // Help is one click away on the start screen as well.
    await d.clickCss('[data-testid="start-help"]');
    await d.waitFor('[data-testid="help-shortcuts"]', (t) =>
      t.includes("Ctrl"),
    );
    await d.clickCss('[data-testid="start-back"]');
    await d.waitFor('[data-testid="start-new"]');
  });
});
