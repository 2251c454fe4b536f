import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { GLOSSARY, STEP_TERMS } from "./glossary";
import { keysOf } from "./i18n/index.svelte";

const src = fileURLToPath(new URL("..", import.meta.url));

function svelteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return svelteFiles(p);
    return p.endsWith(".svelte") ? [p] : [];
  });
}

describe("the glossary", () => {
  it("explains every term it lists, in Dutch and English", () => {
    for (const lang of ["nl", "en"] as const) {
      const keys = new Set(keysOf(lang));
      for (const id of GLOSSARY) {
        expect(keys.has(`glossary.${id}.term`), `${lang} ${id}`).toBe(true);
        expect(keys.has(`glossary.${id}.text`), `${lang} ${id}`).toBe(true);
      }
      // And lists every term the message files explain.
      const explained = [...keys]
        .filter((k) => k.startsWith("glossary.") && k.endsWith(".term"))
        .map((k) => k.slice("glossary.".length, -".term".length));
      expect(explained.sort()).toEqual([...GLOSSARY].sort());
    }
  });

  it("is where every marked term and every step's terms come from", () => {
    const known = new Set<string>(GLOSSARY);
    for (const terms of Object.values(STEP_TERMS)) {
      for (const id of terms) expect(known.has(id), id).toBe(true);
    }
    let marked = 0;
    for (const file of svelteFiles(src)) {
      for (const m of readFileSync(file, "utf8").matchAll(/<Term id="([a-z_]+)"/g)) {
        expect(known.has(m[1]), `${file}: ${m[1]}`).toBe(true);
        marked++;
      }
    }
    expect(marked).toBeGreaterThan(5);
  });
});
