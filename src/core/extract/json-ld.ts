// Article facts from a page's JSON-LD blocks: the first node typed as an article (NewsArticle,
// ReportageNewsArticle, BlogPosting…), found in plain objects, arrays and `@graph`s, with author
// and publisher references (`{"@id": …}`) resolved against the other nodes of the page.

type Node = Record<string, unknown>;

const ARTICLE_TYPE = /(?:Article|BlogPosting|LiveBlogPosting|Report)$/u;
const MAX_NODES = 500;

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  language: string | null;
  url: string | null;
}

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function types(node: Node): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object node of every JSON-LD block, flattened (bounded: a page can carry megabytes). */
export function jsonLdNodes(doc: Document): Node[] {
  const nodes: Node[] = [];
  const visit = (value: unknown, depth: number) => {
    if (nodes.length >= MAX_NODES || depth > 6) return;
    if (Array.isArray(value)) for (const v of value) visit(v, depth + 1);
    else if (isNode(value)) {
      nodes.push(value);
      if (value['@graph']) visit(value['@graph'], depth + 1);
      if (isNode(value.mainEntity)) visit(value.mainEntity, depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // Malformed JSON-LD is common; the other sources still count.
    }
  }
  return nodes;
}

export function isArticleNode(node: Node): boolean {
  return types(node).some((t) => ARTICLE_TYPE.test(t));
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function names(value: unknown, byId: Map<string, Node>): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item === 'string' && item.trim()) out.push(item.trim());
    else if (isNode(item)) {
      const node = typeof item['@id'] === 'string' && !item.name ? byId.get(item['@id']) ?? item : item;
      const name = text(node.name);
      if (name) out.push(name);
    }
  }
  return out.filter((n) => !/^https?:/u.test(n));
}

export function readJsonLdArticle(doc: Document): JsonLdArticle | null {
  const nodes = jsonLdNodes(doc);
  const article = nodes.find(isArticleNode);
  if (!article) return null;
  const byId = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const mainEntityUrl = isNode(article.mainEntityOfPage) ? text(article.mainEntityOfPage['@id']) : text(article.mainEntityOfPage);
  return {
    headline: text(article.headline) ?? text(article.name),
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    authors: names(article.author ?? article.creator, byId),
    publisher: names(article.publisher, byId)[0] ?? null,
    language: text(article.inLanguage),
    url: text(article.url) ?? mainEntityUrl,
  };
}
