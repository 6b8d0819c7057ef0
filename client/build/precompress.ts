import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text formats worth compressing; images (png) and fonts here are compressed already. */
const compressible = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml)$/;

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file of the build they make smaller, at
 * the strongest settings: compressed once here, sent as they are by the server
 * (server/static-files.ts), so a phone downloads a third of the bytes at no cost per request.
 * It runs last, after vite-plugin-pwa has written the service worker, so that is compressed too.
 */
export function precompress(): Plugin {
  let outDir = "";
  return {
    name: "portal:precompress",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      sequential: true,
      order: "post",
      async handler() {
        await precompressFolder(outDir);
      },
    },
  };
}

/** Compresses the folder's text files in place (see `precompress`); returns the files written. */
export async function precompressFolder(folder: string): Promise<string[]> {
  const written: string[] = [];
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  await Promise.all(
    entries
      .filter((entry) => entry.isFile() && compressible.test(entry.name))
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        const content = await readFile(file);
        const copies = await Promise.all([
          brotli(content, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
              [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }).then((bytes) => [".br", bytes] as const),
          gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }).then((bytes) => [".gz", bytes] as const),
        ]);
        for (const [suffix, bytes] of copies) {
          if (bytes.length >= content.length) continue;
          await writeFile(file + suffix, bytes);
          written.push(file + suffix);
        }
      }),
  );
  return written.sort();
}
