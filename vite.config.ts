import { fileURLToPath } from "node:url";
import { defineConfig, type LogLevel } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import solid from "vite-plugin-solid";
import { chunkGroups } from "./client/build/chunks";
import { precompress } from "./client/build/precompress";

/** The server the dev server forwards API calls to (`npm run dev` listens on 3000). */
const api = process.env.PORTAL_API ?? "http://127.0.0.1:3000";

/** The build's log level (`npm start` builds with `--logLevel error`), passed on to the service worker's own build. */
let logLevel: LogLevel = "info";

const chunks = chunkGroups();

export default defineConfig({
  root: "client",
  publicDir: "public",
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    target: "es2022",
    // Plugin timings measure the machine's load more than the plugins: not worth a page of output.
    rolldownOptions: {
      // The entry is the `app` group's chunk (client/build/chunks.ts): named for it.
      input: { app: fileURLToPath(new URL("client/index.html", import.meta.url)) },
      checks: { pluginTimings: false },
      output: { codeSplitting: { groups: chunks.groups } },
    },
  },
  server: {
    proxy: {
      "/trpc": api,
      "/auth": api,
      "/exports": api,
      "/events": api,
      "/healthz": api,
      "^/recordings/.+": api,
    },
  },
  plugins: [
    { name: "portal:log-level", configResolved: (config) => void (logLevel = config.logLevel ?? "info") },
    chunks.plugin,
    solid(),
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src",
      filename: "sw.ts",
      // Registered by our own module (client/src/sw-registration.ts): the CSP allows no inline
      // script, and workbox-window would cost every page 2.2 KB gzip.
      injectRegister: null,
      integration: {
        configureCustomSWViteBuild(config) {
          config.logLevel = logLevel;
          // The plugin still asks for one file with rollup's word for it, which rolldown warns
          // about on every build; ask in rolldown's.
          const output = config.build?.rollupOptions?.output;
          if (output && !Array.isArray(output)) {
            delete output.inlineDynamicImports;
            Object.assign(output, { codeSplitting: false });
          }
        },
      },
      injectManifest: {
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
      },
      manifest: {
        id: "/",
        name: "Portail client",
        short_name: "Portail",
        description: "Portail client du service de réponse téléphonique / Answering service client portal",
        lang: "fr",
        dir: "ltr",
        start_url: "/",
        scope: "/",
        display: "standalone",
        orientation: "any",
        theme_color: "#0b4a63",
        background_color: "#f3f6f8",
        categories: ["business", "productivity"],
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      devOptions: { enabled: false },
    }),
    // Last: after the service worker is written.
    precompress(),
  ],
});
