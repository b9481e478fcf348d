// @ts-check
/**
 * Draws resources/icon.png (512×512): an open book on a calm blue rounded square.
 * No image tools needed: shapes are rasterised with 4×4 supersampling and written as PNG
 * with node:zlib. Run: node build/make-icon.mjs
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SS = 4;

/** @typedef {[number, number, number, number]} RGBA */
/** @type {{ inside: (x: number, y: number) => boolean; color: RGBA }[]} */
const shapes = [];
const hex = (/** @type {string} */ h, a = 255) =>
  /** @type {RGBA} */ ([1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)).concat(a));

function roundRect(x0, y0, x1, y1, r, color) {
  shapes.push({
    color,
    inside: (x, y) => {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const cx = Math.min(Math.max(x, x0 + r), x1 - r);
      const cy = Math.min(Math.max(y, y0 + r), y1 - r);
      return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    },
  });
}
function polygon(points, color) {
  shapes.push({
    color,
    inside: (x, y) => {
      let inside = false;
      for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
        const [xi, yi] = points[i];
        const [xj, yj] = points[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
      return inside;
    },
  });
}
function line(x0, y0, x1, y1, width, color) {
  shapes.push({
    color,
    inside: (x, y) => {
      const dx = x1 - x0;
      const dy = y1 - y0;
      const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)));
      return (x - x0 - t * dx) ** 2 + (y - y0 - t * dy) ** 2 <= (width / 2) ** 2;
    },
  });
}

roundRect(24, 24, 488, 488, 104, hex('#2E6DA4'));
polygon(
  [
    [100, 146],
    [250, 174],
    [250, 392],
    [100, 364],
  ],
  hex('#FFFFFF'),
);
polygon(
  [
    [262, 174],
    [412, 146],
    [412, 364],
    [262, 392],
  ],
  hex('#EAF2FA'),
);
polygon(
  [
    [250, 170],
    [262, 170],
    [262, 396],
    [250, 396],
  ],
  hex('#A9C9E8'),
);
for (const [y, len] of [
  [210, 88],
  [250, 88],
  [290, 64],
  [330, 80],
]) {
  line(130, y, 130 + len, y + len * 0.18, 9, hex('#8DB5DC'));
  line(382, y, 382 - len, y + len * 0.18, 9, hex('#8DB5DC'));
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    let [r, g, b, a] = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const px = x + (sx + 0.5) / SS;
        const py = y + (sy + 0.5) / SS;
        let c = /** @type {RGBA} */ ([0, 0, 0, 0]);
        for (const s of shapes) if (s.inside(px, py)) c = s.color;
        r += c[0] * c[3];
        g += c[1] * c[3];
        b += c[2] * c[3];
        a += c[3];
      }
    }
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round(a / (SS * SS));
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (/** @type {Buffer} */ buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (/** @type {string} */ type, /** @type {Buffer} */ data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../resources/icon.png', import.meta.url), png);
console.log(`resources/icon.png: ${png.length} bytes`);
