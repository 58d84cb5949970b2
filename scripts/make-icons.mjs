// Draws the extension's toolbar icons (a shield split red/green) as PNGs into public/icons.
// Run once after changing the design: node scripts/make-icons.mjs
import { crc32, deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling for smooth edges
      let acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          acc = acc.map((v, i) => v + (i < 3 ? p[i] * p[3] : p[3]));
        }
      const a = acc[3] / 16;
      row.set(a ? [acc[0] / acc[3], acc[1] / acc[3], acc[2] / acc[3], a * 255].map(Math.round) : [0, 0, 0, 0], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shield: flat top, sides curving to a point at the bottom.
function shield(u, v) {
  const x = Math.abs(u - 0.5) * 2; // 0 centre .. 1 edge
  if (v < 0.06 || v > 0.96) return null;
  const halfWidth = v < 0.5 ? 0.84 : 0.84 * Math.sqrt(Math.max(0, 1 - ((v - 0.5) / 0.46) ** 2));
  if (x > halfWidth) return null;
  const inner = x < halfWidth - 0.16 && v > 0.14 && v < 0.88;
  if (!inner) return [32, 33, 36, 1];
  return u < 0.5 ? [197, 34, 31, 1] : [24, 128, 56, 1];
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(`public/icons/icon-${size}.png`, png(size, (u, v) => shield(u, v) ?? [0, 0, 0, 0]));
}
console.log('wrote public/icons/icon-{16,32,48,128}.png');
