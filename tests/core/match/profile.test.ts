import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/core/match/profile.ts';

const keys = (text: string, language: string) => [...buildProfile({ text, language, mentions: [] }).features.keys()];

describe('buildProfile: evidence that does not depend on the language', () => {
  it('gives weekdays one key in every language', () => {
    const en = keys('The ministers met on Wednesday in the capital. They spoke again on Wednesday.', 'en');
    const de = keys('Die Minister trafen sich am Mittwoch in der Hauptstadt. Sie sprachen am Mittwoch erneut.', 'de');
    const no = keys('Ministrene møttes onsdag i hovedstaden. De snakket igjen onsdag.', 'no');
    for (const k of [en, de, no]) expect(k).toContain('#:wd3');
  });

  it('does not take weekdays or German nouns after an article for names', () => {
    const de = keys(
      'Der Minister sprach am Mittwoch über die Anerkennung der neuen Regierung. Er forderte eine schnelle Anerkennung, sagte Heiko Maas in Berlin.',
      'de',
    );
    expect(de).not.toContain('n:mittwoch');
    expect(de).not.toContain('n:anerkennung');
    expect(de).toContain('n:maas');
    expect(de).toContain('n:berlin');
  });
});
