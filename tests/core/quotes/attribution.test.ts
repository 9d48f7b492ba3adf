import { describe, expect, it } from 'vitest';
import { buildEntityCatalog } from '../../../src/core/entities/catalog.ts';
import { analyzeQuotes } from '../../../src/core/quotes/index.ts';
import { isSpeech } from '../../../src/core/types.ts';
import { INVENTED } from '../entities/fixtures.ts';

const catalog = buildEntityCatalog(INVENTED);

interface Want {
  /** Start of the quotation's words. */
  quote: string;
  /** Expected speaker name; null when nobody (or nobody we can tell) speaks. */
  speaker: string | null;
  anonymous?: boolean;
  /** `speech`: spoken or written; `scare`: a scare quote or a title (nobody's words). */
  kind?: 'speech' | 'scare';
  id?: string | null;
}

const cases: { name: string; text: string; language?: string; want: Want[] }[] = [
  {
    name: 'X said, after the quotation',
    text: '"The harbour will reopen in spring," Kessler said on Monday.',
    want: [{ quote: 'The harbour will reopen', speaker: 'Marta Kessler', id: 'marta-kessler' }],
  },
  {
    // The horizontal bar (U+2015) is the typesetter's quotation dash: a name after it closes the remark.
    name: 'remark, then a quotation dash and the name, one per paragraph',
    text: 'Readers wrote to us after the vote.\n\n“The council forgot the people who live here. Rents went up again.” \u2015 Maria Olsen\n\n“I have waited three years for a bus shelter on my street.” \u2015 Tom Becker\n\n“We want the park back.” \u2015 Ana Ruiz',
    want: [
      { quote: 'The council forgot', speaker: 'Maria Olsen' },
      { quote: 'I have waited', speaker: 'Tom Becker' },
      { quote: 'We want the park', speaker: 'Ana Ruiz' },
    ],
  },
  {
    name: 'said X, inverted',
    text: '“We have no more water to give,” said Farid Nazari.',
    want: [{ quote: 'We have no more water', speaker: 'Farid Nazari' }],
  },
  {
    name: 'X told reporters, with the colon form before',
    text: 'Tomas Brandt told reporters: "Ostland will not sign this treaty."',
    want: [{ quote: 'Ostland will not sign', speaker: 'Tomas Brandt' }],
  },
  {
    name: 'X tweeted:',
    text: 'Nazari tweeted: "Every village will have a well by June."',
    want: [{ quote: 'Every village', speaker: 'Farid Nazari' }],
  },
  {
    name: 'according to X',
    text: 'The dam is "close to failing", according to Farid Nazari.',
    want: [{ quote: 'close to failing', speaker: 'Farid Nazari' }],
  },
  {
    name: 'an unlisted person with an apposition',
    text: '"Nobody told us anything," Jane Doe, a spokeswoman for the port, said.',
    want: [{ quote: 'Nobody told us', speaker: 'Jane Doe', id: null }],
  },
  {
    name: 'interrupted quotation: two entries, one speaker',
    text: '"The roads are open," Kessler said, "but the bridges are not."',
    want: [
      { quote: 'The roads are open', speaker: 'Marta Kessler' },
      { quote: 'but the bridges are not', speaker: 'Marta Kessler' },
    ],
  },
  {
    name: 'pronoun carried over from the previous speaker',
    text: 'Tomas Brandt spoke after the vote. "This is a sad day," he said. "We will appeal," he added.',
    want: [
      { quote: 'This is a sad day', speaker: 'Tomas Brandt' },
      { quote: 'We will appeal', speaker: 'Tomas Brandt' },
    ],
  },
  {
    name: 'pronoun gender picks the compatible person',
    text: 'Mr Brandt was criticised by Ms Kessler, who told the assembly that he had misled it. She asked whether he "had read the report at all".',
    want: [{ quote: 'had read the report', speaker: 'Marta Kessler' }],
  },
  {
    name: 'a later surname resolves to the full name given earlier',
    text: 'Harbour master Olga Petrenko inspected the damage. "The pier is gone," Petrenko said.',
    want: [{ quote: 'The pier is gone', speaker: 'Olga Petrenko', id: null }],
  },
  {
    name: 'Mr Surname resolves to the full name',
    text: 'Local trader Samuel Okafor lost his stall. "I have nothing left," Mr Okafor said.',
    want: [{ quote: 'I have nothing left', speaker: 'Samuel Okafor' }],
  },
  {
    name: 'anonymous official, then "the official" and "he"',
    text: 'A senior water ministry official said the reserves were low. "We have two weeks left," the official told reporters. "After that we ration," he said.',
    want: [
      { quote: 'We have two weeks left', speaker: 'a senior water ministry official', anonymous: true },
      { quote: 'After that we ration', speaker: 'a senior water ministry official', anonymous: true },
    ],
  },
  {
    name: 'plural anonymous source',
    text: 'Officials said the fire was "under control" by midnight.',
    want: [{ quote: 'under control', speaker: 'officials', anonymous: true }],
  },
  {
    name: 'a named organisation issuing a statement is named',
    text: 'Green Dawn said in a statement that the march would go ahead "whatever the weather".',
    want: [{ quote: 'whatever the weather', speaker: 'Green Dawn Movement', anonymous: false }],
  },
  {
    name: '"the group" is the organisation named just before',
    text: 'The Green Dawn Movement lost two offices in the storm. On Friday the group said in a post that its members were "safe and dry".',
    want: [{ quote: 'safe and dry', speaker: 'Green Dawn Movement' }],
  },
  {
    name: 'partial quotation inside indirect speech is speech',
    text: 'Kessler said she believed the agreement was "a first real step" towards peace.',
    want: [{ quote: 'a first real step', speaker: 'Marta Kessler', kind: 'speech' }],
  },
  {
    name: 'described … as with a person subject is speech',
    text: 'Tomas Brandt, the prime minister of Ostland, described the summit as "a waste of everyone\'s time".',
    want: [{ quote: 'a waste of', speaker: 'Tomas Brandt' }],
  },
  {
    name: 'description alias from the entity list',
    text: '“The borders stay open,” said the head of Velorian diplomacy.',
    want: [{ quote: 'The borders stay open', speaker: 'Marta Kessler' }],
  },
  {
    name: 'description resolved by the role given earlier',
    text: 'Riverside coach Paolo Brun was furious. "We deserved a penalty," the Riverside boss added.',
    want: [{ quote: 'We deserved a penalty', speaker: 'Paolo Brun' }],
  },
  {
    name: 'a quotation with no verb continues the previous speaker',
    text: 'Nazari spoke for an hour. "The wells are dry," Nazari said. "The rivers are next."',
    want: [{ quote: 'The rivers are next', speaker: 'Farid Nazari' }],
  },
  {
    name: 'a quotation running on across paragraphs, attributed at its end',
    text: 'Mayor Lena Orsic addressed the crowd.\n\n"We lost the market hall.\n\n"We will build it again," Orsic said.',
    want: [{ quote: 'We lost the market hall', speaker: 'Lena Orsic' }],
  },
  {
    name: 'scare quotes and titles get no speaker',
    text: 'The so-called "harbour plan" was shelved. Kessler has read "The Long Winter" twice, she said.',
    want: [
      { quote: 'harbour plan', speaker: null, kind: 'scare' },
      { quote: 'The Long Winter', speaker: null, kind: 'scare' },
    ],
  },
  {
    name: 'a written message in a picture is not the visitor\'s speech',
    text: 'Kessler toured the shelter, where a drawing on the wall carried a message in English, "Please find my brother."',
    want: [{ quote: 'Please find my brother', speaker: null }],
  },
  {
    name: 'a nickname between names is not speech',
    text: 'The smuggler Pedro "The Fox" Alvarez was arrested, police said.',
    want: [{ quote: 'The Fox', speaker: null, kind: 'scare' }],
  },
  {
    name: 'a namesake is not the listed person',
    text: '"I only take pictures," photographer Jane Kessler said.',
    want: [{ quote: 'I only take pictures', speaker: 'Jane Kessler', id: null }],
  },
  {
    name: 'unsure: no attribution at all',
    text: 'The report landed on Monday.\n\n"Everything must change now."',
    want: [{ quote: 'Everything must change', speaker: null, kind: 'speech' }],
  },
  {
    name: 'anonymous source with a modifier after it',
    text: '"The deal is off," a source close to the negotiations told reporters.',
    want: [{ quote: 'The deal is off', speaker: 'a source close to the negotiations', anonymous: true }],
  },
  {
    name: 'group of officials at a named institution stays anonymous',
    text: 'Officials at the Ministry of Water said the pipes were "beyond repair".',
    want: [{ quote: 'beyond repair', speaker: 'officials at the Ministry of Water', anonymous: true }],
  },
  {
    name: 'a named ministry is a named speaker',
    text: '"The convoy was never at risk," the Ministry of Defence said on Sunday.',
    want: [{ quote: 'The convoy was never at risk', speaker: 'Ministry of Defence', anonymous: false }],
  },
  {
    name: 'an unnamed company is anonymous',
    text: '"We do not comment on rumours," the company said in a statement.',
    want: [{ quote: 'We do not comment', speaker: 'the company', anonymous: true }],
  },
  {
    name: 'an age as description resolves to the person in focus',
    text: 'Retired teacher Maria Santos watched the water rise. "I have never seen anything like it," the 71-year-old said.',
    want: [{ quote: 'I have never seen', speaker: 'Maria Santos' }],
  },
  {
    name: 'headline style: a name and a colon',
    text: 'Nazari: "The wells will be full by summer"\n\nThe minister spoke in Port Alva.',
    want: [{ quote: 'The wells will be full', speaker: 'Farid Nazari' }],
  },
  {
    name: 'headline style: a quotation, a colon and a name',
    text: 'Villages can be saved "within a year": Nazari\n\nThe minister spoke in Port Alva.',
    want: [{ quote: 'within a year', speaker: 'Farid Nazari' }],
  },
  {
    name: 'a tweet reads: its author from the sentence that introduced it',
    text: 'Tomas Brandt faced criticism over an old tweet about the floods. "Build higher walls or move," read the tweet, which he later deleted.',
    want: [{ quote: 'Build higher walls', speaker: 'Tomas Brandt' }],
  },
  {
    name: "someone's response introduces the next quotation",
    text: 'The ministry blamed the farmers for the shortage. Nazari\'s response? "We follow the rules the ministry wrote."',
    want: [{ quote: 'We follow the rules', speaker: 'Farid Nazari' }],
  },
  {
    name: 'a shared surname goes to the namesake who spoke',
    text: 'Spokesman Karim Haddad told a news conference the list was final. Deputy Omar Haddad will lead the delegation, Haddad said. "Nothing will change," Haddad added.',
    want: [{ quote: 'Nothing will change', speaker: 'Karim Haddad' }],
  },
  {
    name: 'English wire forms: long apposition, asked X, as X put it',
    text: '"It is a disaster," Tom Reyes, who has run the bakery for thirty years, told the radio. "Why now?" asked Ana Lopez, a teacher. As Reyes put it, "nobody listens".',
    want: [
      { quote: 'It is a disaster', speaker: 'Tom Reyes' },
      { quote: 'Why now?', speaker: 'Ana Lopez' },
      { quote: 'nobody listens', speaker: 'Tom Reyes' },
    ],
  },
  {
    name: 'headline with a capitalised inverted verb',
    text: 'Water "Will Be Rationed", Says Foreign Minister\n\nMarta Kessler announced the plan in Port Alva.',
    want: [{ quote: 'Will Be Rationed', speaker: 'Marta Kessler' }],
  },
  {
    name: 'two fragments before one attribution',
    text: 'Aid to the region "will be for people, not for governments" and "in line with our laws," Kessler added.',
    want: [
      { quote: 'will be for people', speaker: 'Marta Kessler' },
      { quote: 'in line with our laws', speaker: 'Marta Kessler' },
    ],
  },
  {
    name: 'the subject of a subordinate clause is not the sentence subject',
    text: 'After Jones left the hall, Smith spoke to reporters. "We agreed on everything," he said.',
    want: [{ quote: 'We agreed on everything', speaker: 'Smith' }],
  },
  {
    name: 'names next to roles, places and organisations',
    text: [
      '"Print will not come back," says veteran media analyst Ron Baker.',
      'Former envoy to Veloria Karl Witt said the talks were "stuck".',
      '"That claim is false," a spokesperson for Operation Clear Sky said.',
      'The Northern League called the vote "a farce".',
      '"Tariffs hurt buyers," the Institute for Trade Studies said in a report.',
      '"Readers left years ago," says Baker.',
    ].join('\n\n'),
    want: [
      { quote: 'Print will not come back', speaker: 'Ron Baker' },
      { quote: 'stuck', speaker: 'Karl Witt' },
      { quote: 'That claim is false', speaker: 'a spokesperson for Operation Clear Sky', anonymous: true },
      { quote: 'a farce', speaker: 'Northern League', anonymous: false },
      { quote: 'Tariffs hurt buyers', speaker: 'Institute for Trade Studies', anonymous: false },
      { quote: 'Readers left years ago', speaker: 'Ron Baker' },
    ],
  },
  {
    name: 'a show title inside the subject is not speech; the described person speaks',
    text: 'Actor Dan Reyes talked about the finale. "We cried for days," the "Harbour Lights" actor said on "Late Talk."',
    want: [
      { quote: 'We cried for days', speaker: 'Dan Reyes' },
      { quote: 'Harbour Lights', speaker: null, kind: 'scare' },
      { quote: 'Late Talk', speaker: null, kind: 'scare' },
    ],
  },
  {
    name: 'plural roles speak as groups; a company speaks under its name',
    text: '"We implore you to act," the physicians wrote. Several witnesses, including a retired nurse who lived nearby, described the blast as "deafening". Velotech pledged "immediate changes".',
    want: [
      { quote: 'We implore you to act', speaker: 'the physicians', anonymous: true },
      { quote: 'deafening', speaker: 'several witnesses', anonymous: true },
      { quote: 'immediate changes', speaker: 'Velotech', anonymous: false },
    ],
  },
  {
    name: 'long appositions, reporters of a paper, ministries of named countries',
    text: [
      '"The data are clear," Ada Roth, a researcher at the Velorian Institute for Water in Port Alva, Veloria, and co-author of the study, said in a statement.',
      'Olsen of the Gazette reports that the mayor called the plan "dead".',
      "Veloria's foreign ministry said the talks were \"constructive\".",
      '"We regret the decision," a spokesperson for the Ostland Foreign Office said.',
    ].join('\n\n'),
    want: [
      { quote: 'The data are clear', speaker: 'Ada Roth' },
      { quote: 'constructive', speaker: "Veloria's foreign ministry", anonymous: false },
      { quote: 'We regret the decision', speaker: 'a spokesperson for the Ostland Foreign Office', anonymous: true },
    ],
  },
  {
    name: 'a description nobody fits stays unresolved rather than guessed',
    text: 'Karl Witt will replace Ivo Marsh as coach. Marsh was sacked on Monday. The Danish boss had been out of work since May. "I am excited," the 56-year-old said.',
    want: [{ quote: 'I am excited', speaker: null }],
  },
  {
    name: 'a pronoun inside reported speech is the speaker of the sentence',
    text: 'Brandt spoke first. Kessler said she saw the meeting as "a new beginning" for the region.',
    want: [{ quote: 'a new beginning', speaker: 'Marta Kessler' }],
  },
  {
    name: 'a lead author speaks for the team; a letter speaks for its signers',
    text: '"The ice is thinner than we thought," Nora Lind and her team wrote in the study. "We urge you to act now," says the letter signed by twelve doctors.',
    want: [
      { quote: 'The ice is thinner', speaker: 'Nora Lind' },
      { quote: 'We urge you to act now', speaker: 'twelve doctors', anonymous: true },
    ],
  },
  {
    name: 'someone described through someone else is an unnamed source',
    text: "The trial ended on Friday. The victim's mother testified, describing her son as \"gentle and funny\".",
    want: [{ quote: 'gentle and funny', speaker: "the victim's mother", anonymous: true }],
  },
  {
    name: 'pronouns follow the gender of a known given name',
    text: 'Peter Kane watched as Mary Holt signed. "It went well," she said. "We will meet again," he said.',
    want: [
      { quote: 'It went well', speaker: 'Mary Holt' },
      { quote: 'We will meet again', speaker: 'Peter Kane' },
    ],
  },
  {
    name: 'names with particles',
    text: '"We act now," said Ursula van der Berg. « Nous agissons », a déclaré Jean-Luc Le Bris.',
    language: 'fr',
    want: [
      { quote: 'We act now', speaker: 'Ursula van der Berg' },
      { quote: 'Nous agissons', speaker: 'Jean-Luc Le Bris' },
    ],
  },
  {
    name: 'according to a statement from an unnamed body',
    text: 'Storms hit the coast. According to a statement from the ministry, "all roads will reopen by Monday."',
    want: [{ quote: 'all roads will reopen', speaker: 'the ministry', anonymous: true }],
  },
  {
    name: 'German: sagte, so X, Doppelpunkt',
    text: '„Wir brauchen mehr Zeit“, sagte Kessler am Mittwoch. Nazari sagte: „Die Brunnen sind leer.“ „Das ist erst der Anfang“, so Brandt.',
    language: 'de',
    want: [
      { quote: 'Wir brauchen mehr Zeit', speaker: 'Marta Kessler' },
      { quote: 'Die Brunnen sind leer', speaker: 'Farid Nazari' },
      { quote: 'Das ist erst der Anfang', speaker: 'Tomas Brandt' },
    ],
  },
  {
    name: 'German: hieß es aus …',
    text: 'Die Regierung schwieg. „Das ist nicht hinnehmbar“, hieß es aus Regierungskreisen.',
    language: 'de',
    want: [{ quote: 'Das ist nicht hinnehmbar', speaker: 'Regierungskreisen', anonymous: true }],
  },
  {
    name: 'German: newspaper names are titles, so X weiter, gender of der Minister',
    text: 'Ministerin Karla Weiß reiste nach Port Alva. „Wir helfen“, sagte Weiß der „Velorischen Allgemeinen Zeitung“. „Es dauert“, so der Minister weiter.',
    language: 'de',
    want: [
      { quote: 'Wir helfen', speaker: 'Karla Weiß' },
      { quote: 'Velorischen Allgemeinen Zeitung', speaker: null, kind: 'scare' },
      { quote: 'Es dauert', speaker: null },
    ],
  },
  {
    name: 'German: a named office speaks; an anonymous spokesman',
    text: '„Wir prüfen alles“, teilte das Velorische Wasseramt mit. „Die Lage ist ernst“, sagte ein Sprecher des Ministeriums am Montag.',
    language: 'de',
    want: [
      { quote: 'Wir prüfen alles', speaker: 'Velorische Wasseramt', anonymous: false },
      { quote: 'Die Lage ist ernst', speaker: 'ein Sprecher des Ministeriums', anonymous: true },
    ],
  },
  {
    name: "French: subject after à l'AFP, description by role, selon un responsable",
    text: "Le maire Paul Girard a visité le port. « Il faut agir vite », a déclaré à l'AFP Paul Girard. Le maire a estimé que la digue était « fragile ». « Tout est prêt », selon un responsable de la mairie.",
    language: 'fr',
    want: [
      { quote: 'Il faut agir vite', speaker: 'Paul Girard' },
      { quote: 'fragile', speaker: 'Paul Girard' },
      { quote: 'Tout est prêt', speaker: 'un responsable de la mairie', anonymous: true },
    ],
  },
  {
    name: 'French: a déclaré, a-t-il ajouté, selon X',
    text: '« Le port rouvrira au printemps », a déclaré Tomas Brandt. « Nous sommes prêts », a-t-il ajouté. Le barrage est « presque plein », selon Farid Nazari.',
    language: 'fr',
    want: [
      { quote: 'Le port rouvrira', speaker: 'Tomas Brandt' },
      { quote: 'Nous sommes prêts', speaker: 'Tomas Brandt' },
      { quote: 'presque plein', speaker: 'Farid Nazari' },
    ],
  },
  {
    name: 'Norwegian: dash quotation with sa X',
    text: 'Statsministeren var tydelig.\n\n– Vi må hjelpe naboene våre nå, sa Brandt til NTB.',
    language: 'no',
    want: [{ quote: 'Vi må hjelpe naboene', speaker: 'Tomas Brandt' }],
  },
];

// A learned attribution is judged as the product is: of the speakers it names, how many are
// right (precision: a misattributed quote is worse than none), and how many of the speakers the
// cases expect it names (recall). Every case still checks that its quotations are found where
// they are; the failure message of the shares lists every wrong or missing speaker.
const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.6;

describe('analyzeQuotes attribution', () => {
  const tally = { named: 0, wrong: [] as string[], expected: 0, right: 0, missed: [] as string[] };
  for (const c of cases) {
    it(c.name, () => {
      const { quotes } = analyzeQuotes(c.text, { language: c.language ?? 'en', catalog });
      for (const w of c.want) {
        const q = quotes.find((x) => x.text.startsWith(w.quote));
        expect(q, `${c.name}: quotation "${w.quote}" found`).toBeDefined();
        expect(c.text.slice(q!.start, q!.end), `${c.name}: offsets`).toBe(q!.text);
        if (q!.speaker === null) expect(q!.confidence === 0 || q!.source !== null, `${c.name}: no confidence without a source`).toBe(true);
        const right =
          q!.speaker === w.speaker &&
          (w.anonymous === undefined || q!.anonymous === w.anonymous) &&
          (w.id === undefined || q!.speakerId === w.id) &&
          (w.kind === undefined || (w.kind === 'speech') === isSpeech(q!));
        if (q!.speaker !== null) {
          tally.named++;
          if (!right) tally.wrong.push(`${c.name}: "${w.quote}" → ${q!.speaker} (expected ${w.speaker ?? 'nobody'})`);
        }
        if (w.speaker !== null) {
          tally.expected++;
          if (right) tally.right++;
          else if (q!.speaker === null) tally.missed.push(`${c.name}: "${w.quote}" (${w.speaker})`);
        }
      }
    });
  }
  it(`names speakers with precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} over the cases`, () => {
    expect(1 - tally.wrong.length / tally.named, `wrong:\n${tally.wrong.join('\n')}`).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(tally.right / tally.expected, `missed:\n${tally.missed.join('\n')}`).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});

describe('analyzeQuotes speakers and entities', () => {
  const text =
    'Marta Kessler arrived in Port Alva on Monday.\n\n' +
    '"The harbour will reopen," Kessler said. "We are ready," she added.\n\n' +
    '"Nobody told us," Jane Doe, a spokeswoman for the port, said.\n\n' +
    'A senior ministry official said the work was "far from over".\n\n' +
    'The so-called "blue plan" was dropped.';
  const { quotes, speakers, entities } = analyzeQuotes(text, { language: 'en', catalog });

  it('lists one speaker per person, tinted in order of first quotation', () => {
    expect(speakers.map((s) => [s.name, s.tint, s.anonymous, s.listed])).toEqual([
      ['Marta Kessler', 0, false, true],
      ['Jane Doe', 1, false, false],
      ['a senior ministry official', 2, true, false],
    ]);
    expect(speakers[0]).toMatchObject({ key: 'marta-kessler', id: 'marta-kessler', role: 'Foreign Minister of Veloria', elsewhere: [] });
    expect(speakers[1]).toMatchObject({ key: 'jane-doe', id: null, role: 'spokeswoman for the port' });
    for (const s of speakers) for (const i of s.quotes) expect(quotes[i]!.speaker).toBe(s.name);
  });

  it('reports the unlisted speaker as an entity, and the listed ones with every mention', () => {
    const doe = entities.find((e) => e.name === 'Jane Doe');
    expect(doe).toMatchObject({ id: null, listed: false, kind: 'person', role: 'spokeswoman for the port' });
    expect(doe!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Jane Doe']);
    const kessler = entities.find((e) => e.id === 'marta-kessler');
    expect(kessler?.mentions.map((m) => m.text)).toEqual(['Marta Kessler', 'Kessler']);
    expect(entities.some((e) => /official/.test(e.name))).toBe(false);
  });

  it('gives a confidence above the line to a speaker it names, none to a scare quote', () => {
    const conf = (start: string) => quotes.find((q) => q.text.startsWith(start))!.confidence;
    expect(conf('The harbour will reopen')).toBeGreaterThanOrEqual(0.9);
    expect(conf('We are ready')).toBeGreaterThanOrEqual(0.5);
    expect(conf('blue plan')).toBe(0);
    expect(quotes.find((q) => q.text === 'blue plan')).toMatchObject({ kind: 'scare', speaker: null, anonymous: false, cue: null, source: null });
  });

  it('carries the source words and the cue apart, as offsets into the text', () => {
    const q = quotes.find((x) => x.text.startsWith('The harbour'))!;
    expect(q.source?.text).toBe('Kessler');
    expect(q.cue?.text).toBe('said');
    expect(text.slice(q.cue!.start, q.cue!.end)).toBe('said');
    expect(text.slice(q.source!.start, q.source!.end)).toBe('Kessler');
  });

  it('a pronoun carries where the person is named', () => {
    const q = quotes.find((x) => x.text.startsWith('We are ready'))!;
    expect(q.source?.text).toBe('she');
    expect(q.speaker).toBe('Marta Kessler');
    expect(q.namedAt?.text).toMatch(/Kessler/);
  });
});

describe('titles are nobody’s words', () => {
  it('a quoted title gets no speaker, however near the cue; the next remark still carries the speaker over', () => {
    const text = 'The quay will reopen, Ingrid Falk told “Coast Tonight”. “We have repaired every crane and the last of the fences,” she added.';
    const { quotes } = analyzeQuotes(text, { language: 'en', catalog });
    const title = quotes.find((q) => q.text === 'Coast Tonight')!;
    expect(title.kind).toBe('title');
    expect([title.speaker, title.source, title.confidence]).toEqual([null, null, 0]);
    expect(quotes.find((q) => q.text.startsWith('We have repaired'))!.speaker).toBe('Ingrid Falk');
  });

  it('German capitals mark nouns, not titles: a quoted phrase of nouns keeps its speaker', () => {
    const text = 'Der Vorstand tagte am Dienstag in Kassel. Ingrid Falk sagte, der Plan sei „eine Zumutung für die Belegschaft“. Am Abend gab es keine weitere Stellungnahme.';
    const q = analyzeQuotes(text, { language: 'de', catalog }).quotes.find((x) => x.text.startsWith('eine Zumutung'))!;
    expect(q.kind).not.toBe('title');
    expect(q.speaker).toBe('Ingrid Falk');
  });
});

describe('one noun phrase, one speaker', () => {
  const speakerOf = (text: string, quote: string) => analyzeQuotes(text, { language: 'en', catalog: buildEntityCatalog([]) }).quotes.find((q) => q.text.startsWith(quote))?.speaker ?? null;

  it('roles and a body printed before a name count for the name, not against it', () => {
    const text = 'Residents were angry.\n\n"We were never asked," Green Party councillor Ida Moreau said.\n\n"We expected this," Harbour Authority spokesman Omar Reyes said.';
    expect(speakerOf(text, 'We were never asked')).toBe('Ida Moreau');
    expect(speakerOf(text, 'We expected this')).toBe('Omar Reyes');
  });

  it('a middle initial with its full stop stays inside the name', () => {
    expect(speakerOf('"The dam will hold," said Paula D. Mercer, the chief engineer.', 'The dam will hold')).toBe('Paula D. Mercer');
    expect(speakerOf('"Costs are up," Ivan M. Ortega told the board.', 'Costs are up')).toBe('Ivan M. Ortega');
  });
});

describe('a relative pronoun as the source', () => {
  it('"Jane Doe, who said" names Jane Doe, with "who" as the source words and the name where she is named', () => {
    const text = 'The plan drew fire from Ana Ruiz, who said it was "a gift to the developers" and left.';
    const q = analyzeQuotes(text, { language: 'en', catalog: buildEntityCatalog([]) }).quotes[0]!;
    expect(q.speaker).toBe('Ana Ruiz');
    expect(q.source?.text).toBe('who');
    expect(q.namedAt && text.slice(q.namedAt.start, q.namedAt.end)).toBe('Ana Ruiz');
  });

  it('a sentence that opens with a pronoun hands nothing to the verb after it', () => {
    const text = 'Judge Ana Ruiz spoke to the paper. She escalated her criticism on Tuesday, calling the plan "a gift to the developers".';
    const q = analyzeQuotes(text, { language: 'en', catalog: buildEntityCatalog([]) }).quotes[0]!;
    expect(q.source?.text).toBe('She');
  });

  it('a name after a preposition and an article is not the subject a pronoun stands for', () => {
    const text = 'Ana Ruiz is a judge. In an interview with The Daily Planet, she spoke at length. "We will appeal," she said.';
    expect(analyzeQuotes(text, { language: 'en', catalog: buildEntityCatalog([]) }).quotes[0]!.speaker).toBe('Ana Ruiz');
  });
});
