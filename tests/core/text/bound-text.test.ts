import { describe, expect, it } from 'vitest';
import { boundText, MAX_ANALYSED_CHARS } from '../../../src/core/text/bound-text.ts';

describe('boundText', () => {
  it('leaves texts within the bound alone', () => {
    expect(boundText('Short text.', 100)).toBe('Short text.');
  });
  it('cuts at a paragraph break near the bound, else at a space', () => {
    const text = `${'a'.repeat(95)}\n${'b'.repeat(20)}`;
    expect(boundText(text, 100)).toBe('a'.repeat(95));
    const words = 'word '.repeat(40);
    const cut = boundText(words, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith('word')).toBe(true);
  });
  it('cuts a text with no break at the bound, never inside a surrogate pair', () => {
    expect(boundText('x'.repeat(300), 100)).toHaveLength(100);
    const emoji = `${'x'.repeat(99)}😀${'x'.repeat(10)}`;
    expect(boundText(emoji, 100)).toBe('x'.repeat(99));
  });
  it('bounds the engine at 100,000 characters', () => {
    expect(MAX_ANALYSED_CHARS).toBe(100_000);
    expect(boundText('y'.repeat(2_000_000)).length).toBe(MAX_ANALYSED_CHARS);
  });
});
