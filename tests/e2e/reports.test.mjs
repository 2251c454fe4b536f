// Reports on the real app: each of the three reports is made from the Reports screen,
// saved next to the dossier and read back with pdftotext; the communication report
// lists its unbacked claims first and also comes as HTML; the year's own texts reach
// the preview, and closing a year freezes it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cli, makeHome, saveShot, withApp } from "./harness.mjs";

const COMPANY = "Zeeland Werkkleding B.V.";
// A prioritised risk of the sample: every report names it.
const PRIORITY_RISK = "Kinderarbeid in de katoenteelt";

const savedPath = (d) =>
  d.execute(
    "return document.querySelector('[data-testid=\"report-saved\"]').dataset.path;",
  );

test("each report is saved next to the dossier and reads back with the company and a prioritised risk", async () => {
  const home = makeHome();
  const dossier = join(home, "voorbeeld.kkdossier");
  cli("sample", dossier);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-reports"]');
    await d.waitFor('[data-testid="report-preview"]', (t) =>
      t.includes(COMPANY),
    );
    await saveShot(d, "reports-nl");
    await d.scrollTo('[data-testid="report-preview"]');
    await saveShot(d, "reports-preview-nl");
    const paths = [];
    for (const kind of ["yearly", "action_plan", "communication"]) {
      await d.clickCss(`[data-testid="kind-${kind}"]`);
      if (kind === "communication") {
        // The sample's plans for 2026 promise full traceability without a KPI.
        await d.waitFor('[data-testid="claims"]', (t) =>
          t.includes("volledig"),
        );
        await saveShot(d, "reports-claims-nl");
      }
      await d.waitFor('[data-testid="report-preview"]', (t) =>
        t.includes(PRIORITY_RISK),
      );
      await d.clickCss('[data-testid="report-save"]');
      await d.waitFor('[data-testid="report-saved"]');
      const path = await savedPath(d);
      assert.ok(path.startsWith(home), `saved next to the dossier: ${path}`);
      assert.ok(existsSync(path), path);
      const text = execFileSync("pdftotext", [path, "-"], {
        encoding: "utf8",
      }).replace(/\s+/g, " ");
      assert.ok(text.includes(COMPANY), `${kind}: company in the PDF`);
      assert.ok(
        text.includes(PRIORITY_RISK),
        `${kind}: first prioritised risk in the PDF`,
      );
      paths.push(path);
    }
    assert.equal(new Set(paths).size, 3, "three different files");

    // The communication report as a web page.
    await d.selectOption(
      '[data-testid="report-format"]',
      "HTML (voor een website)",
    );
    await d.clickCss('[data-testid="report-save"]');
    await d.waitFor('[data-testid="report-saved"]', (t) => t.includes(".html"));
    const html = readFileSync(await savedPath(d), "utf8");
    assert.ok(html.startsWith("<!DOCTYPE html>") && html.includes(COMPANY));
    assert.ok(
      !html.includes("Intimidatie van naaisters"),
      "the sensitive risk stays out",
    );
  });
});

test("the year's own texts reach the report, and closing the year freezes it", async () => {
  const home = makeHome();
  const dossier = join(home, "voorbeeld.kkdossier");
  cli("sample", dossier);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-reports"]');
    await d.waitFor('[data-testid="review-dilemmas"]');
    await d.fill(
      '[data-testid="review-dilemmas"]',
      "Blijven bij het atelier of vertrekken.",
    );
    await d.clickCss('[data-testid="review-save"]');
    // The preview draws the pages near its view: scrolled down page by page, the
    // chapter with the year's own texts comes.
    await d.waitFor('[data-testid="report-preview"] figure text');
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      found = await d.execute(
        `const p = document.querySelector('[data-testid="report-preview"]');
         p.scrollTop += 600;
         return p.textContent.includes(arguments[0]);`,
        ["Blijven bij het atelier of vertrekken."],
      );
      if (!found) await new Promise((r) => setTimeout(r, 150));
    }
    assert.ok(found, "the year's own text reaches the preview");
    // Closing asks twice. The button is brought into view first, once the preview's
    // pages have stopped arriving.
    await new Promise((r) => setTimeout(r, 500));
    await d.scrollTo('[data-testid="close-year"]');
    await d.clickCss('[data-testid="close-year-button"]');
    await d.waitFor('[data-testid="close-year-button"]', (t) =>
      t.includes("definitief"),
    );
    await d.scrollTo('[data-testid="close-year"]');
    await d.clickCss('[data-testid="close-year-button"]');
    await d.waitFor('[data-testid="close-year"]', (t) =>
      t.includes("is afgesloten"),
    );
    await d.waitFor('[data-testid="report-frozen"]');
    await saveShot(d, "reports-closed-nl");
  });
  const info = cli("info", dossier);
  assert.match(info, /2026 \(closed\)/);
  assert.match(info, /2027 \(open, active\)/);
  // The frozen year prints the same bytes every time.
  const a = join(home, "a.pdf");
  const b = join(home, "b.pdf");
  cli("report", "yearly", dossier, "--year", "2026", "--out", a);
  cli("report", "yearly", dossier, "--year", "2026", "--out", b);
  assert.ok(readFileSync(a).equals(readFileSync(b)));
  const text = execFileSync("pdftotext", [a, "-"], {
    encoding: "utf8",
  }).replace(/\s+/g, " ");
  assert.ok(text.includes("Blijven bij het atelier of vertrekken."));
});

test("the registers that go along as annexes are chosen when printing, and the limit is kept", async () => {
  const home = makeHome();
  const dossier = join(home, "voorbeeld.kkdossier");
  cli("sample", dossier);
  const checked = (d, annex) =>
    d.execute(
      `return document.querySelector('[data-testid="annex-${annex}"]')?.checked ?? null;`,
    );
  const until = async (what, test) => {
    for (let i = 0; i < 100 && !(await test()); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(await test(), what);
  };
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-reports"]');
    // The sample's measures are all in the report already; its suppliers are only
    // counted, and one risk not yet assessed is only counted: those registers go along
    // by default.
    await d.waitFor('[data-testid="annex-actions-size"]', (t) =>
      t.includes("die al volledig in het verslag staan"),
    );
    assert.equal(await checked(d, "suppliers"), true);
    assert.equal(await checked(d, "risks"), true);
    assert.equal(await checked(d, "actions"), false);
    await d.waitFor(
      '[data-testid="report-preview"]',
      (t) =>
        t.includes("Bijlage D · Alle leveranciers") &&
        t.includes("Bijlage E · Alle risico's"),
    );
    await d.scrollTo('[data-testid="report-annexes"]');
    await saveShot(d, "reports-annexes-nl");
    // A limit below the sample's 14 suppliers and 13 risks leaves both out by default.
    await d.fill('[data-testid="annex-limit"]', "10");
    await until(
      "suppliers and risks left out",
      async () =>
        (await checked(d, "suppliers")) === false &&
        (await checked(d, "risks")) === false,
    );
    // A limit the settings refuse is not taken.
    await d.fill('[data-testid="annex-limit"]', "5000000");
    await until(
      "the limit in force shows again",
      async () =>
        (await d.value(await d.find('[data-testid="annex-limit"]'))) === "10",
    );
    // The risks by hand: they become annex D.
    await d.clickCss('[data-testid="annex-risks"]');
    await d.waitFor(
      '[data-testid="report-preview"]',
      (t) =>
        t.includes("Bijlage D · Alle risico's") &&
        !t.includes("Alle leveranciers"),
    );
    await d.clickCss('[data-testid="report-save"]');
    await d.waitFor('[data-testid="report-saved"]');
    const text = execFileSync("pdftotext", [await savedPath(d), "-"], {
      encoding: "utf8",
    }).replace(/\s+/g, " ");
    assert.ok(text.includes("Bijlage D · Alle risico's"), "the annex chosen");
    assert.ok(!text.includes("Alle leveranciers"), "not the one left out");
    assert.ok(text.includes("Vergeleken met vorig jaar"), "2025 is closed");
  });
  // The limit is the user's own setting: it is still there when the app starts again.
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-reports"]');
    const limit = await d.waitFor('[data-testid="annex-limit"]');
    assert.equal(await d.value(limit), "10");
    assert.equal(await checked(d, "suppliers"), false);
  });
});
