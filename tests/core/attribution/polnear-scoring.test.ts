// The PolNeAR reader and the scoring of eval:attribution, on standoff written for these tests.
import { describe, expect, it } from 'vitest';
import { parseBrat, quotedSpans, hasQuotationMarks } from '../../../src/cli/attribution/polnear.ts';
import { calibration, scoreArticle, sourceType, tally } from '../../../src/cli/attribution/score.ts';
import type { Quote } from '../../../src/core/types.ts';

const text = 'Mayor Jane Doe said the plan was "ready to go." She added: "We start in May."';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const ann = [
  `T1\tSource ${at('Mayor Jane Doe').start} ${at('Mayor Jane Doe').end}\tMayor Jane Doe`,
  `T2\tCue ${at('said').start} ${at('said').end}\tsaid`,
  `T3\tContent ${at('the plan was "ready to go."').start} ${at('the plan was "ready to go."').end}\tthe plan`,
  `T4\tAttribution ${at('said').start} ${at('said').end}\tsaid`,
  'E1\tAttribution:T4 Cue:T2 Content:T3 Source:T1',
  `T5\tSource ${at('She').start} ${at('She').end}\tShe`,
  `T6\tContent ${at('"We start in May."').start} ${at('"We start in May."').end}\tWe start`,
  'E2\tAttribution:T5 Content:T6 Source:T5',
].join('\n');

const quote = (inner: string, source: string | null, speaker: string | null, confidence: number): Quote => ({
  ...at(inner), text: inner, kind: 'spoken', speaker, speakerId: null, anonymous: false, confidence,
  source: source ? { ...at(source), text: source } : null, cue: null, carriedFrom: null, namedAt: null,
});

describe('PolNeAR standoff', () => {
  const relations = parseBrat(ann);
  it('reads relations with their Source, Cue and Content spans', () => {
    expect(relations).toHaveLength(2);
    expect(text.slice(relations[0]!.source![0]!.start, relations[0]!.source![0]!.end)).toBe('Mayor Jane Doe');
    expect(relations[1]!.cue).toBeNull();
  });
  it('finds the quoted characters inside a Content span', () => {
    const spans = quotedSpans(text, relations[0]!.content);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['ready to go.']);
    expect(hasQuotationMarks(text, relations[1]!.content)).toBe(true);
  });
  it('tells source types apart', () => {
    expect(sourceType('she')).toBe('pronoun');
    expect(sourceType('The mayor of the town')).toBe('description');
    expect(sourceType('Mayor Jane Doe')).toBe('name');
    expect(sourceType(null)).toBe('none');
  });
});

describe('eval:attribution scoring', () => {
  const article = { name: 'a', text, relations: parseBrat(ann) };
  it('counts a source right when its span overlaps the gold Source', () => {
    const rows = scoreArticle(article, [quote('ready to go.', 'Jane Doe', 'Jane Doe', 0.95), quote('We start in May.', 'She', 'Jane Doe', 0.8)]);
    expect(tally(rows)).toEqual({ relations: 2, found: 2, given: 2, right: 2 });
  });
  it('a wrong span is given but not right; a quote not reported is not found', () => {
    const rows = scoreArticle(article, [quote('ready to go.', 'plan', 'the plan', 0.6)]);
    expect(tally(rows)).toEqual({ relations: 2, found: 1, given: 1, right: 0 });
  });
  it('with no span, the speaker must hold the Source\u2019s last capitalised word', () => {
    const rows = scoreArticle(article, [quote('ready to go.', null, 'Jane Doe', 0.9)]);
    expect(rows[0]!.right).toBe(true);
  });
  it('bands confidence for the calibration table', () => {
    const rows = scoreArticle(article, [quote('ready to go.', 'Jane Doe', 'Jane Doe', 0.97), quote('We start in May.', 'plan', 'x', 0.55)]);
    const bands = calibration(rows);
    expect(bands.find((b) => b.from === 0.95)).toMatchObject({ given: 1, right: 1 });
    expect(bands.find((b) => b.from === 0.5)).toMatchObject({ given: 1, right: 0 });
  });
});
