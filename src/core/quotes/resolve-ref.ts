// A subject phrase turned into an identity: listed entity (namesakes resolved in favour of
// whoever already speaks), a named person or organisation (full name from earlier in the
// article), a pronoun or description resolved through the discourse, or an anonymous source.

import type { AttributionContext } from './attribute.ts';
import type { Subject } from './cue-hits.ts';
import type { Resolved } from './discourse.ts';
import { HONORIFIC_GENDER, isRoleWord, type Gender } from '../entities/name-words.ts';
import { DEFINITE, INDEFINITE, rightSubject } from './noun-phrase.ts';
import { classifyPhrase, genderOf, possessor } from './refs.ts';

const mentionedCache = new WeakMap<object, Set<string>>();
/** Ids of the listed entities the article mentions. */
function mentionedIds(ctx: AttributionContext): Set<string> {
  let ids = mentionedCache.get(ctx.mentions);
  if (!ids) {
    ids = new Set(ctx.mentions.flatMap((m) => (m.id ? [m.id] : [])));
    mentionedCache.set(ctx.mentions, ids);
  }
  return ids;
}

/** Gender told by an honorific or a role word in the subject phrase ("Ms Kessler", "spokeswoman"). */
function genderInPhrase(ctx: AttributionContext, sub: Subject): Gender | null {
  for (let k = sub.ref.range.from; k < sub.ref.range.to; k++) {
    const g = HONORIFIC_GENDER.get(ctx.items[k]!.base.replace(/\.$/, ''));
    if (g) return g;
  }
  return genderOf(ctx.items, sub.ref.range, ctx.language);
}

/** The apposition as a role ("a spokeswoman" → "spokeswoman"), when it reads as one. */
function apposRole(ctx: AttributionContext, sub: Subject): string | null {
  if (!sub.appos || sub.appos.to <= sub.appos.from) return null;
  const first = ctx.items[sub.appos.from]!;
  if (/^(who|which|whose|der|die|qui|som)$/.test(first.base)) return null;
  const text = ctx.text.slice(first.start, ctx.items[sub.appos.to - 1]!.end);
  if (!DEFINITE.has(first.base) && !INDEFINITE.has(first.base) && !/\p{Lu}/u.test(text[0] ?? '') && !/^(also|now|then)$/.test(first.base) && !isRoleWord(first.base)) return null;
  return text.replace(/^(?:also|now)\s+/i, '').replace(/^(?:a|an|the)\s+/i, '');
}

export function resolveRef(ctx: AttributionContext, sub: Subject, sentence: number): Resolved | null {
  const { discourse } = ctx;
  const ref = sub.ref;
  switch (ref.kind) {
    case 'entity': {
      const m = ref.mention;
      let id = m.id;
      if (m.ids.length > 1) {
        const speaking = discourse.preferSpeaker(m.ids);
        if (speaking) id = speaking.key;
        if (id) ctx.mentionOverrides.set(m.start, id);
      }
      const identity = id ? discourse.entity(id) : null;
      if (identity && !identity.gender && identity.kind === 'person') identity.gender = genderInPhrase(ctx, sub);
      return identity ? { identity, factor: 1 } : null;
    }
    case 'name': {
      if (!ref.full && ref.run.to - ref.run.from === 1 && !ref.run.org) {
        const namesake = discourse.speakingNamesake(ref.run.words[0]!);
        if (namesake) return { identity: namesake, factor: 0.9 };
      }
      const run = ref.full ?? ref.run;
      const identity = discourse.named(run.text, run.words, ref.run.org, ref.role ?? apposRole(ctx, sub), ref.gender);
      const lone = ref.run.to - ref.run.from === 1 && !ref.full;
      return { identity, factor: lone ? 0.9 : 1 };
    }
    case 'pronoun':
      return discourse.resolvePronoun(ref.pronoun, sentence);
    case 'description': {
      if (ref.definite) {
        const resolved = discourse.resolveDescription(ref, sentence);
        if (resolved) return resolved;
        const listed = discourse.listedFitting(ref, mentionedIds(ctx));
        if (listed) return { identity: listed, factor: 0.7 };
        // "the victim's mother": someone new, described through someone else; an unnamed source.
        const relational = ctx.items.slice(ref.range.from, ref.range.to - 1).some((it) => it.possessive);
        return relational ? { identity: discourse.anonymous(ref.text, ref.words, false, ref.gender), factor: 0.8 } : null;
      }
      return { identity: discourse.anonymous(ref.text, ref.words, false, ref.gender), factor: 1 };
    }
    case 'collective':
      return { identity: discourse.anonymous(ref.text, ref.text.toLowerCase().split(/\s+/), true, null), factor: 1 };
    case 'org-description': {
      const org = ref.definite ? discourse.resolveOrgDescription(sentence, ref.head) : null;
      return org ?? { identity: discourse.anonymous(ref.text, ref.text.toLowerCase().split(/\s+/), true, null), factor: 0.8 };
    }
    case 'thing':
      return ownerOf(ctx, sub, sentence);
  }
}

/**
 * Who wrote the tweet, statement or letter that "reads" or "says": the possessor printed in the
 * phrase ("Trump's tweet"), or, for "the tweet", the subject of the recent sentence that
 * introduced it ("Trump landed in hot water over a tweet …").
 */
function ownerOf(ctx: AttributionContext, sub: Subject, sentence: number): Resolved | null {
  const ref = sub.ref;
  if (ref.kind !== 'thing') return null;
  let owner = possessor(ctx, ref.range);
  // "a statement from the ministry", "the letter by Kessler".
  const next = ctx.items[ref.range.to];
  // "the letter signed by seven physicians", "a statement released by the group".
  const byAt = next?.kind === 'word' && /^(signed|written|sent|issued|released|published|posted)$/.test(next.base) && ctx.items[ref.range.to + 1]?.base === 'by' ? ref.range.to + 1 : ref.range.to;
  const by = ctx.items[byAt];
  if (!owner && by?.kind === 'word' && /^(from|by|von|de|du|des|fra)$/.test(by.base)) {
    const s = ctx.sentences[sentence]!;
    const right = rightSubject(ctx.items, byAt + 1, s.to, ctx.lexicon);
    const inner = right ? classifyPhrase(ctx, right, { beforeCue: true }) : null;
    if (inner && inner.kind !== 'thing') owner = inner;
  }
  if (owner) {
    const res = resolveRef(ctx, { ref: owner, appos: null, span: sub.span }, sentence);
    return res && { ...res, factor: res.factor * 0.85 };
  }
  if (!ref.definite) return null;
  const stem = ref.head.replace(/s$/, '');
  for (let si = sentence - 1; si >= 0 && si >= sentence - 4; si--) {
    const s = ctx.sentences[si]!;
    let mentioned = false;
    for (let k = s.from; k < s.to && !mentioned; k++) mentioned = ctx.items[k]!.kind === 'word' && ctx.items[k]!.base.replace(/s$/, '') === stem;
    if (!mentioned) continue;
    const key = ctx.discourse.subjects[si];
    const identity = key ? ctx.discourse.identities.get(key) : undefined;
    return identity && identity.kind !== 'collective' ? { identity, factor: 0.65 } : null;
  }
  return null;
}
