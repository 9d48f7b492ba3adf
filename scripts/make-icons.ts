// Draws the toolbar icons (on and off variants) as PNGs under icons/. Run once after changing the
// design: `npx tsx scripts/make-icons.ts`. Pure Node (zlib), 4×4 supersampling for smooth edges.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

type RGBA = [number, number, number, number];
type Shape = (x: number, y: number) => RGBA | null;

const roundedRect = (x0: number, y0: number, x1: number, y1: number, r: number, color: RGBA): Shape => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return null;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r ? color : null;
};
const slash = (width: number, color: RGBA): Shape => (x, y) =>
  Math.abs(x - y) / Math.SQRT2 <= width / 2 && x > 0.12 && x < 0.88 ? color : null;

function design(off: boolean): Shape[] {
  const bg: RGBA = off ? [120, 126, 136, 255] : [27, 58, 99, 255];
  const bar: RGBA = off ? [205, 209, 215, 255] : [255, 255, 255, 255];
  const accent: RGBA = off ? [170, 175, 183, 255] : [242, 177, 52, 255];
  const shapes = [
    roundedRect(0.04, 0.04, 0.96, 0.96, 0.2, bg),
    roundedRect(0.18, 0.24, 0.68, 0.36, 0.06, bar),
    roundedRect(0.32, 0.44, 0.82, 0.56, 0.06, accent),
    roundedRect(0.18, 0.64, 0.68, 0.76, 0.06, bar),
  ];
  if (off) shapes.push(slash(0.09, [255, 255, 255, 255]));
  return shapes;
}

function render(size: number, shapes: Shape[]): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const ss = 4;
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let c: RGBA = [0, 0, 0, 0];
          for (const shape of shapes) c = shape(x, y) ?? c;
          acc[0]! += c[0] * c[3]; acc[1]! += c[1] * c[3]; acc[2]! += c[2] * c[3]; acc[3]! += c[3];
        }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const a = acc[3]!;
      raw[o] = a ? Math.round(acc[0]! / a) : 0;
      raw[o + 1] = a ? Math.round(acc[1]! / a) : 0;
      raw[o + 2] = a ? Math.round(acc[2]! / a) : 0;
      raw[o + 3] = Math.round(a / (ss * ss));
    }
  }
  return png(size, raw);
}

function png(size: number, raw: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(4 + body.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 4 + body.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

mkdirSync('icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(`icons/icon-${size}.png`, render(size, design(false)));
  writeFileSync(`icons/icon-off-${size}.png`, render(size, design(true)));
}
console.error('icons written');
