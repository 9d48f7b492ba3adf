// A remark with the names it prints left out: two different remarks may both name one law, body
// or place ("a misuse of the Harbour Protection Act", "what the Harbour Protection Act should
// give"), and a name is the run of words both are most likely to share. What is left shows whether
// the words around the name are one remark too.

/** A capitalised word inside the remark (not its first word, nor one after a sentence's end). */
const NAME_WORD = /(?<![.!?:]\s*|^\s*)\b\p{Lu}[\p{L}'’-]*/gu;
/** Function words inside a name run ("the Harbour of Ostvik"), dropped with it. */
const INSIDE_NAME = /\b\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|for|de|la|du|der|des|von)\s+\p{Lu}[\p{L}'’-]*)+/gu;

export function remarkWithoutNames(text: string): string {
  return text.replace(INSIDE_NAME, (run, offset: number) => (offset === 0 ? run : ' ')).replace(NAME_WORD, ' ');
}
