// One speaker printed as the other's spokesperson, adviser or officer: "Estrada's head of
// quality, Bruno Lenz", "Harlow Lines spokeswoman Ines Moor", "Ines Moor, a spokeswoman for Harlow
// Lines", "the minister's spokesman, Tom Reed". A remark one outlet gives to a company or a person
// and another to the one who speaks for them has one source: no outlet got the speaker wrong.

import { foldForIndex } from '../text/normalize.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Capitalised words or initials before the surname ("Bruno", "G.K."), never a sentence's end. */
const CAPITALISED = String.raw`(?:\p{Lu}(?:[\p{L}'’-]+|\.(?:\p{Lu}\.)*)\s+){0,3}`;
/** The role between the two: lower-case words, one of them a speaking role ("head of quality", "spokeswoman"). */
const ROLE = String.raw`((?:[\p{Ll}-]+\s+){1,5})`;
/** ... and, after a possessive, up to the comma before the name ("Estrada's head of quality, Bruno Lenz"). */
const ROLE_TO_COMMA = String.raw`((?:[\p{Ll}-]+,?\s+){1,5})`;

/** The word a name is printed by: its last capitalised word ("Carmaker Estrada" → "Estrada"). */
function headWord(name: string): string | null {
  const words = name.match(/\p{Lu}[\p{L}'’-]*/gu);
  return words?.length ? words[words.length - 1]!.replace(/['’]s$/u, '') : null;
}

/**
 * Roles that speak for someone: a spokesperson, an adviser or lawyer, an organisation's officers.
 * Not an office of its own ("Merkel's foreign minister, Heiko Maas" speaks for himself).
 */
const SPEAKING_ROLE = /^(?:spokes(?:man|woman|person|people)|representative|aide|adviser|advisor|secretary|lawyer|attorney|counsel|chief|head|director|executive|ceo|cfo|coo|manager|officer|official|chair(?:man|woman|person)?|president|founder|owner|sprecher(?:in)?|portavoz|talsperson|talsmann)$/;

const namesARole = (words: string) => words.split(/\s+/).some((w) => w && SPEAKING_ROLE.test(foldForIndex(w)));

function printedAsSpeakingFor(text: string, principal: string, agent: string): boolean {
  const p = escape(principal);
  const a = escape(agent);
  const patterns = [
    // "Estrada's head of quality, Bruno Lenz"
    String.raw`\b${p}['’]s\s+${ROLE_TO_COMMA}${CAPITALISED}${a}\b`,
    // "Estrada quality chief Bruno Lenz"
    String.raw`\b${p}\s+${ROLE}${CAPITALISED}${a}\b`,
    // "Bruno Lenz, head of quality at Estrada", "Ines Moor, a spokeswoman for Harlow Lines"
    String.raw`\b${a},\s+(?:the\s+|an?\s+)?${ROLE}(?:of|at|for|with)\s+(?:the\s+)?${CAPITALISED}${p}\b`,
  ];
  return patterns.some((re) => [...text.matchAll(new RegExp(re, 'gu'))].some((m) => namesARole(m[1]!)));
}

/** True when either text prints one of the two speakers as speaking for the other. */
export function speaksFor(texts: string[], a: string, b: string): boolean {
  const x = headWord(a);
  const y = headWord(b);
  if (!x || !y || x === y) return false;
  return texts.some((t) => printedAsSpeakingFor(t, x, y) || printedAsSpeakingFor(t, y, x));
}
