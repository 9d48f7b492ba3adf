// Reading a screenshot back: which pixels a colour covers, to see what the browser painted.
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Pixels (in CSS px, given the device pixel ratio) close to `rgb` in a PNG screenshot. */
export function pixelsOfColour(pngFile: string, rgb: [number, number, number], ratio = 1, tolerance = 40): { x: number; y: number }[] {
  const png = PNG.sync.read(readFileSync(pngFile));
  const out: { x: number; y: number }[] = [];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const d = Math.abs(png.data[i]! - rgb[0]) + Math.abs(png.data[i + 1]! - rgb[1]) + Math.abs(png.data[i + 2]! - rgb[2]);
      if (d <= tolerance) out.push({ x: x / ratio, y: y / ratio });
    }
  }
  return out;
}

export const inside = (p: { x: number; y: number }, b: Box, slack = 2) =>
  p.x >= b.left - slack && p.x <= b.right + slack && p.y >= b.top - slack && p.y <= b.bottom + slack;
