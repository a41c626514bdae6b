import { defineConfig } from "vite";

export default defineConfig({
  // Relative asset paths so the built site works from any folder of any static server.
  base: "./",
  build: { outDir: "dist", sourcemap: true, chunkSizeWarningLimit: 1500 },
  worker: { format: "es" },
});
