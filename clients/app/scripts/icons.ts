/**
 * Draws the app's icons (public/icons/icon-192.png, icon-512.png): the town's dark
 * blue, full bleed (usable as a maskable icon), with a white "K" inside the middle
 * 60 % that every mask keeps. Plain PNG written with node:zlib, no image library.
 * Run `pnpm --filter @kaarst/app icons` after changing the drawing; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

type Point = [number, number];
const BLUE: [number, number, number] = [0x00, 0x3a, 0x66];
// The K in unit coordinates: a stem and two arms.
const SHAPES: Point[][] = [
  [
    [0.33, 0.25],
    [0.45, 0.25],
    [0.45, 0.75],
    [0.33, 0.75],
  ],
  [
    [0.43, 0.5],
    [0.62, 0.25],
    [0.77, 0.25],
    [0.53, 0.56],
  ],
  [
    [0.47, 0.48],
    [0.56, 0.42],
    [0.78, 0.75],
    [0.63, 0.75],
  ],
];

function inside([x, y]: Point, polygon: Point[]): boolean {
  let within = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as Point;
    const [xj, yj] = polygon[j] as Point;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) within = !within;
  }
  return within;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function icon(size: number): Buffer {
  const SAMPLES = 4; // 4×4 samples a pixel: smooth edges
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) {
          const point: Point = [(px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size];
          if (SHAPES.some((shape) => inside(point, shape))) hits++;
        }
      const white = hits / (SAMPLES * SAMPLES);
      BLUE.forEach((channel, i) => {
        row[1 + px * 3 + i] = Math.round(channel + (255 - channel) * white);
      });
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = path.join(import.meta.dirname, '..', 'public', 'icons');
for (const size of [192, 512]) writeFileSync(path.join(dir, `icon-${size}.png`), icon(size));
console.log(`icons written to ${dir}`);
