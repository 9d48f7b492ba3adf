// Attribution in the languages Parallax reads with no annotated corpus: the same learned ranker
// over hand-listed cue words, pronouns and function words. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEntityCatalog } from '../../../src/core/entities/catalog.ts';
import { analyzeQuotes } from '../../../src/core/quotes/index.ts';

const catalog = buildEntityCatalog([]);

const cases: { language: string; name: string; text: string; quote: string; speaker: string }[] = [
  { language: 'de', name: 'X sagte nach dem Zitat', text: '„Der Hafen öffnet im Frühjahr“, sagte Bürgermeisterin Lena Roth am Montag.', quote: 'Der Hafen', speaker: 'Lena Roth' },
  { language: 'de', name: 'so X', text: 'Die Brücke bleibt gesperrt. „Wir prüfen jeden Pfeiler“, so Stadtbaurat Jonas Keller.', quote: 'Wir prüfen', speaker: 'Jonas Keller' },
  { language: 'de', name: 'laut X', text: 'Laut Ingenieurin Petra Falk ist die Brücke „nicht mehr sicher“.', quote: 'nicht mehr sicher', speaker: 'Petra Falk' },
  { language: 'de', name: 'der Rolle nach', text: 'Verkehrsminister Tobias Brandl besuchte die Baustelle. „Wir bauen neu“, sagte der Minister.', quote: 'Wir bauen neu', speaker: 'Tobias Brandl' },
  { language: 'fr', name: 'a déclaré', text: '« Nous rouvrirons le port au printemps », a déclaré le maire Julien Morel lundi.', quote: 'Nous rouvrirons', speaker: 'Julien Morel' },
  { language: 'fr', name: 'selon X', text: 'Le pont est « à bout de souffle », selon l’ingénieure Camille Roux.', quote: 'à bout de souffle', speaker: 'Camille Roux' },
  { language: 'fr', name: 'le ministre, plus tard', text: 'Le ministre des Transports Hugo Lenoir a visité le chantier. « Nous reconstruirons », a ajouté le ministre.', quote: 'Nous reconstruirons', speaker: 'Hugo Lenoir' },
  { language: 'fr', name: 'a réagi X', text: 'Le conseil a voté lundi. « C’est inacceptable », a réagi la maire Claire Dubois.', quote: 'C’est inacceptable', speaker: 'Claire Dubois' },
  { language: 'fr', name: 'rétorque X', text: 'Le conseil a voté lundi. « Nous ferons appel », rétorque l’avocat Marc Petit.', quote: 'Nous ferons appel', speaker: 'Marc Petit' },
  { language: 'no', name: 'sa X', text: '«Vi åpner havna til våren», sa ordfører Kari Nilsen mandag.', quote: 'Vi åpner havna', speaker: 'Kari Nilsen' },
  { language: 'no', name: 'ifølge X, først i setningen', text: 'Styret møttes tirsdag. Ifølge Kari Nordmann, som leder klubben, er planen «helt urealistisk og farlig for oss alle». Mandag var det stille.', quote: 'helt urealistisk', speaker: 'Kari Nordmann' },
  { language: 'no', name: 'tankestrek og sier', text: 'Brua stenges i to uker.\n\n– Vi må sjekke alle pilarene, sier ingeniør Ola Berg.', quote: 'Vi må sjekke', speaker: 'Ola Berg' },
];

/** Goal on hidden German and French pages: 0.8; these cases are easier than those. */
const MIN_RIGHT = 0.85;

describe('attribution in German, French and Norwegian', () => {
  const wrongOrMissing: string[] = [];
  for (const c of cases) {
    it(`${c.language}: ${c.name}: never someone else`, () => {
      const { quotes } = analyzeQuotes(c.text, { language: c.language, catalog });
      const q = quotes.find((x) => x.text.startsWith(c.quote));
      expect(q, 'found').toBeDefined();
      expect([c.speaker, null]).toContain(q!.speaker);
      if (q!.speaker === null) {
        wrongOrMissing.push(`${c.language}: ${c.name}`);
        return;
      }
      expect(q!.source, 'source words').not.toBeNull();
      expect(c.text.slice(q!.source!.start, q!.source!.end)).toBe(q!.source!.text);
    });
  }
  it(`names the speaker in at least ${MIN_RIGHT * 100}% of the cases`, () => {
    expect(1 - wrongOrMissing.length / cases.length, `unattributed: ${wrongOrMissing.join(', ')}`).toBeGreaterThanOrEqual(MIN_RIGHT);
  });
});

describe('what is never a speaker', () => {
  const text = [
    'Crowds gathered at Ramstein Air Base on Christmas Day.',
    '"We waited all night," a volunteer said on Monday at the gate on Kaiserstrasse.',
    'The film "Harbour Lights" opened in Port Alva, where critics called it "a quiet triumph".',
  ].join('\n\n');
  const { quotes } = analyzeQuotes(text, { language: 'en', catalog });
  it('a place, a date or a street is not the speaker', () => {
    const q = quotes.find((x) => x.text.startsWith('We waited'))!;
    expect(q.speaker).toBe('a volunteer');
    expect(q.anonymous).toBe(true);
  });
  it('a title gets no speaker and the kind "title"', () => {
    const q = quotes.find((x) => x.text === 'Harbour Lights')!;
    expect(q).toMatchObject({ kind: 'title', speaker: null, source: null, confidence: 0 });
  });
});

describe('German nouns of roles', () => {
  it('"der Sprecher der Feuerwehr" is a description of a role in a body, not the body\'s name', () => {
    const text = 'Die Schule bleibt zu. „Wir sind vor Ort“, erklärte ein Sprecher der Feuerwehr am Abend.';
    const q = analyzeQuotes(text, { language: 'de', catalog }).quotes.find((x) => x.text.startsWith('Wir sind'));
    expect(q?.speaker).toBe('ein Sprecher der Feuerwehr');
    expect(q?.anonymous).toBe(true);
  });
});
