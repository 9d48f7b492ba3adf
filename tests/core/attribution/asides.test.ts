// What stands between a name and its verb of saying, and the words that belong to a name's phrase:
// an aside in brackets or between commas, a complement ("of Ohio"), the roles before it; numbers
// that count a noun; and who a pronoun stands for when the name is short or has an aside.
import { describe, expect, it } from 'vitest';
import { canHead } from '../../../src/core/attribution/candidates.ts';
import { candidateFeatures, quoteFacts } from '../../../src/core/attribution/features.ts';
import { attributionLexicon } from '../../../src/core/attribution/lexicon.ts';
import { phraseMention, phraseName } from '../../../src/core/attribution/mention.ts';
import { asideAfter, buildView, nameComplementEnd, type ArticleView } from '../../../src/core/attribution/view.ts';
import { buildEntityCatalog } from '../../../src/core/entities/catalog.ts';
import { analyzeQuotes } from '../../../src/core/quotes/index.ts';
import { findQuotes } from '../../../src/core/quotes/find-quotes.ts';
import type { EntityRecord } from '../../../src/core/types.ts';

function view(text: string, language = 'en'): ArticleView {
  return buildView(text, language, attributionLexicon(language), findQuotes(text, language).filter((q) => !q.nested));
}
const at = (v: ArticleView, word: string, from = 0) => v.items.findIndex((it, i) => i >= from && it.text === word);
const speakers = (text: string, entities: EntityRecord[] = []) =>
  analyzeQuotes(text, { language: 'en', catalog: buildEntityCatalog(entities) }).quotes.map((q) => q.speaker);

describe('an aside after a name', () => {
  it('a short parenthesis or an apposition between commas closes before the verb', () => {
    const v = view('Representative Jane Doe (D-Ohio) said the vote was close. Omar Reyes, a lawyer for the union, said more.');
    expect(v.items[asideAfter(v, at(v, 'Doe'))]!.text).toBe(')');
    const comma = asideAfter(v, at(v, 'Reyes'));
    expect(v.items[comma]!.text).toBe(',');
    expect(v.items[comma + 1]!.text).toBe('said');
  });

  it('is no aside when it holds a verb of saying or a quotation, or is a list', () => {
    const v = view('Jane Doe (who said nothing) left. Omar Reyes, Ana Ruiz and Li Wei met.');
    expect(asideAfter(v, at(v, 'Doe'))).toBe(-1);
    expect(asideAfter(v, at(v, 'Reyes'))).toBe(-1);
  });

  it('a word of the parenthesis stands for the name before it', () => {
    const v = view('Senator Jane Doe (R-Utah) said it was "a fair deal".');
    expect(v.items[phraseName(v, at(v, 'R-Utah'))]!.text).toBe('Doe');
  });

  it('the speaker is the name, not the aside', () => {
    expect(speakers('"The inquiry will go on," committee chairman Rep. Jane Doe (R-Ohio) said as the hearing closed.')).toEqual(['Jane Doe']);
  });
});

describe('a complement that ties a name to a place or a body', () => {
  it('belongs to the name: "Jane Doe of Ohio" is Jane Doe', () => {
    const v = view('Representative Jane Doe of Ohio, the panel’s senior member, called the plan "a costly mistake".');
    expect(v.items[nameComplementEnd(v, at(v, 'Doe'))]!.text).toBe('Ohio');
    expect(v.items[phraseName(v, at(v, 'Ohio'))]!.text).toBe('Doe');
    expect(speakers('The hearing ran late. Representative Jane Doe of Ohio, the panel’s senior member, called the plan "a costly mistake that nobody asked for." Others agreed.')).toEqual(['Jane Doe']);
  });
});

/** The features of the candidate `word` for the first quotation. */
function featuresOf(text: string, word: string) {
  const v = view(text);
  const item = at(v, word);
  return candidateFeatures(v, quoteFacts(v, 0), { kind: 'token', item });
}

describe('the verbs of saying around a candidate', () => {
  it('before a noun phrase: counted from where the phrase starts, roles included', () => {
    const f = featuresOf('According to veteran radio host Jane Doe, the new timetable is "a gift to nobody at all."', 'Doe');
    expect(f.get('cueBefore=hi')).toBe(1);
  });

  it('a capitalised word opening its sentence reads as its lower-case self', () => {
    const officials = featuresOf('Officials said the plan was "on track" for now.', 'Officials');
    const instead = featuresOf('Instead, the study said the plan was "on track" for now.', 'Instead');
    expect(officials.get('head')).toBeGreaterThan(0.2);
    expect(officials.get('head=na')).toBeUndefined();
    expect(instead.get('head')).toBeUndefined();
    expect(instead.get('head=0')).toBe(1);
  });

  it('after a name: counted past its aside', () => {
    expect(featuresOf('"The bill is dead," Representative Jane Doe (D-Ohio) said.', 'Doe').get('cueAfter=hi!')).toBe(1);
    expect(featuresOf('"The bill is dead," Omar Reyes, a lawyer for the union, said.', 'Reyes').get('cueAfter=hi!')).toBe(1);
  });
});

describe('numbers', () => {
  it('a number counts the noun after it and heads nothing', () => {
    const v = view('Forty-two workers walked out, and 12 officials said the stoppage was "long overdue".');
    expect(canHead(v, at(v, 'Twenty-nine'))).toBe(false);
    expect(canHead(v, at(v, '12'))).toBe(false);
    expect(canHead(v, at(v, 'officials'))).toBe(true);
  });
});

describe('a listed organisation in a person’s title', () => {
  it('does not take the person’s place: a name is looked up by its own words', () => {
    const acme: EntityRecord = { id: 'acme', name: 'Acme', kind: 'organisation', aliases: ['Acme'], role: null, description: 'A company.', affiliation: null };
    expect(speakers('"We expect a strong year," Acme spokesman Omar Reyes said on Monday.', [acme])).toEqual(['Omar Reyes']);
  });
});

describe('who a pronoun stands for', () => {
  it('a speaker quoted by surname alone, over a man named after a preposition', () => {
    const text = 'Talks opened on Monday. "The harbour must stay open," Reyes said after lunch with Foreign Minister Carl Lund. He named no date. "Our aim is steady trade with every partner," he said.';
    expect(speakers(text)).toEqual(['Reyes', 'Reyes']);
  });

  it('a name with an apposition of its own is the subject of its sentence, and an age says a person', () => {
    const text = '"We need more beds," the official said. In the hall, Karim, a 31-year-old former driver who gave only his first name, said he had waited for nine days. "We are tired, but the children are fine," he said.';
    expect(speakers(text)[1]).toBe('Karim');
  });
});

describe('initials and conjunctions', () => {
  it('dotted initials keep their stops and stay in the name', () => {
    const [q] = analyzeQuotes('"The budget is short," said Sen. A.J. Doe on Tuesday.', { language: 'en', catalog: buildEntityCatalog([]) }).quotes;
    expect(q!.speaker).toBe('A.J. Doe');
    expect(q!.source!.text).toBe('Sen. A.J. Doe');
  });

  it('a name after a conjunction is still a subject a pronoun may stand for', () => {
    const text = 'Jim Doe ran the depot for ten years, the Acme Post reported. "He kept the books clean," the Acme Post said. Although Doe conceded to the paper that he and his deputy had "cut a few corners over the years," he said no money went missing.';
    expect(speakers(text)[1]).toBe('Jim Doe');
  });
});

describe('descriptions and the names beside them', () => {
  it('a compound of lower-case nouns is headed by its last noun, and a name in apposition after it is the speaker', () => {
    const [q] = analyzeQuotes('"It is a scandal," said the group leader, Peter Lang.', { language: 'en', catalog: buildEntityCatalog([]) }).quotes;
    expect(q!.source!.text).toBe('the group leader');
    expect(q!.speaker).toBe('Peter Lang');
  });

  it('an adjective with its complement is no noun of the compound ("a source close to the talks")', () => {
    const [q] = analyzeQuotes('"The deal is off," a source close to the negotiations said on Friday.', { language: 'en', catalog: buildEntityCatalog([]) }).quotes;
    expect(q!.speaker).toBe('a source close to the negotiations');
  });

  it('German: a role compound ending in -chef is a description, and the name after it speaks', () => {
    const [q] = analyzeQuotes('Die Stadt plant neue Radwege. „Das ist ein Skandal“, so der Fraktionschef der Grünen, Peter Lang.', { language: 'de', catalog: buildEntityCatalog([]) }).quotes;
    expect(q!.speaker).toBe('Peter Lang');
  });

  it('German: "Laut" opening the sentence is the cue before the name it opens the run of', () => {
    const v = view('Die Stadt plant neue Radwege. Laut Polizeisprecher Jan Müller ist die Lage „unter Kontrolle, es gibt keine Gefahr“.', 'de');
    const f = candidateFeatures(v, quoteFacts(v, 0), { kind: 'token', item: at(v, 'Müller') });
    expect(f.get('cueBefore=hi')).toBe(1);
    expect(f.get('prev=cue')).toBe(1);
  });
});

describe('possessives, datelines and the words after a name', () => {
  it('a verb after the name does not stop a possessive from opening the phrase', () => {
    const v = view('Nothing changed. Ostland’s Chancellor Jana Berger praised the harbour plan as “long overdue.”');
    expect(v.items[phraseName(v, at(v, 'Ostland’s'))]!.text).toBe('Berger');
  });

  it('a parenthesis followed by a comma is still the aside before the verb', () => {
    const v = view('Gov. Jim Doe (R-Ohio), said, “We are ready for the trip.”');
    expect(v.items[asideAfter(v, at(v, 'Doe')) + 1]!.text).toBe('said');
  });

  it('a dateline and its month are never speakers', () => {
    const v = view('BRISTOW, Mar. 3 (Acme) — Late on Sunday, Jane Doe thanked volunteers, saying: “The count is not over.”');
    expect(canHead(v, at(v, 'BRISTOW'))).toBe(false);
    expect(canHead(v, at(v, 'Mar.'))).toBe(false);
  });

  it('a possessive name before a role noun: the role speaks, not the name', () => {
    const [lawyer] = analyzeQuotes('"No comment," Jane Doe’s lawyer said on Monday.', { language: 'en', catalog: buildEntityCatalog([]) }).quotes;
    expect(lawyer!.source!.text).toBe('Jane Doe’s lawyer');
    expect(lawyer!.speaker).toBe('Jane Doe’s lawyer');
    const [aide] = analyzeQuotes('Jane Doe’s right-hand man thanked the volunteers, saying: “The count is not over yet, so stay close.”', { language: 'en', catalog: buildEntityCatalog([]) }).quotes;
    expect(aide!.speaker).not.toBe('Jane Doe');
  });
});

describe('titles joined to their domain', () => {
  it('"Secretary of State Jane Doe" is Jane Doe, and "the secretary of state" later is she', () => {
    const quotes = analyzeQuotes('US Secretary of State Jane Doe met her counterpart on Monday. The talks went well. "Every partner knows where we stand on the harbour," the secretary of state said.', { language: 'en', catalog: buildEntityCatalog([]) }).quotes;
    expect(quotes[0]!.speaker).toBe('Jane Doe');
  });

  it('a body joined to its domain stays a body', () => {
    const quotes = analyzeQuotes('"We will cut rates," the Bank of Ostland said.', { language: 'en', catalog: buildEntityCatalog([]) }).quotes;
    expect(quotes[0]!.speaker).toBe('Bank of Ostland');
  });

  it('a name right before a noun of people qualifies it: "Doe supporters" are not Doe', () => {
    const v = view('Doe spoke first. Doe supporters then chanted “four more years” in the hall.');
    const m = phraseMention(v, at(v, 'Doe', 3));
    expect(v.items[m.head]!.text).toBe('supporters');
  });
});

describe('a word of attribution that opens the sentence', () => {
  it('is the cue, not part of the source: Norwegian "Ifølge politiet", French "Selon la police"', () => {
    const [no] = analyzeQuotes('Ifølge politiet er situasjonen «under full kontroll, uten fare for noen».', { language: 'no', catalog: buildEntityCatalog([]) }).quotes;
    expect(no!.source!.text).toBe('politiet');
    const [fr] = analyzeQuotes('Selon la police, la situation est « sous contrôle, sans danger pour personne ».', { language: 'fr', catalog: buildEntityCatalog([]) }).quotes;
    expect(fr!.source!.text).toBe('la police');
    const v = view('Ifølge politiet er situasjonen «under kontroll».', 'no');
    expect(canHead(v, at(v, 'Ifølge'))).toBe(false);
  });
});

describe('the cue as printed', () => {
  it('"according to" keeps its preposition when the source follows it; "said to reporters" does not', () => {
    const cue = (text: string) => analyzeQuotes(text, { language: 'en', catalog: buildEntityCatalog([]) }).quotes[0]!.cue?.text;
    expect(cue('According to officials, the plan is "dead in the water for now".')).toBe('According to');
    expect(cue('"We are done," Jane Doe said to reporters.')).toBe('said');
  });
});

describe('German articles and particles', () => {
  it('"der" alone after a name is an article ("Jan Müller der Zeitung"); after "von" a particle', () => {
    const speaker = (text: string) => analyzeQuotes(text, { language: 'de', catalog: buildEntityCatalog([]) }).quotes[0]!.speaker;
    expect(speaker('Die Stadt plant neue Radwege. „Es gibt derzeit keine Gefahr für die Anwohner“, sagte Polizeisprecher Jan Müller der Zeitung.')).toBe('Jan Müller');
    expect(speaker('„Wir handeln jetzt“, sagte Ursula von der Leyen am Montag.')).toBe('Ursula von der Leyen');
  });
});

describe('whom, where and with whom a remark was made', () => {
  it('the object of a preposition after a verb of saying is no source; after "according to" or a passive\'s "by" it is', () => {
    const v = view('"It is over," Jane Doe said on Twitter. "It is over," according to officials. "It is over," it was said by Omar Reyes.');
    expect(canHead(v, at(v, 'Twitter'))).toBe(false);
    expect(canHead(v, at(v, 'officials'))).toBe(true);
    expect(canHead(v, at(v, 'Reyes'))).toBe(true);
    const fr = view('« La situation est grave », a indiqué à l’AFP un responsable de la police.', 'fr');
    expect(canHead(fr, fr.items.findIndex((it) => it.text.endsWith('AFP')))).toBe(false);
  });

  it('"Jane Doe and her team wrote": the team is led by Jane Doe', () => {
    const v = view('"The ice is thinner than we thought," Nora Lind and her team wrote in the study.');
    expect(v.items[phraseName(v, at(v, 'team'))]!.text).toBe('Lind');
  });
});
