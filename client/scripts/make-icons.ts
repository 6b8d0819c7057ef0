/**
 * Draws the portal's app icons (a white headset on a deep blue / teal rounded square, the same
 * design as `BrandMark` in components/icons.tsx) and writes them as PNG files, with nothing but
 * node:zlib. Run from the repository root after changing the design, and commit the output:
 *
 *     node --import tsx client/scripts/make-icons.ts
 *
 * Writes client/public/icons/{icon-192,icon-512,icon-maskable-512,apple-touch-icon,favicon-32}.png.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

type RGBA = [number, number, number, number];
const navy: RGBA = [11, 74, 99, 255]; // #0b4a63
const teal: RGBA = [18, 112, 127, 255]; // #12707f
const white: RGBA = [255, 255, 255, 255];
const clear: RGBA = [0, 0, 0, 0];

// ---- geometry, in the 64 × 64 units of BrandMark's viewBox ----

function roundedRect(x: number, y: number, px: number, py: number, w: number, h: number, r: number): boolean {
  const cx = Math.min(Math.max(x, px + r), px + w - r);
  const cy = Math.min(Math.max(y, py + r), py + h - r);
  return x >= px && x <= px + w && y >= py && y <= py + h && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

// The microphone boom: the cubic M46 45 C46 50 42 53 35 53, as a polyline.
const boom: [number, number][] = [];
for (let i = 0; i <= 24; i++) {
  const t = i / 24;
  const u = 1 - t;
  boom.push([
    u ** 3 * 46 + 3 * u * u * t * 46 + 3 * u * t * t * 42 + t ** 3 * 35,
    u ** 3 * 45 + 3 * u * u * t * 50 + 3 * u * t * t * 53 + t ** 3 * 53,
  ]);
}

const half = 2.25; // half the stroke width
function inGlyph(x: number, y: number): boolean {
  // Headband: the upper half of a circle (32, 31) r 16, and short legs down to y 36.
  if (y <= 31 && Math.abs(Math.hypot(x - 32, y - 31) - 16) <= half) return true;
  if (segmentDistance(x, y, 16, 31, 16, 36) <= half || segmentDistance(x, y, 48, 31, 48, 36) <= half) return true;
  // Ear cups and microphone.
  if (roundedRect(x, y, 11, 32, 10, 15, 4) || roundedRect(x, y, 43, 32, 10, 15, 4)) return true;
  if (roundedRect(x, y, 29, 49.5, 8, 6, 3)) return true;
  for (let i = 1; i < boom.length; i++) {
    const [ax, ay] = boom[i - 1]!;
    const [bx, by] = boom[i]!;
    if (segmentDistance(x, y, ax, ay, bx, by) <= half) return true;
  }
  return false;
}

/** The background: navy, with a teal band below the line from (0, 40) to (64, 8). */
function background(x: number, y: number): RGBA {
  return y > 40 - x / 2 ? teal : navy;
}

/**
 * The colour at (x, y) in 64-unit space. `maskable`: full bleed, the glyph shrunk into the
 * safe zone (the central circle of 80 % diameter); else a rounded square on transparency.
 */
function sample(x: number, y: number, maskable: boolean): RGBA {
  if (!maskable && !roundedRect(x, y, 0, 0, 64, 64, 14)) return clear;
  const scale = maskable ? 0.72 : 1;
  const gx = 32 + (x - 32) / scale;
  const gy = 33.5 + (y - 32) / scale;
  return inGlyph(gx, gy) ? white : background(x, y);
}

function render(size: number, maskable: boolean): Buffer {
  const ss = 4; // 4 × 4 samples per pixel
  const data = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const row = py * (size * 4 + 1);
    data[row] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = ((px + (sx + 0.5) / ss) / size) * 64;
          const y = ((py + (sy + 0.5) / ss) / size) * 64;
          const c = sample(x, y, maskable);
          // Premultiplied sums, so that edges against transparency stay clean.
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const o = row + 1 + px * 4;
      data[o] = a ? Math.round(r / a) : 0;
      data[o + 1] = a ? Math.round(g / a) : 0;
      data[o + 2] = a ? Math.round(b / a) : 0;
      data[o + 3] = Math.round(a / (ss * ss));
    }
  }
  return png(size, size, data);
}

// ---- PNG ----

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** An 8-bit RGBA PNG from filtered scanlines. */
function png(width: number, height: number, scanlines: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(scanlines, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = path.join(import.meta.dirname, "..", "public", "icons");
mkdirSync(out, { recursive: true });
const icons: [string, number, boolean][] = [
  ["icon-192.png", 192, false],
  ["icon-512.png", 512, false],
  ["icon-maskable-512.png", 512, true],
  ["apple-touch-icon.png", 180, true],
  ["favicon-32.png", 32, false],
];
for (const [name, size, maskable] of icons) {
  writeFileSync(path.join(out, name), render(size, maskable));
  console.log(`wrote ${path.relative(process.cwd(), path.join(out, name))}`);
}
