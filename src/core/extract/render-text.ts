// Element -> paragraphs of plain text. Block elements (paragraphs, headings, list items, table
// rows, line breaks) end a paragraph; inline whitespace collapses to one space. Text is read from
// text nodes only, so markup in the page ("<script>" typed as text) stays inert text. The walk is
// iterative: a hostile page can nest elements deeper than the call stack.

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'ul', 'caption',
]);
const CELL = new Set(['td', 'th']);
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'input', 'select', 'textarea',
  'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'picture', 'img', 'head', 'title', 'meta', 'link',
]);

const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/gu;

export function tagOf(node: Node): string {
  return node.nodeName.toLowerCase();
}

/** The paragraphs of an element's text, in document order. */
export function renderParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  // Each stack entry is a node to enter, or a marker to close a block after its children.
  const stack: (Node | 'end-block' | 'end-cell')[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (item === 'end-block') {
      flush();
      continue;
    }
    if (item === 'end-cell') {
      current += ' ';
      continue;
    }
    if (item.nodeType === 3) {
      current += item.nodeValue ?? '';
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
    const tag = tagOf(item);
    if (SKIP.has(tag)) continue;
    if (item.nodeType === 1 && (item as Element).hasAttribute('hidden')) continue;
    const block = BLOCK.has(tag);
    if (block) flush();
    if (block) stack.push('end-block');
    else if (CELL.has(tag)) stack.push('end-cell');
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return paragraphs;
}
