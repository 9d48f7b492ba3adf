// A long synthetic article page for the browser bench: the seed articles' paragraphs, repeated
// in numbered parts until the page holds `words` words, in ordinary article markup.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function syntheticArticlePage(words: number): string {
  const dir = join(ROOT, 'seeds/documents');
  const paragraphs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/))
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.split(' ').length >= 12);
  const body: string[] = [];
  let count = 0;
  for (let part = 1; count < words; part++) {
    body.push(`<h2>Part ${part}</h2>`);
    for (const p of paragraphs) {
      body.push(`<p>${escape(p)}</p>`);
      count += p.split(' ').length;
      if (count >= words) break;
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Afghanistan: the long read | Synthetic Review</title>
<meta property="og:site_name" content="Synthetic Review"><meta property="article:published_time" content="2021-09-09T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Afghanistan: the long read","datePublished":"2021-09-09T09:00:00Z"}</script>
</head><body><header><nav><a href="#">Home</a> <a href="#">World</a></nav></header>
<main><article><h1>Afghanistan: the long read</h1><p class="byline">By the Synthetic Review desk</p>
${body.join('\n')}
</article></main><footer>Synthetic Review, a page generated for Parallax's browser benchmark.</footer></body></html>`;
}
