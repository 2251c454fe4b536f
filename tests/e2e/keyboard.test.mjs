// The main flow with the keyboard alone, in the real app: open the sample from the start
// screen, go to step 2, record a supplier, find it with the search box, and go on to
// the reports. Only Tab, Enter and typed characters; no click.
import { test } from "node:test";
import { makeHome, withApp } from "./harness.mjs";

const ENTER = "\uE007";

test("open the sample, record and find a supplier, reach the reports: keyboard only", async () => {
  const home = makeHome();
  await withApp({ home }, async (d) => {
    await d.waitFor('[data-testid="start-sample"]');
    await d.tabTo("start-sample");
    await d.keys([ENTER]);
    await d.waitFor('[data-testid="nav-step2"]');
    await d.tabTo("nav-step2");
    await d.keys([ENTER]);
    await d.tabTo("step2-tab-suppliers");
    await d.keys([ENTER]);
    await d.tabTo("supplier-add");
    await d.keys([ENTER]);
    await d.tabTo("supplier-name");
    await d.keys([..."Toetsenbord Textiel B.V."]);
    await d.tabTo("supplier-save");
    await d.keys([ENTER]);
    await d.waitFor('[data-testid="supplier-shown"]', (t) =>
      t.startsWith("15 van 15"),
    );
    await d.tabTo("supplier-search");
    await d.keys([..."toetsenbord"]);
    await d.waitFor('[data-testid="supplier-shown"]', (t) =>
      t.startsWith("1 van 15"),
    );
    await d.waitFor('[data-testid="supplier-table"]', (t) =>
      t.includes("Toetsenbord Textiel B.V."),
    );
    await d.tabTo("nav-reports");
    await d.keys([ENTER]);
    await d.waitFor('[data-testid="report-preview"]');
  });
});
