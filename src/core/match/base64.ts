// Base64 for typed arrays, so the index travels as compact JSON strings (no Buffer in the
// browser, and atob/btoa are slow on large binary strings).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function encodeBytes(bytes: Uint8Array): string {
  let out = '';
  const chunk: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    const n = (a << 16) | (b << 8) | c;
    chunk.push(
      ALPHABET[(n >> 18) & 63]! +
        ALPHABET[(n >> 12) & 63]! +
        (i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=') +
        (i + 2 < bytes.length ? ALPHABET[n & 63]! : '='),
    );
    if (chunk.length === 4096) {
      out += chunk.join('');
      chunk.length = 0;
    }
  }
  return out + chunk.join('');
}

const encoder = new TextEncoder();

export function decodeBytes(text: string): Uint8Array {
  let padding = 0;
  if (text.endsWith('==')) padding = 2;
  else if (text.endsWith('=')) padding = 1;
  // Working on the ASCII bytes is several times faster than charCodeAt on a long string.
  const chars = encoder.encode(text);
  const length = (chars.length / 4) * 3 - padding;
  const out = new Uint8Array(length + padding);
  let o = 0;
  for (let i = 0; i < chars.length; i += 4) {
    const n = (LOOKUP[chars[i]!]! << 18) | (LOOKUP[chars[i + 1]!]! << 12) | (LOOKUP[chars[i + 2]!]! << 6) | LOOKUP[chars[i + 3]!]!;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  return out.subarray(0, length);
}

export function encodeUint32(values: Uint32Array | Int32Array): string {
  return encodeBytes(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
}

export function decodeUint32(text: string): Uint32Array {
  const bytes = decodeBytes(text);
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

export function decodeInt32(text: string): Int32Array {
  const bytes = decodeBytes(text);
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}
