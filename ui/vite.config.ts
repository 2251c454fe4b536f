import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  // The message files live at the top of the repository, where the core reads them too.
  server: { port: 5173, strictPort: true, fs: { allow: [".."] } },
  build: {
    target: "safari15",
    // Keep everything in files: the CSP forbids inline scripts.
    assetsInlineLimit: 0,
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
