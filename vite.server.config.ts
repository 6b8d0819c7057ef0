import { readdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "vite";

/**
 * The server, compiled for `npm start` (`dist/server/main.js`): Node runs plain JavaScript,
 * without tsx's compiler in memory. Packages stay outside the bundle (SSR build). The
 * migrations are entries of their own, in `dist/server/migrations/`, because db/migrate.ts
 * reads its folder at run time; shared code goes to chunks beside main.js, so that
 * `import.meta.dirname` names the same folder in either.
 */
const migrations = Object.fromEntries(
  readdirSync("db/migrations")
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => [`migrations/${file.replace(/\.ts$/, "")}`, path.join("db/migrations", file)]),
);

export default defineConfig({
  logLevel: "warn",
  publicDir: false,
  build: {
    ssr: true,
    outDir: "dist/server",
    emptyOutDir: true,
    target: "node20",
    rollupOptions: {
      input: { main: "server/main.ts", ...migrations },
      output: { entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
    },
  },
});
