import { describe, expect, it } from 'vitest';
import { canHead } from '../../../src/core/attribution/candidates.ts';
import { attributionLexicon } from '../../../src/core/attribution/lexicon.ts';
import { phraseName } from '../../../src/core/attribution/mention.ts';
import { buildView, type ArticleView } from '../../../src/core/attribution/view.ts';
import { findQuotes } from '../../../src/core/quotes/find-quotes.ts';

function view(text: string, language = 'en'): ArticleView {
  return buildView(text, language, attributionLexicon(language), findQuotes(text, language).filter((q) => !q.nested));
}
const at = (v: ArticleView, word: string) => v.items.findIndex((it) => it.text === word);

describe('who can head a mention of a source', () => {
  it('a lower-case word right after a subject pronoun is its verb, not a source', () => {
    const v = view('She gives the volunteers "a warm welcome" each year, and the volunteers thank her.');
    expect(canHead(v, at(v, 'gives'))).toBe(false);
    expect(canHead(v, at(v, 'volunteers'))).toBe(true);
  });

  it('a Norwegian pronoun that is also a determiner still opens a description ("de ansatte")', () => {
    const v = view('– Vi er klare, sa de ansatte i går.', 'no');
    expect(canHead(v, at(v, 'ansatte'))).toBe(true);
  });
});

describe('the name a noun phrase ends in', () => {
  it('role words before a name hand over to the name', () => {
    const v = view('"We are ready," harbour spokesman Omar Reyes said.');
    expect(v.items[phraseName(v, at(v, 'harbour'))]!.text).toBe('Reyes');
    expect(v.items[phraseName(v, at(v, 'spokesman'))]!.text).toBe('Reyes');
  });

  it('a verb between two names ends the phrase', () => {
    const v = view('Senator Lind praised Omar Reyes at the meeting, "a builder of bridges."');
    expect(v.items[phraseName(v, at(v, 'Lind'))]!.text).toBe('Lind');
  });

  it('a possessive that opens the phrase hands over to the name it ends in', () => {
    const v = view('"No comment," Reyes’s lawyer Ana Ruiz said.');
    expect(v.items[phraseName(v, at(v, 'Reyes’s'))]!.text).toBe('Ruiz');
  });

  it('a possessive ends the phrase: the campaign is not its candidate', () => {
    const v = view('"No comment," Reyes’s campaign said.');
    expect(phraseName(v, at(v, 'Reyes’s'))).toBe(at(v, 'Reyes’s'));
  });
});

describe('days are never speakers', () => {
  it('"<ordinal> of <month>" names a day, whatever its capitals', () => {
    const v = view('“The sky lit up,” Ruiz said. “It was like the Fourth of July,” and then the 5th of May parade began.');
    expect(canHead(v, at(v, 'July'))).toBe(false);
    expect(canHead(v, at(v, 'May'))).toBe(false);
    expect(canHead(v, at(v, 'Ruiz'))).toBe(true);
  });

  it('a name that is also a month stays a name', () => {
    const v = view('“We will vote,” said Theresa May.');
    expect(canHead(v, at(v, 'May'))).toBe(true);
  });
});

describe('an unknown role word between names', () => {
  it('counts for the name when the verb of saying stands before the phrase', () => {
    const v = view('"The strike goes on," says Harbour Local 12 steward Ana Ruiz.');
    expect(v.items[phraseName(v, at(v, 'Local'))]!.text).toBe('Ruiz');
  });
});
