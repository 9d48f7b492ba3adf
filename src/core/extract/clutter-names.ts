// Names (class, id, role) that news sites give the furniture around an article. Shared by the
// clutter removal and the prose census, which must not mistake a comment thread for the story.

/** Class/id words of furniture (matched as whole words of class and id, camelCase split). */
const CLUTTER_NAME = new RegExp(
  '(?:^|[^a-z])(?:' +
    [
      'share', 'shares', 'sharing', 'sharebar', 'share-?tools', 'social', 'social-?links', 'addthis', 'sharethis',
      'newsletters?', 'subscribe', 'subscription', 'sign-?up', 'opt-?in', 'inline-?promo', 'promos?', 'promotion',
      'related', 'recommended', 'recommendations?', 'more-?stories', 'more-?from', 'read-?more', 'read-?next',
      'also-?read', 'most-?read', 'most-?popular', 'popular', 'trending', 'outbrain', 'taboola', 'recirc', 'recirculation',
      'cookies?', 'consent', 'gdpr', 'cmp',
      'author-?bio', 'author-?info', 'author-?box', 'author-?card', 'about-?(?:the-?)?author', 'bio', 'bio-?box', 'contributor-?bio',
      'captions?', 'figcaption', 'credits?', 'photo-?credit', 'image-?credit', 'copyright',
      'ads?', 'advert', 'adverts', 'advertisement', 'advertising', 'ad-?slot', 'ad-?container', 'ad-?unit', 'dfp', 'gpt-?ad', 'sponsored',
      'comments?', 'disqus', 'breadcrumbs?', 'tags', 'tag-?list', 'keywords',
      'sr-?only', 'visually-?hidden', 'off-?screen', 'screen-?reader(?:-?only|-?text)?',
    ].join('|') +
    ')(?:$|[^a-z])',
  'u',
);

const CLUTTER_ROLES = new Set(['complementary', 'navigation', 'banner', 'contentinfo', 'dialog', 'alertdialog']);

function nameOf(el: Element): string {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return raw.replace(/([a-z])([A-Z])/gu, '$1-$2').toLowerCase();
}

export function isClutterElement(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && CLUTTER_ROLES.has(role.toLowerCase())) return true;
  const name = nameOf(el);
  return name.trim() !== '' && CLUTTER_NAME.test(name);
}


/** Readers' comments and replies: prose, but not the article's. */
const DISCUSSION_NAME =
  /(?:^|[^a-z])(?:comments?(?:-?(?:area|section|list|container|wrapper|block|thread|s?-?module))?|commentlist|disqus(?:-?thread)?|discussions?|respond|repl(?:y|ies))(?:$|[^a-z])/u;

export function isDiscussion(el: Element): boolean {
  const tag = el.nodeName.toLowerCase();
  if (tag === 'article' || tag === 'main' || tag === 'body') return false;
  return DISCUSSION_NAME.test(nameOf(el));
}

const SIDE_TAGS = new Set(['aside', 'footer', 'nav']);
const SIDE_ROLES = new Set(['complementary', 'contentinfo', 'navigation']);

/** Boxes beside or below the story by their markup: <aside>, <footer>, <nav> and their roles. */
export function isSideContent(el: Element): boolean {
  if (SIDE_TAGS.has(el.nodeName.toLowerCase())) return true;
  const role = el.getAttribute('role');
  return role !== null && SIDE_ROLES.has(role.toLowerCase());
}
