// 32-bit FNV-1a: features are stored as hashes so that the index stays small (a collision
// merely adds a little noise to a similarity).

export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
