// What a duration says about its story: how long something lasted ("after four years of
// building", "trapped for six days"), how long ago something happened ("four years ago", "two
// days later"), or by how much something was late or early ("two years late"). Only durations in
// one role can disagree: "two years late" and "four years of building" are both true of one bridge.

import type { NumberMention } from '../text/numbers.ts';

export type DurationRole = 'span' | 'offset' | 'delay';

// Right after the unit ("four years ago", "zwei Jahre später", "for tre år siden").
const OFFSET_AFTER = /^(?:ago|earlier|later|before|beforehand|previously|prior|since|back|später|früher|zuvor|plus tard|plus tôt|auparavant|senere|tidligere|siden|después|antes)\b/iu;
const DELAY_AFTER = /^(?:late|early|behind|ahead|overdue|too late|too early|zu spät|verspätet|en retard|en avance|forsinket|for sent|de retraso|tarde)\b/iu;
// Right before the figure ("vor drei Jahren", "il y a trois ans", "hace tres años", "delayed by two years").
const OFFSET_BEFORE = /(?:\bvor|\bil y a|\bhace)\s*$/iu;
const DELAY_BEFORE = /(?:\bdelay(?:ed)?\s+(?:of|by)|\blate\s+by|\bbehind\s+by|\bpostponed\s+by|\bVerspätung\s+von|\bretard\s+de)\s*$/iu;

/** The words after a duration's unit word ("years" in "four years ago", "four-year" glued). */
function afterUnit(text: string, n: NumberMention): string {
  const rest = text.slice(n.end, n.end + 40);
  const unit = /^[\s-]*\p{L}+[\s,]*/u.exec(rest);
  return unit ? rest.slice(unit[0].length) : rest;
}

export function durationRole(text: string, n: NumberMention): DurationRole {
  const before = text.slice(Math.max(0, n.start - 24), n.start);
  const after = afterUnit(text, n);
  if (OFFSET_BEFORE.test(before) || OFFSET_AFTER.test(after)) return 'offset';
  if (DELAY_BEFORE.test(before) || DELAY_AFTER.test(after)) return 'delay';
  return 'span';
}
