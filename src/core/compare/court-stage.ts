// The stage of a court case a day dates: arrest, charge, trial, plea, verdict, sentence, appeal.
// News of a crime dates each stage on its own day ("was charged on Saturday", "was convicted on
// Thursday", "was sentenced on Tuesday"), so two outlets' days for two stages are two days of the
// case, not one happening told on two days. The stage is read from the verb or noun nearest the
// date in its clause: before it first ("sentenced to life on Tuesday following his conviction"
// dates the sentence), after it when nothing before names one.

import type { Token } from '../text/tokens.ts';

export type CourtStage = 'arrest' | 'charge' | 'trial' | 'plea' | 'verdict' | 'sentence' | 'appeal';

/** Word beginnings, folded (English, German, French, Spanish, Norwegian). */
const STAGES: [CourtStage, RegExp][] = [
  ['arrest', /^(?:arrest|detain|apprehend|festgenommen|festnahme|verhaftet|interpell|arrete|detenid|pagrip|arrester)/],
  ['charge', /^(?:charg|indict|arraign|angeklagt|anklage|inculp|mis en examen|imputad|siktet|tiltalt)/],
  ['trial', /^(?:trial|tried$|testif|testimon|prozess|proces$|juicio|rettssak)/],
  ['plea', /^(?:plead|pled|plea)$/],
  ['verdict', /^(?:convict|guilty|acquit|verdict|schuldig|verurteilt|freigesprochen|condamn|coupable|acquitt|culpable|absuelt|domt|frifunnet)/],
  ['sentence', /^(?:sentenc|jailed|imprison|gefangnis|haftstrafe|peine|prison|condena|fengsel)/],
  ['appeal', /^(?:appeal|berufung|revision|appel|apelac|anke)/],
];

/** How far from the date a stage word still dates it, in words. */
const REACH = 12;
const CLAUSE_BREAK = /[,;:()\u2013\u2014]/;

function stageOf(token: Token): CourtStage | null {
  for (const [stage, re] of STAGES) if (re.test(token.norm)) return stage;
  return null;
}

/**
 * The court stage the date at tokens[from, to) dates, or null when its clause names none.
 * `text` is the text the tokens index, to see where a clause breaks.
 */
export function courtStage(text: string, tokens: Token[], from: number, to: number, sentence: { start: number; end: number }): CourtStage | null {
  for (let i = from - 1; i >= Math.max(0, from - REACH) && tokens[i]!.start >= sentence.start; i--) {
    if (CLAUSE_BREAK.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) break;
    const stage = stageOf(tokens[i]!);
    if (stage) return stage;
  }
  for (let i = to; i < Math.min(tokens.length, to + REACH) && tokens[i]!.end <= sentence.end; i++) {
    if (CLAUSE_BREAK.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) break;
    const stage = stageOf(tokens[i]!);
    if (stage) return stage;
  }
  return null;
}
