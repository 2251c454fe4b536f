// Starts the real, built Ketenkompas app through tauri-driver (WebKitWebDriver) under the
// X display the test run was given, each test with its own config and data folders.
import { spawn, execFileSync } from "node:child_process";
import {
  mkdtempSync,
  mkdirSync,
  writeFileSync,
  readFileSync,
  existsSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { WebDriver } from "./webdriver.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const targetDir =
  process.env.CARGO_TARGET_DIR ?? join(here, "..", "..", "target");
export const APP =
  process.env.KK_APP ?? join(targetDir, "debug", "ketenkompas-app");
export const CLI =
  process.env.KK_CLI ?? join(targetDir, "debug", "ketenkompas-cli");
export const ARTIFACTS = join(here, "artifacts");

if (!existsSync(APP))
  throw new Error(`app binary not found at ${APP}: run make build-app`);

/** Two different free ports: both are held open while the second is chosen, so the
 * system cannot hand out the same port twice. */
async function freePorts() {
  const open = () =>
    new Promise((resolve, reject) => {
      const srv = createServer();
      srv.listen(0, "127.0.0.1", () => resolve(srv));
      srv.on("error", reject);
    });
  const servers = [await open(), await open()];
  const ports = servers.map((s) => s.address().port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

async function waitForPort(port, ms = 10000) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok || res.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until)
      throw new Error(`tauri-driver did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A fresh home for one test: its own config (settings, language) and data folders. */
export function makeHome() {
  const root = mkdtempSync(join(tmpdir(), "kk-e2e-"));
  mkdirSync(join(root, "config"));
  mkdirSync(join(root, "data"));
  return root;
}

export function cli(...args) {
  return execFileSync(CLI, ["--lang", "en", ...args], { encoding: "utf8" });
}

/** Runs `body(driver)` against the app started with `args` (and `env` added to its
 * environment); always quits the app. */
export async function withApp({ home, args = [], env: extra = {} }, body) {
  const [port, nativePort] = await freePorts();
  const env = {
    ...process.env,
    ...extra,
    XDG_CONFIG_HOME: join(home, "config"),
    XDG_DATA_HOME: join(home, "data"),
    // No accessibility bus: nothing is left running after the app quits.
    NO_AT_BRIDGE: "1",
    GTK_A11Y: "none",
  };
  // Its own process group, so that the driver, WebKitWebDriver, the app and WebKit's
  // helper processes can all be ended together, whatever state the session is in.
  const driverProc = spawn(
    "tauri-driver",
    ["--port", String(port), "--native-port", String(nativePort)],
    { env, stdio: ["ignore", "ignore", "pipe"], detached: true },
  );
  let driverLog = "";
  driverProc.stderr.on("data", (d) => (driverLog += d));
  const driver = new WebDriver(`http://127.0.0.1:${port}`);
  try {
    await waitForPort(port);
    driver.launchedAt = Date.now();
    await driver.start({
      browserName: "wry",
      "tauri:options": { application: APP, args },
    });
    return await body(driver);
  } catch (e) {
    await saveShot(driver, `failure-${Date.now()}`).catch(() => {});
    e.message += driverLog
      ? `\n--- tauri-driver ---\n${driverLog.slice(-2000)}`
      : "";
    throw e;
  } finally {
    await driver.quit();
    await endGroup(driverProc);
  }
}

async function endGroup(proc) {
  const alive = () => {
    try {
      process.kill(-proc.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (const signal of ["SIGTERM", "SIGKILL"]) {
    if (!alive()) break;
    try {
      process.kill(-proc.pid, signal);
    } catch {
      // already gone
    }
    for (let i = 0; i < 20 && alive(); i++)
      await new Promise((r) => setTimeout(r, 100));
  }
  proc.stderr?.destroy();
}

export async function saveShot(driver, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  writeFileSync(file, await driver.screenshot());
  return file;
}

export const readBytes = (p) => readFileSync(p);
