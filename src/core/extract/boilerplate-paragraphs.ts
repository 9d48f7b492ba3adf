// Text blocks that are not the story, recognised by what they say and how they are built, after
// Readability has picked the body: calls to share, subscribe or follow; "Read more:"/"Related:"
// lines and linked headlines; photo captions and credits; datelines and bylines the page repeats
// above the text; contributor and copyright lines; cookie notices. Every rule is bounded by length
// (prose paragraphs are long) so that a sentence of the story that merely mentions a newsletter or
// a photo survives.

import { isDateline } from './dateline.ts';
import type { TextBlock } from './render-text.ts';

const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;

/** A block made (almost) only of link text is a teaser, a "related" entry or a tag list. */
const LINKED_MAX_WORDS = 30;
const LINKED_SHARE = 0.8;
const LITERAL_URL = /^(?:https?:\/\/|www\.)\S+$/iu;

// Short lines that are furniture by their opening words alone.
const FURNITURE_START = new RegExp(
  '^[\\[(]?(?:' +
    [
      'share this', 'share on', 'share article', 'share story', 'share via', 'del artikkelen',
      'read more', 'read also', 'read next', 'also read', 'see also', 'more on this', 'more from', 'recommended for you',
      'you may also like', 'you might also like', 'most read', 'most popular', 'popular this week', 'lesen sie auch',
      'mehr zum thema', 'auch interessant', 'les også', 'les mer', 'läs också', 'læs også', 'lire aussi', 'à lire aussi',
      'leggi anche', 'lee también', 'leia também', 'lees ook',
      'sign up', 'subscribe', 'get the latest', 'get breaking news', 'click here', 'tap here', 'download the', 'get the .{1,40} app',
      'follow us', 'follow (?:him|her|them) on', 'like us on', 'join us on', 'join our', 'have a tip', 'got a tip',
      'email (?:the author|us|him|her)', 'write to', 'contact (?:the )?(?:authors?|reporters?|writers?)', 'reach the (?:reporters?|writers?|authors?)',
      'if you (?:enjoyed|liked) this', 'like this (?:story|article)\\?', 'order reprints', 'print (?:this )?article', 'text size',
      'image caption', 'media caption', 'image copyright', 'file photo', 'photo credit', 'image credit',
      'copyright', '©', 'ⓒ', 'all rights reserved', 'skip to', 'continue reading', 'scroll to continue',
      'reporting by', 'additional reporting', 'editing by', 'writing by', 'compiled by', 'filed under',
      'reading time', 'tempo de leitura', 'lesezeit', 'media playback', 'this slideshow', 'listen to this',
      'post comment', 'leave a comment',
    ].join('|') +
    ')(?![\\p{L}])',
  'iu',
);
// Label words that are furniture when they stand alone or introduce a line ("Photo: …",
// "Related: …", "Advertisement"), not when they start a sentence ("Photos of the scene…").
const FURNITURE_LABEL = new RegExp(
  '^[\\[(]?(?:' +
    [
      'advertisement', 'anzeige', 'werbung', 'annonse', 'publicité', 'publicidad', 'pubblicità', 'reklame', 'sponsored',
      'share', 'teilen', 'partager', 'del', 'related', 'trending', 'recommended', 'popular', 'photos?', 'images?',
      'pictures?', 'fotos?', 'bild', 'credits?', 'captions?', 'illustration', 'tags', 'topics', 'print', 'comments?',
      'loading', 'watch', 'video', 'audio', 'listen', 'more', 'advert', 'iklan', 'close', 'breaking news', "don't miss",
      'recent (?:articles|posts|stories)', 'latest (?:news|stories|articles)', '(?:more|top|related) stories', "editor'?s picks",
    ].join('|') +
    ')\\s*(?:[:|…]|\\.\\.\\.|$)',
  'iu',
);
const FURNITURE_START_MAX_WORDS = 25;

// Furniture phrases anywhere in a short block.
const FURNITURE_ANYWHERE = [
  /\b(?:sign up|subscribe|subscription)\b.*\b(?:newsletters?|inbox|email|updates|alerts)\b/iu,
  /\bnewsletters?\b.*\b(?:sign up|subscribe|inbox|delivered)\b/iu,
  /\bdelivered (?:straight |right |directly )?(?:to|through|into) your (?:inbox|letterbox|door)\b/iu,
  /\bfollow (?:us|him|her|them|@?\w+) on (?:twitter|facebook|instagram|linkedin|youtube|tiktok|x)\b/iu,
  /\b(?:this|our) (?:web)?site uses cookies\b|\bcookies?\b.*\b(?:consent|accept|opt[- ]out|privacy policy)\b/iu,
  /\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\b/iu,
  /\ball rights reserved\b/iu,
  /\b(?:affiliate|commission)\b.*\b(?:links?|purchases?|earn)\b/iu,
  /\bclick here\b/iu,
  /\bcheck out (?:our|the latest)\b/iu,
  /^follow\b.*(?:https?:\/\/|@\w)/iu,
  /^(?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|pinterest|pint|reddit|telegram|copy link|messenger|comments?|\d+)(?:[\s,|/·]+(?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|pinterest|pint|reddit|telegram|copy link|messenger|baixar|comments?|\d+))*$/iu,
];
const FURNITURE_ANYWHERE_MAX_WORDS = 45;

// Captions and credits: a short block ending in a photo agency's credit or naming the photographer.
const CAPTION_CREDIT = [
  /\((?:[^()]*(?:\b(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture|[Cc]redit|[Ff]oto|[Ff]ile|FILE)|GETTY|[Gg]etty|REUTERS|Reuters|AFP|AP|EPA)\b[^()]*)\)\s*$/u,
  /(?:^|[\s/|])(?:REUTERS|AFP|AP|EPA|Getty Images|Shutterstock|Bloomberg|dpa|NTB|Scanpix)\s*(?:\/\s*\p{Lu}[\p{L} .'-]+)?\s*$/u,
  /\b(?:[Pp]hoto|PHOTO|[Ii]mage|[Pp]icture|[Cc]redit|[Ff]oto|[Bb]ild)s?\s*(?:by|:)\s*\p{Lu}[^.!?]{0,60}$/u,
  /^(?:image\s+)?\d+\s*of\s*\/?\s*\d+/iu,
];
const CAPTION_MAX_WORDS = 60;

// Author boxes at the end: "Jane Doe is a reporter for …", "John covers politics for …".
const AUTHOR_BIO =
  /^[\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){0,3} (?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,4}(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|producer|author|freelancer)\b|^[\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){0,3} covers\b/u;
const AUTHOR_BIO_MAX_WORDS = 80;

// "By Jane Doe", "Von Jana Holzer", "Av Ola Nordmann", "Par Jeanne Dupont", "Por Juan Pérez"…
const BYLINE_START = /^(?:By|BY|by|Von|VON|von|Av|AV|av|Af|af|Par|PAR|par|Por|POR|por|Di|Door|door)\s+\p{Lu}/u;

function isByline(text: string, byline: string | null): boolean {
  if (words(text) > 12) return false;
  if (BYLINE_START.test(text) && !/[.!?]\s+\p{Lu}|[.!?]$/u.test(text)) return true;
  if (!byline) return false;
  // The byline again, alone or with its outlet ("Jane Doe, Associated Press").
  const norm = (s: string) => s.toLowerCase().replace(/^by\s+/u, '').replace(/[^\p{L}]+/gu, ' ').trim();
  const b = norm(byline);
  const t = norm(text);
  return b.length > 3 && (t === b || (t.startsWith(`${b} `) && /^[,|–—-]/u.test(text.slice(text.toLowerCase().indexOf(byline.toLowerCase()) + byline.length).trim())));
}

export interface BoilerplateContext {
  title: string | null;
  byline: string | null;
}

/** Why a block is dropped, or null when it is story text. */
export function boilerplateReason(block: TextBlock, context: BoilerplateContext): string | null {
  const { text } = block;
  const n = words(text);
  // A printed address is content; a linked headline is not.
  if (block.linkShare >= LINKED_SHARE && n <= LINKED_MAX_WORDS && !LITERAL_URL.test(text)) return 'linked';
  if (n <= FURNITURE_START_MAX_WORDS && (FURNITURE_START.test(text) || FURNITURE_LABEL.test(text))) return 'furniture';
  if (n <= FURNITURE_ANYWHERE_MAX_WORDS && FURNITURE_ANYWHERE.some((re) => re.test(text))) return 'prompt';
  if (n <= CAPTION_MAX_WORDS && CAPTION_CREDIT.some((re) => re.test(text))) return 'caption';
  if (isDateline(text)) return 'dateline';
  if (isByline(text, context.byline)) return 'byline';
  return null;
}

/** Author boxes trail the story; only the last few blocks are looked at. */
const TRAILING_BLOCKS = 3;
/** Repeats shorter than this are list entries (a meal plan, a fixture list), not galleries. */
const DUPLICATE_MIN_WORDS = 10;

/** Blocks judged between two pauses (a page's first blocks compile the rules' patterns). */
const BLOCKS_PER_STEP = 2;

export function dropBoilerplate(blocks: TextBlock[], context: BoilerplateContext): TextBlock[] {
  const steps = dropBoilerplateSteps(blocks, context);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `dropBoilerplate` in steps of a few blocks; the generator's return value is the blocks kept. */
export function* dropBoilerplateSteps(blocks: TextBlock[], context: BoilerplateContext): Generator<void, TextBlock[]> {
  const seen = new Set<string>();
  // The headline over the text, when Readability left it in.
  const first = blocks[0];
  if (first && context.title && first.kind === 'heading' && first.text.toLowerCase() === context.title.toLowerCase()) blocks = blocks.slice(1);
  let kept: TextBlock[] = [];
  for (const [i, b] of blocks.entries()) {
    if (i % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    if (boilerplateReason(b, context)) continue;
    // A repeated block is a gallery's caption or a sticky teaser, not the story saying it twice.
    const key = b.text.toLowerCase();
    if (seen.has(key) && words(b.text) >= DUPLICATE_MIN_WORDS) continue;
    seen.add(key);
    kept.push(b);
  }
  kept = kept.filter((b, i) => !(i >= kept.length - TRAILING_BLOCKS && words(b.text) <= AUTHOR_BIO_MAX_WORDS && AUTHOR_BIO.test(b.text)));
  // Headings left with nothing under them introduced furniture that is gone now.
  while (kept.length && kept[kept.length - 1]!.kind === 'heading') kept.pop();
  return kept.filter((b, i) => !(b.kind === 'heading' && kept[i + 1]?.kind === 'heading' && headingLevelHint(b, kept[i + 1]!)));
}

/** Two headings in a row: the first introduced something removed (a teaser list, a box). */
function headingLevelHint(first: TextBlock, next: TextBlock): boolean {
  return words(first.text) <= 6 && words(next.text) <= 20;
}
