// A dossier another program writes, on the real app: it opens for reading with a notice
// that says who has it open and since when; once that program has closed it, "Open
// again" opens it for writing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { dirname, join } from "node:path";
import { CLI, cli, makeHome, saveShot, withApp } from "./harness.mjs";

/** Holds a dossier open as the app does (tests/src/bin/hold.rs). */
const HOLD = join(dirname(CLI), "ketenkompas-hold");

test("a dossier open in another program opens for reading and says by whom", async () => {
  const home = makeHome();
  const dossier = join(home, "bezet.kkdossier");
  cli("sample", dossier);
  const holder = spawn(HOLD, [dossier, "app"], {
    env: { ...process.env, USER: "anna", COMPUTERNAME: "LAPTOP-3" },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const [line] = await once(createInterface({ input: holder.stdout }), "line");
  assert.equal(line, "held");

  await withApp({ home, args: [dossier] }, async (d) => {
    const notice = await d.waitFor('[data-testid="in-use-notice"]', (t) =>
      t.includes("Ketenkompas (anna, LAPTOP-3)"),
    );
    assert.match(
      await d.text(notice),
      /In gebruik: .* heeft dit dossier open sinds/,
    );
    await d.waitFor(
      '[data-testid="header-company"]',
      (t) => t === "Zeeland Werkkleding B.V.",
    );
    await saveShot(d, "in-use-nl");
    // A change is refused in words.
    await d.clickCss('[data-testid="nav-profile"]');
    await d.fill('[data-testid="company-name"]', "Zeeland Werkkleding");
    await d.scrollTo('[data-testid="company-save"]');
    await d.clickCss('[data-testid="company-save"]');
    await d.waitFor('[data-testid="company-error"]', (t) =>
      t.includes("alleen-lezen geopend"),
    );

    // The other program closes it; opened again, it can be written.
    holder.stdin.end();
    await once(holder, "exit");
    await d.scrollTo('[data-testid="in-use-retry"]');
    await d.clickCss('[data-testid="in-use-retry"]');
    // The notice goes once the dossier is open for writing (the name in the header was
    // there all along, so it says nothing about the moment).
    const noticeGone = () =>
      d.execute(
        "return document.querySelector('[data-testid=in-use-notice]') === null",
      );
    for (let i = 0; i < 100 && !(await noticeGone()); i++)
      await new Promise((r) => setTimeout(r, 100));
    assert.equal(await noticeGone(), true);
    await d.clickCss('[data-testid="nav-profile"]');
    await d.fill('[data-testid="company-name"]', "Zeeland Werkkleding Nieuw");
    await d.scrollTo('[data-testid="company-save"]');
    await d.clickCss('[data-testid="company-save"]');
    await d.waitFor(
      '[data-testid="header-company"]',
      (t) => t === "Zeeland Werkkleding Nieuw",
    );
  });
});
