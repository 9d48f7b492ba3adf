// Evidence links: text-fragment URLs to a passage of another article, percent-encoded per the
// URL Fragment Text Directives spec, unambiguous within that article's text. (The same links are
// opened in real Chromium and Firefox by tests/e2e/text-fragments.e2e.test.ts.)
import { describe, expect, it } from 'vitest';
import {
  decodeTextDirective,
  directiveForPassage,
  encodeTerm,
  encodeTextDirective,
  EXACT_MAX_CHARS,
  findTextDirective,
  linkableUrl,
  PassageLinker,
  prepareFragmentText,
  textFragmentLink,
  type TextDirective,
} from '../../../src/core/anchor/text-fragment.ts';

/** The span of the `nth` copy of `words` in `text`. */
function spanOf(text: string, words: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(words, at + 1);
    if (at < 0) throw new Error(`"${words}" #${nth} not in the fixture`);
  }
  return { start: at, end: at + words.length };
}

function directiveFor(text: string, words: string, nth = 0): TextDirective | null {
  return directiveForPassage(prepareFragmentText(text, 'en'), spanOf(text, words, nth));
}

/** The browser's match for the directive, as the words it covers. */
function landsOn(text: string, directive: TextDirective | null): string | null {
  if (!directive) return null;
  const found = findTextDirective(prepareFragmentText(text, 'en'), directive);
  return found ? text.slice(found.start, found.end) : null;
}

function landsAt(text: string, directive: TextDirective | null): number | null {
  if (!directive) return null;
  return findTextDirective(prepareFragmentText(text, 'en'), directive)?.start ?? null;
}

// The spec's grammar: explicit characters, or a percent-encoded byte.
const DIRECTIVE_TERM = /^(?:[A-Za-z0-9!$'()*+./:;=?@_~]|%[0-9A-F]{2})+$/;

describe('encoding a term', () => {
  it.each([
    ['22-nation', '22%2Dnation'],
    ['fees, levies & charges', 'fees%2C%20levies%20%26%20charges'],
    ['été', '%C3%A9t%C3%A9'],
    ['“quoted”', '%E2%80%9Cquoted%E2%80%9D'],
    ["it's (so)!", "it's%20(so)!"],
    ['50% off #1', '50%25%20off%20%231'],
    ['🚢', '%F0%9F%9A%A2'],
    ['a\uD800b', 'a%EF%BF%BDb'],
  ])('%j -> %s', (term, encoded) => {
    expect(encodeTerm(term)).toBe(encoded);
    expect(encodeTerm(term)).toMatch(DIRECTIVE_TERM);
  });

  it('never leaves the syntax characters -, & or , (nor #, space, quotes) unencoded', () => {
    const nasty = 'a-b&c,d#e f"g<h>i`j\\k|l^m{n}o[p]q%r';
    const encoded = encodeTerm(nasty);
    expect(encoded).toMatch(DIRECTIVE_TERM);
    expect(decodeURIComponent(encoded)).toBe(nasty);
  });

  it('writes prefix-, start, end, -suffix in order and reads them back', () => {
    const d: TextDirective = { prefix: 'said, “', start: 'We will-not', end: 'give up, & go', suffix: '” she-said' };
    const text = encodeTextDirective(d);
    expect(text).toBe('text=said%2C%20%E2%80%9C-,We%20will%2Dnot,give%20up%2C%20%26%20go,-%E2%80%9D%20she%2Dsaid');
    expect(decodeTextDirective(text)).toEqual(d);
    expect(decodeTextDirective(encodeTextDirective({ start: 'only this' }))).toEqual({ start: 'only this' });
    expect(decodeTextDirective(encodeTextDirective({ start: 'a', suffix: 'b' }))).toEqual({ start: 'a', suffix: 'b' });
  });

  it('refuses malformed directives', () => {
    for (const bad of ['text=', 'text=a,b,c,d,e', 'text=-,a', 'text=a,,b', 'text=a-b-,c', 'text=%E0%A4%A']) {
      expect(decodeTextDirective(bad), bad).toBeNull();
    }
  });
});

describe('the linked URL', () => {
  it('strips an existing fragment, a text fragment included, and keeps the query', () => {
    expect(linkableUrl('https://news.example/a/b?id=3#comments')).toBe('https://news.example/a/b?id=3');
    expect(linkableUrl('https://news.example/a#:~:text=old')).toBe('https://news.example/a');
    expect(textFragmentLink('https://news.example/a?x=1#top', { start: 'new words' })).toBe('https://news.example/a?x=1#:~:text=new%20words');
  });

  it('links only http(s) addresses', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://files.example/a', 'mailto:a@b.example', 'file:///etc/passwd', '/relative/path', 'not a url', '', null, undefined]) {
      expect(linkableUrl(url), String(url)).toBeNull();
      expect(textFragmentLink(url, { start: 'words' }), String(url)).toBeNull();
      expect(new PassageLinker(url ?? null, 'Some words here.').linkTo({ start: 0, end: 4 }), String(url)).toBeNull();
    }
    expect(linkableUrl('HTTP://News.Example:8080/x')).toBe('http://news.example:8080/x');
  });

  it('drops credentials from the address', () => {
    expect(linkableUrl('https://user:secret@news.example/a')).toBe('https://news.example/a');
  });
});

describe('choosing the terms', () => {
  const text = [
    'Harbour talks end without a deal',
    'The harbour commission met on Tuesday. The talks would resume in spring, the chair said, and the panel would meet again.',
    '“We will not give up,” said the chair. “We will not give up,” repeated her deputy.',
    'The talks would resume in spring, the chair said.',
  ].join('\n\n');

  it('quotes a short passage found once as it is, with no context', () => {
    const d = directiveFor(text, 'the panel would meet again');
    expect(d).toEqual({ start: 'the panel would meet again' });
    expect(landsOn(text, d)).toBe('the panel would meet again');
  });

  it('adds context when the passage repeats in the same paragraph, for either copy', () => {
    const first = directiveFor(text, 'We will not give up,', 0);
    expect(first).toEqual({ start: 'We will not give up,' });
    const second = directiveFor(text, 'We will not give up,', 1);
    expect(second?.prefix ?? second?.suffix, JSON.stringify(second)).toBeTruthy();
    expect(landsAt(text, second)).toBe(spanOf(text, 'We will not give up,', 1).start);
  });

  it('takes context from the paragraph before when the repeated passage opens its paragraph', () => {
    const d = directiveFor(text, 'The talks would resume in spring, the chair said', 1);
    expect(landsAt(text, d)).toBe(spanOf(text, 'The talks would resume in spring, the chair said', 1).start);
    expect(d?.prefix ?? d?.suffix).toBeTruthy();
    // Context never crosses a paragraph break inside a term.
    for (const term of [d!.prefix, d!.suffix, d!.start, d!.end]) expect(term ?? '').not.toContain('\n');
  });

  it('treats letters the browser treats alike as repeats: case and accents', () => {
    const t = 'Her CV, a resume of ten pages, arrived.\n\nShe sent her résumé again.';
    const d = directiveFor(t, 'résumé');
    expect(d?.prefix ?? d?.suffix, `"resume" earlier matches "résumé" too: ${JSON.stringify(d)}`).toBeTruthy();
    expect(landsAt(t, d)).toBe(spanOf(t, 'résumé').start);
    const upper = 'THE TALKS RESUMED. Then the talks resumed.';
    expect(landsAt(upper, directiveFor(upper, 'the talks resumed'))).toBe(spanOf(upper, 'the talks resumed').start);
  });

  it('matches whole words only, as the browser does', () => {
    const t = 'The talkshow ran late. Then the talk began.';
    expect(directiveFor(t, 'talk', 1)).toEqual({ start: 'talk' });
    expect(landsAt(t, { start: 'talk' })).toBe(spanOf(t, 'talk', 1).start);
  });

  it('widens a passage cut inside a word to the whole word, and trims its whitespace', () => {
    const t = 'Officials confirmed the figures on Monday.';
    const at = t.indexOf('confirmed');
    const d = directiveForPassage(prepareFragmentText(t, 'en'), { start: at + 3, end: at + 13 });
    expect(d).toEqual({ start: 'confirmed the' });
    const spaced = directiveForPassage(prepareFragmentText(t, 'en'), { start: at - 1, end: at + 10 });
    expect(spaced).toEqual({ start: 'confirmed' });
  });

  it('uses textStart,textEnd for a long passage, its terms a few words each', () => {
    const long =
      'Observers who had followed the dispute for years said that the compromise, if it came, would have to cover dredging, berth fees, the night-shift rules and the new customs hall.';
    const t = `Intro paragraph.\n\n${long}\n\nOutro paragraph.`;
    expect(long.length).toBeGreaterThan(EXACT_MAX_CHARS);
    const d = directiveFor(t, long);
    expect(d).toEqual({ start: 'Observers who had', end: 'new customs hall.' });
    expect(landsOn(t, d)).toBe(long);
  });

  it('makes textEnd longer while its words also come earlier in the passage', () => {
    const long = 'The fees were raised at dawn, the ferry fees were raised at noon, and after a long night of talks the fees were raised at noon';
    const d = directiveFor(`${long}\n\nEnd.`, long);
    expect(landsOn(`${long}\n\nEnd.`, d)).toBe(long);
    expect(d?.end?.split(' ').length ?? 0).toBeGreaterThan(3);
  });

  it('spans paragraphs with a term in the first and a term in the last', () => {
    const passage = 'repeated her deputy.\n\nThe talks would resume in spring';
    const d = directiveFor(text, passage);
    expect(d?.end, JSON.stringify(d)).toBeTruthy();
    expect(d!.start).not.toContain('\n');
    expect(d!.end).not.toContain('\n');
    expect(landsOn(text, d)).toBe(passage);
  });

  it('keeps a link short for a very long passage', () => {
    const sentence = (i: number) => `Sentence number ${i} describes another step of the long negotiation in detail.`;
    const body = Array.from({ length: 80 }, (_, i) => sentence(i)).join(' ');
    const t = `Headline\n\n${body}\n\nAfterword.`;
    const link = new PassageLinker('https://news.example/long', t, 'en').linkTo(spanOf(t, body));
    expect(link!.length).toBeLessThan(300);
    expect(landsOn(t, decodeTextDirective(link!.split('#:~:')[1]!))).toBe(body);
  });

  it('reads whitespace as the browser renders it: runs and line breaks inside a paragraph are one space', () => {
    const t = 'First paragraph.\n\nSpaces   and \t tabs in   the\u00a0text.\n\nLast.';
    const d = directiveFor(t, 'and \t tabs in   the');
    expect(d).toEqual({ start: 'and tabs in the' });
    expect(landsOn(t, d)).toBe('and \t tabs in   the');
  });

  it('handles emoji and other characters outside the BMP', () => {
    const t = 'Fans cheered 🎉 when the ferry 🚢 docked, and the ferry 🚢 left at one.';
    const d = directiveFor(t, 'the ferry 🚢', 1);
    expect(landsAt(t, d)).toBe(spanOf(t, 'the ferry 🚢', 1).start);
    const link = textFragmentLink('https://news.example/f', d!)!;
    expect(link.split('#:~:text=')[1]).toMatch(/^[A-Za-z0-9!$'()*+./:;=?@_~%,-]+$/);
  });

  it('links into German and French quotations', () => {
    const t = 'Die Ministerin sagte, „die Gespräche gehen weiter“.\n\nSelon elle, « les négociations reprendront » bientôt.';
    for (const words of ['die Gespräche gehen weiter', 'les négociations reprendront']) {
      const d = directiveFor(t, words);
      expect(landsOn(t, d), words).toBe(words);
    }
  });

  it('gives up on context, not on the link, when two copies cannot be told apart', () => {
    // Context comes from the paragraph itself or the one before: four equal paragraphs leave the
    // third and fourth copies with the same context as the second.
    const t = 'Same line.\n\nSame line.\n\nSame line.\n\nSame line.';
    expect(landsAt(t, directiveFor(t, 'Same line.', 1))).toBe(spanOf(t, 'Same line.', 1).start);
    const d = directiveFor(t, 'Same line.', 3);
    expect(d).toEqual({ start: 'Same line.' });
  });

  it('returns nothing for an empty or blank passage', () => {
    const ft = prepareFragmentText('Words and   more words.', 'en');
    expect(directiveForPassage(ft, { start: 3, end: 3 })).toBeNull();
    expect(directiveForPassage(ft, { start: 9, end: 12 })).toBeNull();
    expect(directiveForPassage(ft, { start: 500, end: 600 })).toBeNull();
  });

  it('resolves every sentence of a text full of repeats back to itself', () => {
    const phrases = ['the chair said', 'the talks would resume', 'in spring', 'the fees were cut', 'a day later'];
    const sentences: string[] = [];
    for (let i = 0; i < 30; i++) sentences.push(`${phrases[i % 5]} ${phrases[(i * 3 + 1) % 5]}, number ${i}, ${phrases[(i * 7 + 2) % 5]}.`);
    const paragraphs = [];
    for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
    const t = paragraphs.join('\n\n');
    const ft = prepareFragmentText(t, 'en');
    for (const sentence of sentences) {
      const span = spanOf(t, sentence);
      const d = directiveForPassage(ft, span);
      expect(findTextDirective(ft, d!), sentence).toEqual(span);
      // And a repeated phrase inside that sentence, every copy of it.
      const phrase = phrases.find((p) => sentence.startsWith(p))!;
      const inner = { start: span.start, end: span.start + phrase.length };
      expect(findTextDirective(ft, directiveForPassage(ft, inner)!), `${phrase} in ${sentence}`).toEqual(inner);
    }
  });
});

describe('the browser matching it replays', () => {
  const t = 'this is an example text fragment.\n\nhere is an example text.';
  it('follows the spec examples for context terms', () => {
    expect(landsAt(t, { prefix: 'this is', start: 'an example', suffix: 'text fragment' })).toBe(t.indexOf('an example'));
    expect(landsAt(t, { prefix: 'here is', start: 'an example' })).toBe(t.lastIndexOf('an example'));
    expect(landsAt(t, { start: 'an example', suffix: 'text.' })).toBe(t.lastIndexOf('an example'));
    expect(landsAt(t, { prefix: 'nowhere', start: 'an example' })).toBeNull();
  });

  it('ends a range at the first textEnd after textStart', () => {
    expect(landsOn(t, { start: 'this is', end: 'text' })).toBe('this is an example text');
    expect(landsOn(t, { start: 'this is', end: 'text', suffix: 'fragment' })).toBe('this is an example text');
    expect(landsOn(t, { start: 'this is', end: 'text', suffix: 'nothing' })).toBeNull();
  });

  it('keeps a single term inside one paragraph', () => {
    expect(landsAt(t, { start: 'fragment. here is' })).toBeNull();
    expect(landsOn(t, { start: 'fragment.', end: 'here is' })).toBe('fragment.\n\nhere is');
  });
});
