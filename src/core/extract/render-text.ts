// Element -> blocks of plain text. Block elements (paragraphs, headings, list items, table rows,
// line breaks) end a block; inline whitespace collapses to one space. Each block remembers whether
// it was a heading or a list item and how much of it was link text, which the boilerplate rules
// use. Text is read from text nodes only, so markup typed in the page ("<script>") stays inert
// text. The walk is iterative: a hostile page can nest elements deeper than the call stack.

export interface TextBlock {
  text: string;
  kind: 'heading' | 'item' | 'text';
  /** Share (0..1) of the block's visible characters that sit inside links. */
  linkShare: number;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'ul', 'caption',
]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CELL = new Set(['td', 'th']);
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'input', 'select', 'textarea',
  'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'picture', 'img', 'head', 'title', 'meta', 'link',
]);

const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/gu;
const visibleLength = (s: string) => s.replace(/\s+/gu, '').length;

export function tagOf(node: Node): string {
  return node.nodeName.toLowerCase();
}

type Marker = { end: 'block' | 'cell' | 'link' | 'heading' | 'item' };

/** The text blocks of an element, in document order. */
export function renderBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current = '';
  let linked = 0;
  let inLink = 0;
  let kind: TextBlock['kind'] = 'text';
  let headingDepth = 0;
  let itemDepth = 0;
  const flush = () => {
    const text = current.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
    if (text) blocks.push({ text, kind, linkShare: Math.min(1, linked / Math.max(1, visibleLength(text))) });
    current = '';
    linked = 0;
    kind = headingDepth > 0 ? 'heading' : itemDepth > 0 ? 'item' : 'text';
  };
  const stack: (Node | Marker)[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if ('end' in item) {
      if (item.end === 'cell') current += ' ';
      else if (item.end === 'link') inLink--;
      else {
        if (item.end === 'heading') headingDepth--;
        if (item.end === 'item') itemDepth--;
        flush();
      }
      continue;
    }
    if (item.nodeType === 3) {
      const value = item.nodeValue ?? '';
      current += value;
      if (inLink > 0) linked += visibleLength(value);
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
    const tag = tagOf(item);
    if (SKIP.has(tag)) continue;
    if (item.nodeType === 1 && (item as Element).hasAttribute('hidden')) continue;
    if (HEADING.has(tag)) {
      flush();
      headingDepth++;
      kind = 'heading';
      stack.push({ end: 'heading' });
    } else if (tag === 'li') {
      flush();
      itemDepth++;
      if (headingDepth === 0) kind = 'item';
      stack.push({ end: 'item' });
    } else if (BLOCK.has(tag)) {
      flush();
      stack.push({ end: 'block' });
    } else if (CELL.has(tag)) {
      stack.push({ end: 'cell' });
    } else if (tag === 'a' && (item as Element).hasAttribute('href')) {
      inLink++;
      stack.push({ end: 'link' });
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return blocks;
}
