// Page furniture that is not part of any article: "Most Read"/"Related" lists and everything in
// them, teaser items that print their headline twice, ad and share prompts, photo credits.

import { findDateline } from './line-kinds.ts';
import { endsLikeSentence, type Unit } from './units.ts';

/** Headers of link lists that follow (or interrupt) an article. */
const LIST_HEADER =
  /^(?:most (?:read|popular|viewed|shared|commented|watched)|trending(?: now| stories| news| topics)?|popular(?: now| stories| articles| news)?|related(?: articles| stories| news| content| coverage| topics| links)?|more (?:stories|news|on this story|from [\p{L}\p{N} .&'-]{2,40})|recommended(?: for you| stories| articles)?|you (?:may|might) also like|editor'?s (?:picks|choice)|top stories|latest(?: news| stories| articles)?|read (?:more|next|also)|see also|also read|don'?t miss|meistgelesen|meistgelesene artikel|das könnte sie auch interessieren|à lire aussi|les plus lus|lire aussi)\s*:?$/iu;

/** Single lines that are prompts or furniture, never article text. */
const FURNITURE_LINE =
  /^(?:advertisement|advertising|ad|sponsored(?: content)?|anzeige|publicité|scroll to continue(?: with content)?|continue reading(?: below)?|story continues(?: below)?|(?:read|see) (?:more|also|next)\s*:.*|related\s*:.*|also read\s*:.*|(?:click|tap) here\b.*|(?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|telegram|reddit|copy link|comments?)(?:\s*(?:\||·|,)?\s*(?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|telegram|reddit|copy link|comments?))*|share (?:this|on|via).*|follow us\b.*|subscribe\b.*|sign up\b.*|(?:photo|image|picture|file photo|video)(?: credit)?s?\s*:.*|©.*|copyright\b.*|all rights reserved\.?)$/iu;

/** Photo captions and credits ("Jane Doe/Pool via REUTERS Maas (l.) and…", "Photo: AFP"). */
const CAPTION_CREDIT = /(?:\bvia (?:REUTERS|Reuters|AP|AFP|Getty Images)\b|\/(?:Pool|AFP|AP|Reuters|REUTERS|dpa|Getty Images|EPA|Shutterstock)\b(?!\))|\b(?:Getty Images|Shutterstock)\b|^(?:Photo|Foto|Image|Bild|Picture|File photo)\s*(?:credit)?\s*:)/u;

export function isCaptionLine(text: string): boolean {
  return text.length <= 220 && !endsLikeSentence(text) && CAPTION_CREDIT.test(text) && !findDateline(text);
}

/** A teaser item that prints its headline twice in a row ("Title Title"), spaces collapsed. */
export function isDoubledText(text: string): boolean {
  const half = (text.length - 1) / 2;
  return half >= 12 && Number.isInteger(half) && text[half] === ' ' && text.slice(0, half) === text.slice(half + 1);
}

export function isListHeader(text: string): boolean {
  return text.length <= 60 && LIST_HEADER.test(text);
}

export function isFurnitureLine(text: string): boolean {
  return text.length <= 100 && FURNITURE_LINE.test(text);
}

/** Whether a unit reads like article prose (a full sentence of some length). */
export function isProse(unit: Unit): boolean {
  return !unit.listItem && unit.text.split(' ').length >= 12 && endsLikeSentence(unit.text);
}

/**
 * Drops furniture lines, doubled teaser items, and every link list introduced by a list header
 * (the header plus the items under it, up to the next paragraph of prose).
 */
export function removeClutter(units: Unit[]): { kept: Unit[]; dropped: Unit[] } {
  const kept: Unit[] = [];
  const dropped: Unit[] = [];
  let inList = false;
  units.forEach((unit, i) => {
    if (isListHeader(unit.text)) {
      inList = true;
      dropped.push(unit);
      return;
    }
    // A list ends at prose, or at a line that introduces prose (the next article's headline).
    const next = units[i + 1];
    if (inList && !isProse(unit) && !(!unit.listItem && next && isProse(next))) {
      dropped.push(unit);
      return;
    }
    inList = false;
    if (isFurnitureLine(unit.text) || isDoubledText(unit.text) || isCaptionLine(unit.text)) dropped.push(unit);
    else kept.push(unit);
  });
  return { kept, dropped };
}
