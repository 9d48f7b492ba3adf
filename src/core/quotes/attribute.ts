// Who says each quotation. Per sentence, in reading order: an attribution next to the quotation
// ("…," Blinken said / said the minister / X said: "…"), a speech verb whose clause holds a
// quoted fragment (Maas said the talks were "…"), "according to X", a sentence-final
// attribution; then, for a quotation with none, the speaker of the quotation just before.
// Every reference is resolved through the discourse (pronouns, surnames, descriptions).

import { clauseSubject, cueSubject, findCues, nameOnly, type CueHit, type Subject } from './cue-hits.ts';
import { Discourse, type Identity, type Resolved } from './discourse.ts';
import type { QuoteSpan } from './find-quotes.ts';
import type { Item, Sentence } from './lex.ts';
import { DEFINITE, INDEFINITE, leadingPhrase, leftSubject, rightSubject, type Range } from './noun-phrase.ts';
import { carryOver, reportedSpeech } from './carry-over.ts';
import { classifyPhrase, possessor, type RefContext } from './refs.ts';
import { noteNamed } from './note-named.ts';
import { resolveRef } from './resolve-ref.ts';
import { looksLikeSpeech, looksLikeTitle } from './scare.ts';

export interface QuoteAttribution {
  identity: Identity | null;
  confidence: number;
  /** Items of the attribution words, when there are any. */
  cue: Range | null;
  speech: boolean;
}

export interface AttributionContext extends RefContext {
  sentences: Sentence[];
  quotes: QuoteSpan[];
  discourse: Discourse;
  /** Chosen entity per ambiguous mention (start offset), when attribution decided it. */
  mentionOverrides: Map<number, string>;
}

interface Found {
  subject: Subject;
  /** Base confidence of the pattern. */
  base: number;
  /** Explicit attribution next to the quotation: speech even if the fragment is short. */
  adjacent: boolean;
}

const isComma = (it: Item | undefined) => it?.kind === 'punct' && /[,\u2014\u2013]/.test(it.text);

export function attributeQuotes(ctx: AttributionContext): QuoteAttribution[] {
  const { items, sentences, discourse } = ctx;
  const out: QuoteAttribution[] = ctx.quotes.map(() => ({ identity: null, confidence: 0, cue: null, speech: false }));
  let lastQuote: { identity: Identity; sentence: number } | null = null;
  let mentionCursor = 0;

  sentences.forEach((s, si) => {
    const hits = findCues(ctx, s);
    const subjects = new Map<CueHit, Subject | null>();
    const subjectOf = (hit: CueHit, lo: number): Subject | null => {
      const key = hit;
      if (lo === s.from && subjects.has(key)) return subjects.get(key)!;
      let sub: Subject | 'coordinated' | null;
      if (hit.cue.participle) sub = clauseSubject(ctx, s, hit.at);
      else {
        sub = cueSubject(ctx, s, hit, lo);
        if (sub === 'coordinated') {
          const earlier = hits.filter((h) => h.at < hit.at && !h.cue.participle).pop();
          sub = (earlier && subjectOf(earlier, s.from)) || clauseSubject(ctx, s, hit.at);
        }
      }
      if (lo === s.from) subjects.set(key, sub);
      return sub;
    };
    const resolve = (sub: Subject): Resolved | null => resolveRef(ctx, sub, si);
    const quoteIdx: number[] = [];
    for (let i = s.from; i < s.to; i++) if (items[i]!.kind === 'quote') quoteIdx.push(i);

    for (const q of quoteIdx) {
      const qi = items[q]!.quote;
      const after = adjacentAfter(q);
      const before = adjacentBefore(q);
      // "X tweeted: "…," he said": the name before wins over the pronoun after.
      const vague = (f: Found | null) => !f || f.subject.ref.kind === 'pronoun' || f.subject.ref.kind === 'description';
      const found = (vague(after) && !vague(before) ? before : after ?? before) ?? governing(q) ?? sentenceFinal(q);
      const res = found ? resolve(found.subject) : null;
      const text = items[q]!.text;
      const title = !found?.adjacent && looksLikeTitle(ctx.text, items, q, ctx.language);
      if (found && !title) {
        out[qi] = {
          identity: res?.identity ?? null,
          confidence: res ? found.base * res.factor : 0.3,
          cue: found.subject.span,
          speech: true,
        };
      } else {
        out[qi] = { identity: null, confidence: 0.2, cue: null, speech: !title && looksLikeSpeech(text, items, q, s) };
      }
      // Carry a speaker over only to a quotation whose sentence has no attribution of its own.
      if (!out[qi]!.identity && out[qi]!.speech && startsSentence(q) && !found && !hits.some((h) => h.at > q && h.cue.strength === 'strong')) {
        const carried = carryOver(ctx, si, s, lastQuote);
        if (carried) out[qi] = { ...out[qi]!, identity: carried.identity, confidence: carried.factor };
      } else if (!out[qi]!.identity && !found && !title && hits.length === 0 && lastQuote && lastQuote.sentence === si - 1) {
        // A fragment in the next sentence of the same paragraph still reports the same speaker
        // ("Then came the line he had prepared: any support "will have to be earned"", German
        // indirect speech "werde man „an ihren Taten“ messen"), unless someone else is the subject.
        const prev = sentences[si - 1]!;
        const other = clauseSubject(ctx, s, q);
        const otherIdentity = other && resolve(other);
        const reported = looksLikeSpeech(text, items, q, s) || reportedSpeech(ctx, s);
        if (prev.paragraph === s.paragraph && reported && (!otherIdentity || otherIdentity.identity === lastQuote.identity)) {
          out[qi] = { identity: lastQuote.identity, confidence: 0.6, cue: null, speech: true };
        }
      }
      const who = out[qi]!.identity;
      if (who) {
        discourse.noteSpeaker(si, who);
        lastQuote = { identity: who, sentence: si };
      }
    }

    // Reported speech without quotation marks still makes a speaker ("Snyder said she…").
    for (const hit of hits) {
      if (hit.cue.strength !== 'strong' || hit.cue.onlyInverted || hit.cue.needsQuote) continue;
      const sub = subjectOf(hit, s.from);
      const res = sub && resolve(sub);
      if (res && !(discourse.speakers[si] ?? []).includes(res.identity.key)) discourse.noteSpeaker(si, res.identity);
    }
    const subject = clauseSubject(ctx, s, s.to);
    const resolvedSubject = subject && resolve(subject);
    if (resolvedSubject) discourse.noteSubject(si, resolvedSubject.identity);
    else {
      const owner = possessor(ctx, { from: s.from, to: Math.min(s.to, s.from + 4) });
      const topic = owner && resolveRef(ctx, { ref: owner, appos: null, span: owner.range }, si);
      if (topic && topic.identity.kind === 'person') discourse.topics[si] = topic.identity.key;
    }
    mentionCursor = noteNamed(ctx, si, s, mentionCursor);

    function startsSentence(q: number): boolean {
      let k = s.from;
      while (k < q && items[k]!.kind === 'punct') k++;
      return k === q;
    }

    function adjacentAfter(q: number): Found | null {
      // 'the "Pose" actor said': the quotation is a word inside the subject, not its speech.
      const before = items[q - 1];
      if (before?.kind === 'word' && (DEFINITE.has(before.base) || INDEFINITE.has(before.base)) && items[q + 1]?.kind === 'word' && /^\p{Lu}/u.test(items[q]!.text)) return null;
      let k = q + 1;
      let commas = 0;
      while (k < s.to && isComma(items[k]) && commas < 2) {
        k++;
        commas++;
      }
      if (items[k]?.kind === 'punct' && items[k]!.text === ':') {
        // Headline style: 'Fighters can return "any time": Massoud', '"…": singer Tara Vance on …'.
        let end = k + 1;
        while (end < s.to && items[end]!.kind === 'word') end++;
        if (end === s.to || items[end]!.kind === 'punct') {
          const whole = headlineSpeaker({ from: k + 1, to: end });
          if (whole) return whole;
        }
        // '"…": singer Tara Vance on her new album' — a name, then "on"/"about" or a verb of saying.
        const lead = leadingPhrase(items, k + 1, end, ctx.lexicon);
        const after = lead ? items[lead.to] : undefined;
        const introduces = after?.kind === 'word' && (/^(on|about|says|said|talks|speaks)$/.test(after.base) || !!ctx.lexicon.cues.get(after.base));
        return lead && introduces ? headlineSpeaker(lead) : null;
      }
      if (k >= s.to || items[k]!.kind !== 'word') return null;
      const next = quoteIdx.find((x) => x > q) ?? s.to;
      // Verb first (…," said X / „…“, so Maas / « … » a ajouté le ministre), or subject first.
      for (const hit of hits) {
        if (hit.at < k || hit.at >= next || hit.at > k + 30) continue;
        const between = items.slice(k, hit.at);
        if (between.some((it) => it.kind === 'quote' || (it.kind === 'punct' && !isComma(it) && !/[()]/.test(it.text)))) continue;
        const sub = hit.cue.participle ? clauseSubject(ctx, s, q) : subjectOf(hit, k);
        // The subject phrase must be the whole attribution: "…," while his counterpart added is not one.
        if (sub && (hit.at === k || hit.cue.participle || sub.span.from === k || items[k]!.inverted || ctx.lexicon.auxiliaries.has(items[k]!.base))) {
          return { subject: sub, base: 0.95, adjacent: true };
        }
        // '…," Dylan Nelson, a fellow at the institute in Munich, Germany, and co-author, said':
        // the subject opens the attribution and a long apposition runs up to the verb.
        const lead = rightSubject(items, k, hit.at, ctx.lexicon);
        const ref = lead && lead.from === k ? classifyPhrase(ctx, lead, { beforeCue: true }) : null;
        let v = hit.at - 1;
        while (v > k && items[v]!.kind === 'word' && ctx.lexicon.between.has(items[v]!.base)) v--;
        if (lead && ref && ref.kind !== 'thing' && isComma(items[lead.to]) && isComma(items[v])) {
          return { subject: { ref, appos: { from: lead.to + 1, to: v }, span: { from: k, to: hit.last + 1 } }, base: 0.95, adjacent: true };
        }
        return null;
      }
      const acc = accordingAt(k);
      if (acc) return { subject: acc, base: 0.9, adjacent: true };
      return null;
    }

    function adjacentBefore(q: number): Found | null {
      const k = q - 1;
      if (k < s.from) return null;
      const it = items[k]!;
      const colon = it.kind === 'punct' && it.text === ':';
      if (!colon && it.kind !== 'word') return null;
      let lo = k;
      while (lo > s.from && items[lo - 1]!.kind !== 'quote') lo--;
      const hit = hits.filter((h) => h.last < q && h.at >= lo && !h.cue.onlyInverted && !h.cue.needsAs).pop();
      if (!hit && colon) return headlineSpeaker({ from: lo, to: k });
      if (!hit || (!colon && hit.last !== k)) return null;
      const sub = subjectOf(hit, s.from);
      // "what Washington calls “Operation Allies Refuge”": a weak verb may still name a title.
      return sub ? { subject: sub, base: 0.95, adjacent: hit.cue.strength === 'strong' } : null;
    }

    function governing(q: number): Found | null {
      const before = hits.filter((h) => h.last < q && !h.cue.onlyInverted);
      for (let h = before.length - 1; h >= 0; h--) {
        // "…, he said, pulling a “naan” from the oven": a participle clause in between has its own verb.
        if (participleBetween(before[h]!.last, q)) break;
        if (before[h]!.cue.needsAs && !items.slice(before[h]!.last + 1, q).some((it) => it.kind === 'word' && /^(as|als|comme|como)$/.test(it.base))) continue;
        const sub = subjectOf(before[h]!, s.from);
        if (!sub) continue;
        // "Maas said he saw the talks as “…”": the pronoun is the earlier speaker of the sentence.
        if (sub.ref.kind === 'pronoun') {
          for (let e = h - 1; e >= 0; e--) {
            const outer = subjectOf(before[e]!, s.from);
            if (!outer || (outer.ref.kind !== 'name' && outer.ref.kind !== 'entity')) continue;
            const who = resolve(outer)?.identity;
            const gender = sub.ref.pronoun.gender;
            if (who && (!gender || !who.gender || who.gender === gender)) return { subject: outer, base: 0.9, adjacent: false };
          }
        }
        return { subject: sub, base: 0.9, adjacent: false };
      }
      for (let k = s.from; k < s.to; k++) {
        const acc = accordingAt(k);
        if (acc) return { subject: acc, base: 0.85, adjacent: false };
      }
      return null;
    }

    function participleBetween(from: number, to: number): boolean {
      for (let k = from + 1; k < to - 1; k++) {
        const next = items[k + 1]!;
        if (isComma(items[k]) && next.kind === 'word' && /ing$/.test(next.base) && !ctx.lexicon.cues.has(next.base) && next.base.length > 5) return true;
      }
      return false;
    }

    function sentenceFinal(q: number): Found | null {
      for (const hit of hits) {
        if (hit.at <= q || hit.cue.participle || hit.cue.onlyInverted) continue;
        const sub = subjectOf(hit, s.from);
        if (!sub) continue;
        const before = items[Math.min(sub.span.from, hit.at) - 1];
        // "…" and "…," he added: the comma may sit inside the last quotation.
        const quoteComma = before?.kind === 'quote' && /,\s*$/.test(before.text);
        if (isComma(before) || quoteComma) return { subject: sub, base: 0.85, adjacent: false };
      }
      return null;
    }

    /** "Kessler: “…”" — a name alone before or after a colon, as headlines print speakers. */
    function headlineSpeaker(range: Range): Found | null {
      if (range.to <= range.from || range.to - range.from > 5) return null;
      for (let k = range.from; k < range.to; k++) if (items[k]!.kind !== 'word') return null;
      const ref = classifyPhrase(ctx, range, { beforeCue: false });
      if (!ref || (ref.kind !== 'entity' && ref.kind !== 'name')) return null;
      return { subject: { ref, appos: null, span: range }, base: 0.8, adjacent: true };
    }

    function accordingAt(k: number): Subject | null {
      for (const phrase of ctx.lexicon.according) {
        if (phrase.after) {
          // German "Maas zufolge": the source stands before the word.
          if (items[k]?.kind !== 'word' || items[k]!.base !== phrase.words[0]) continue;
          const left = leftSubject(items, k, s.from, ctx.lexicon);
          if (!left || left === 'coordinated') return null;
          const ref = classifyPhrase(ctx, left, { beforeCue: true });
          return ref ? { ref, appos: null, span: { from: left.from, to: k + 1 } } : null;
        }
        const n = phrase.words.length;
        if (!phrase.words.every((w, j) => items[k + j]?.kind === 'word' && items[k + j]!.base === w)) continue;
        const at = k + n;
        // "laut der „Solinger Zeitung“": the quotation names the source; it is a title.
        if (items[at]?.kind === 'quote' || items[at + 1]?.kind === 'quote') return null;
        const right = rightSubject(items, at, s.to, ctx.lexicon);
        if (!right) return null;
        let ref = classifyForAccording(right);
        // "According to his aunt, Jane Starner, …": the name in the apposition.
        if (right.appos && (!ref || ref.kind === 'description')) {
          const innerRange = rightSubject(items, right.appos.from, right.appos.to, ctx.lexicon);
          const inner = innerRange && classifyForAccording(innerRange);
          if (inner && innerRange && nameOnly(ctx, inner, innerRange)) ref = inner;
        }
        return ref ? { ref, appos: right.appos, span: { from: k, to: right.to } } : null;
      }
      return null;
    }

    function classifyForAccording(range: Range) {
      return classifyPhrase(ctx, range, { beforeCue: true });
    }
  });
  return out;
}
