// `make bench-app`: the release app under Xvfb, measured through WebDriver.
// - cold start: from asking for a new session (which launches the app) to the start
//   screen on screen, and the web view's own first-contentful-paint time;
// - memory with the XL dossier open on the dashboard: the app process and WebKit's
//   processes, each from /proc: resident (RSS) now and at peak, how much of it is pages
//   of shared files (the GTK and WebKit libraries, also mapped by WebKit's processes),
//   the proportional share (PSS: each shared page split between the processes that map
//   it, so the figures add up) and the private part (USS);
// - search and filter in the supplier list of 10,000 suppliers, timed inside the page
//   from the input event to the second animation frame after it (the frame is painted).
// Prints Markdown tables for docs/PERFORMANCE.md.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { makeHome, withApp } from "./harness.mjs";

const target = process.env.CARGO_TARGET_DIR;
const bench = join(target, "release", "ketenkompas-bench");
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const fmt = (ms) => `${ms.toFixed(0)} ms`;

function procs() {
  const out = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const name = status.match(/^Name:\s+(.*)$/m)[1];
      const rss = Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? 0) / 1024;
      const hwm = Number(status.match(/^VmHWM:\s+(\d+)/m)?.[1] ?? 0) / 1024;
      const file = Number(status.match(/^RssFile:\s+(\d+)/m)?.[1] ?? 0) / 1024;
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
      const kb = (field) =>
        Number(
          rollup.match(new RegExp(`^${field}:\\s+(\\d+)`, "m"))?.[1] ?? 0,
        ) / 1024;
      const pss = kb("Pss");
      const uss = kb("Private_Clean") + kb("Private_Dirty");
      out.push({ pid, name, rss, hwm, file, pss, uss });
    } catch {
      // gone
    }
  }
  return out;
}

// Cold start.
const starts = [];
const paints = [];
let idle = [];
for (let i = 0; i < 7; i++) {
  const home = makeHome();
  await withApp({ home }, async (d) => {
    await d.waitFor('[data-testid="start-sample"]');
    starts.push(Date.now() - d.launchedAt);
    if (i === 0) {
      await new Promise((r) => setTimeout(r, 1000));
      idle = procs().filter((p) => p.name.startsWith("ketenkompas"));
    }
    const fcp = await d.execute(
      "const p = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint'); return p ? p.startTime : null;",
    );
    if (fcp !== null) paints.push(fcp);
  });
}

// Memory and speed with the XL dossier.
const home = makeHome();
const xl = join(home, "xl.kkdossier");
execFileSync(bench, ["write", "XL", xl]);
let memory = [];
let dashboardMs = 0;
const search = [];
const filter = [];
let preview = null;
let afterPreview = [];
await withApp({ home, args: [xl] }, async (d) => {
  await d.waitFor('[data-testid="nav-dashboard"]');
  dashboardMs = Date.now() - d.launchedAt;
  await d.clickCss('[data-testid="nav-step2"]');
  await d.clickCss('[data-testid="step2-tab-suppliers"]');
  await d.waitFor('[data-testid="supplier-shown"]', (t) =>
    t.includes("10.000"),
  );
  const timed = (css, value) =>
    d.execute(
      `const el = document.querySelector(arguments[0]);
       const t0 = performance.now();
       el.value = arguments[1];
       el.dispatchEvent(new Event(el.tagName === "SELECT" ? "change" : "input", { bubbles: true }));
       // laid out: the next frame's callback, after the DOM is updated and laid out
       // (reading offsetHeight forces the layout); painted: one frame later.
       return new Promise((r) => requestAnimationFrame(() => {
         void document.body.offsetHeight;
         const laid = performance.now() - t0;
         requestAnimationFrame(() => r({ laid, painted: performance.now() - t0 }));
       }));`,
      [css, value],
    );
  for (const q of ["leverancier 98", "leverancier 1", "", "b.v. 77", ""]) {
    search.push(await timed('[data-testid="supplier-search"]', q));
  }
  for (const c of ["BD", "PT", "", "NL", ""]) {
    filter.push(await timed('[data-testid="supplier-country-filter"]', c));
  }
  await new Promise((r) => setTimeout(r, 1000));
  memory = procs().filter((p) => /ketenkompas|WebKit/.test(p.name));

  // The yearly report's preview at XL is made off the main thread: the page keeps
  // painting while it is made. Every frame's time is recorded until the preview shows;
  // the longest gap between two frames says how long the window stood still.
  await d.execute(
    `window.__gaps = []; window.__stop = false;
     window.__t0 = performance.now(); window.__last = window.__t0;
     const tick = (t) => {
       window.__gaps.push(t - window.__last); window.__last = t;
       if (!window.__stop) requestAnimationFrame(tick);
     };
     requestAnimationFrame(tick);`,
  );
  await d.clickCss('[data-testid="nav-reports"]');
  await d.waitFor('[data-testid="working"]', (t) => t.length > 0, 60000);
  const working = await d.execute("return performance.now() - window.__t0;");
  await d.waitFor('[data-testid="report-preview"]', null, 600000);
  preview = await d.execute(
    `window.__stop = true;
     const g = window.__gaps.slice(1);
     return { ms: performance.now() - window.__t0, frames: g.length,
              longest: Math.max(...g), median: g.sort((a, b) => a - b)[Math.floor(g.length / 2)] };`,
  );
  preview.working = working;
  // The preview holds only the pages near the view: scrolled to the end, the last page
  // comes and the memory is measured again.
  preview.pages = await d.execute(
    `const p = document.querySelector('[data-testid="report-preview"]');
     p.scrollTop = p.scrollHeight; return p.querySelectorAll("figure").length;`,
  );
  await d.waitFor(
    '[data-testid="report-preview"] figure:last-of-type svg',
    (t) => t.includes(`Pagina ${preview.pages} van ${preview.pages}`),
    60000,
  );
  await new Promise((r) => setTimeout(r, 1000));
  afterPreview = procs().filter((p) => /ketenkompas|WebKitWeb/.test(p.name));
});

console.log("| measurement | median | runs | target |");
console.log("|---|---|---|---|");
console.log(
  `| cold start: new session to start screen shown | ${fmt(median(starts))} | ${starts.length} | < 1 s |`,
);
if (paints.length)
  console.log(
    `| cold start: first contentful paint in the web view | ${fmt(median(paints))} | ${paints.length} | |`,
  );
console.log(
  `| XL dossier: new session to dashboard shown | ${fmt(dashboardMs)} | 1 | |`,
);
console.log(
  `| search in 10,000 suppliers, input to the next frame laid out | ${fmt(median(search.map((x) => x.laid)))} (max ${fmt(Math.max(...search.map((x) => x.laid)))}) | ${search.length} | < 50 ms |`,
);
console.log(
  `| search in 10,000 suppliers, input to one frame later (painted) | ${fmt(median(search.map((x) => x.painted)))} | ${search.length} | |`,
);
console.log(
  `| country filter on 10,000 suppliers, change to the next frame laid out | ${fmt(median(filter.map((x) => x.laid)))} (max ${fmt(Math.max(...filter.map((x) => x.laid)))}) | ${filter.length} | < 50 ms |`,
);
console.log(
  `| country filter on 10,000 suppliers, change to one frame later (painted) | ${fmt(median(filter.map((x) => x.painted)))} | ${filter.length} | |`,
);
if (preview) {
  console.log(
    `| XL yearly report preview (${preview.pages} pages): click to preview shown (the words "being made" after ${fmt(preview.working)}) | ${fmt(preview.ms)} | 1 | |`,
  );
  console.log(
    `| XL yearly report preview: frames painted meanwhile; median and longest gap between frames | ${preview.frames} frames; ${fmt(preview.median)}, longest ${fmt(preview.longest)} | 1 | |`,
  );
}
console.log("");
const mb = (x) => `${x.toFixed(0)} MB`;
for (const p of idle)
  console.log(
    `The app on its start screen, no dossier open: ${mb(p.rss)} resident, of which ${mb(p.file)} pages of shared files; ${mb(p.pss)} proportional (PSS), ${mb(p.uss)} private.`,
  );
console.log("");
console.log(
  "| process (XL dossier open, suppliers shown) | resident (RSS) | of which shared files | proportional (PSS) | private (USS) | peak RSS | target |",
);
console.log("|---|---|---|---|---|---|---|");
for (const p of memory) {
  const goal = p.name.startsWith("ketenkompas")
    ? "< 150 MB"
    : "(reported separately)";
  console.log(
    `| ${p.name} | ${mb(p.rss)} | ${mb(p.file)} | ${mb(p.pss)} | ${mb(p.uss)} | ${mb(p.hwm)} | ${goal} |`,
  );
}
if (afterPreview.length) {
  console.log("");
  console.log(
    "| process (XL yearly report previewed and scrolled to its last page) | resident (RSS) | proportional (PSS) | private (USS) | peak RSS |",
  );
  console.log("|---|---|---|---|---|");
  for (const p of afterPreview)
    console.log(
      `| ${p.name} | ${mb(p.rss)} | ${mb(p.pss)} | ${mb(p.uss)} | ${mb(p.hwm)} |`,
    );
}
