// How much of a text the engine reads. The longest real news articles (long reads, live blogs) run
// to about 50,000 characters; anything longer is not one article a reader follows, and a hostile
// page could send millions of characters to make every step of the analysis expensive. The
// analysis reads a prefix, so offsets into it are offsets into the page's text too.

/** Characters analysed: about twice the longest of 2,170 real articles at hand (53,000). */
export const MAX_ANALYSED_CHARS = 100_000;

/** `text` cut to at most `max` characters, at a paragraph or word boundary near the limit when there is one. */
export function boundText(text: string, max = MAX_ANALYSED_CHARS): string {
  if (text.length <= max) return text;
  const paragraph = text.lastIndexOf('\n', max);
  let cut = paragraph >= max * 0.9 ? paragraph : text.lastIndexOf(' ', max);
  if (cut < max * 0.9) cut = max;
  // Never split a surrogate pair.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return text.slice(0, cut).trimEnd();
}
