// The demo pages of the seed articles carry markers instead of the seed text
// (`<!-- px-demo:seed-body ID -->`, `<!-- px-demo:seed-standfirst ID CLASS -->`); the demo server
// fills them from seeds/ when it serves the page, so the seeds stay the one copy of their words.

import { join } from 'node:path';
import { compileCorpus } from '../src/core/corpus/compile.ts';
import type { CorpusArticle } from '../src/core/corpus/types.ts';
import { readSeeds } from '../src/cli/corpus-seeds.ts';

const MARKER = /<!-- px-demo:(seed-body|seed-standfirst) (\S+)(?: (\S+))? -->/g;

let articles: Map<string, CorpusArticle> | null = null;
function seedArticles(): Map<string, CorpusArticle> {
  if (articles) return articles;
  const result = compileCorpus(readSeeds(join(import.meta.dirname, '..', 'seeds')));
  if (!result.ok) throw new Error('the seeds do not compile: run npm run corpus -- check');
  articles = new Map(result.compiled.corpus.articles.map((a) => [a.id, a]));
  return articles;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A short line without a sentence end, or an AFP-style "- Subhead -", is a heading. */
function isHeading(paragraph: string): boolean {
  return /^- .+ -$/.test(paragraph) || (paragraph.length < 60 && !/[.!?]["”]?$/.test(paragraph));
}

function body(article: CorpusArticle, indent: string): string {
  return article.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (isHeading(p) ? `<h2 class="subhead">${escapeHtml(p.replace(/^- (.+) -$/, '$1'))}</h2>` : `<p>${escapeHtml(p)}</p>`))
    .join(`\n${indent}`);
}

export function fillSeedMarkers(html: string): string {
  if (!html.includes('px-demo:')) return html;
  return html.replace(MARKER, (whole, kind: string, id: string, className: string | undefined, offset: number) => {
    const article = seedArticles().get(id);
    if (!article) return whole;
    const indent = /[ \t]*$/.exec(html.slice(0, offset))![0];
    if (kind === 'seed-body') return body(article, indent);
    const lead = [article.dateline ? `(${article.dateline})` : '', article.standfirst ?? ''].join(' ').trim();
    return `<p class="${escapeHtml(className ?? 'standfirst')}">${escapeHtml(lead)}</p>`;
  });
}
