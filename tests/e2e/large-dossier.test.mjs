// The XL dossier (10,000 suppliers, 50,000 risks, 20,000 actions) in the real app: the
// dashboard lists the most urgent reminders and more on request instead of thousands,
// and a step's reminder count in the menu stays inside the menu.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { makeHome, saveShot, withApp } from "./harness.mjs";

const target = process.env.CARGO_TARGET_DIR;
const bench = join(target, "debug", "ketenkompas-bench");

test("XL dossier: reminders capped with more on request, menu counts fit", async () => {
  const home = makeHome();
  const xl = join(home, "xl.kkdossier");
  execFileSync(bench, ["write", "XL", xl]);

  await withApp({ home, args: [xl] }, async (d) => {
    await d.waitFor('[data-testid="dashboard-next"]');
    const items = '[data-testid="reminders"] li';
    await d.waitFor(items);
    assert.equal((await d.findAll(items)).length, 8);
    const more = await d.waitFor('[data-testid="reminders-more"]', (t) =>
      /^Nog [\d.]+ herinneringen/.test(t),
    );
    // Written with Dutch digit grouping (5.271).
    const left = Number(
      /[\d.]+/.exec(await d.text(more))[0].replaceAll(".", ""),
    );
    assert.ok(left > 1000, `${left} more reminders`);
    await d.clickCss('[data-testid="reminders-show-more"]');
    await d.waitFor('[data-testid="reminders-more"]', (t) =>
      t.includes((left - 8).toLocaleString("nl-NL")),
    );
    assert.equal((await d.findAll(items)).length, 16);

    // Step 3 has thousands of overdue actions: the menu shows 999+ and says the number.
    const badge = await d.waitFor('[data-testid="nav-count-step3"]');
    assert.equal(await d.text(badge), "999+");
    const fits = await d.execute(
      `const b = document.querySelector('[data-testid="nav-count-step3"]');
       const n = document.querySelector('[data-testid="nav"]');
       const label = b.getAttribute("aria-label");
       return { label, inside: b.getBoundingClientRect().right <= n.getBoundingClientRect().right };`,
    );
    assert.match(fits.label, /^\d{1,3}(\.\d{3})+ herinneringen$/);
    assert.ok(fits.inside, "the count sits inside the menu");
  });
});

test("L dossier: the report preview says what it is doing while the page keeps painting", async () => {
  const home = makeHome();
  const large = join(home, "l.kkdossier");
  execFileSync(bench, ["write", "L", large]);

  await withApp({ home, args: [large] }, async (d) => {
    await d.waitFor('[data-testid="dashboard-next"]');
    // The main body of an L report is short; with every register as an annex it runs to
    // hundreds of pages. A limit above every register's size includes them all.
    await d.clickCss('[data-testid="nav-reports"]');
    await d.waitFor('[data-testid="annex-limit"]');
    await d.waitFor('[data-testid="report-preview"]');
    // Count the frames the page paints while the preview is made: the preview runs off
    // the main thread, so the page keeps painting (a frozen window paints none).
    await d.execute(
      `window.__frames = 0;
       const tick = () => { window.__frames++; requestAnimationFrame(tick); };
       requestAnimationFrame(tick);`,
    );
    await d.fill('[data-testid="annex-limit"]', "100000");
    const working = await d.waitFor('[data-testid="working"]', (t) =>
      t.includes("Het voorbeeld wordt opgemaakt"),
    );
    assert.ok(working);
    await saveShot(d, "report-working-nl");
    const before = await d.execute("return window.__frames;");
    await new Promise((r) => setTimeout(r, 500));
    const after = await d.execute("return window.__frames;");
    // Any frame at all shows the window is not frozen; a few leave room for a slow machine.
    assert.ok(after - before >= 3, `${after - before} frames in 500 ms`);
    await d.waitFor('[data-testid="report-preview"]');

    // Hundreds of pages, but only those near the view hold their content: the window
    // never holds the whole report.
    const filled = () =>
      d.execute(
        `const figs = [...document.querySelectorAll('[data-testid="report-preview"] figure')];
         return { pages: figs.length, filled: figs.filter((f) => f.querySelectorAll("text").length > 0).length };`,
      );
    await d.waitFor('[data-testid="report-preview"] figure text');
    // The short preview stays on screen until the long one replaces it: wait for that.
    let first = await filled();
    for (let waited = 0; first.pages <= 300 && waited < 60000; waited += 250) {
      await new Promise((r) => setTimeout(r, 250));
      first = await filled();
    }
    assert.ok(first.pages > 300, `${first.pages} pages`);
    // The pages in view are filled as they come into view: a moment after the long
    // preview replaced the short one on a busy machine.
    for (let waited = 0; first.filled === 0 && waited < 10000; waited += 250) {
      await new Promise((r) => setTimeout(r, 250));
      first = await filled();
    }
    assert.ok(
      first.filled > 0 && first.filled <= 64,
      `${first.filled} pages filled`,
    );
    // Scrolled to the end, the last page comes, with its page number.
    await d.execute(
      `const p = document.querySelector('[data-testid="report-preview"]'); p.scrollTop = p.scrollHeight;`,
    );
    await d.waitFor(
      '[data-testid="report-preview"] figure:last-of-type svg',
      (t) => t.includes(`Pagina ${first.pages} van ${first.pages}`),
      30000,
    );
    const last = await filled();
    assert.ok(last.filled <= 64, `${last.filled} pages filled after scrolling`);
  });
});
