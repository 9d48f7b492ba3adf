// Profiles for articles the engine sees: entity mentions resolved through the catalog, then
// the profile itself.

import type { EntityHit } from '../types.ts';
import type { EntityCatalog } from '../entities/catalog.ts';
import { findEntities } from '../entities/find-entities.ts';
import { buildProfile, type ArticleProfile, type ProfileMention } from './profile.ts';
import { foldForIndex } from '../text/normalize.ts';

export interface ProfileSource {
  text: string;
  title?: string | null;
  /** A standfirst printed under the title: weighed with it. */
  standfirst?: string | null;
  language: string;
  publishedAt?: string | null;
  /** The dateline's place, when ingest took it out of the text. */
  dateline?: string | null;
}

function placeResolver(catalog: EntityCatalog): (name: string) => string | null {
  const byAlias = new Map<string, string>();
  for (const r of catalog.records.values()) {
    if (r.kind !== 'place') continue;
    for (const alias of [r.name, ...r.aliases]) byAlias.set(foldForIndex(alias), r.id);
  }
  return (name) => byAlias.get(foldForIndex(name)) ?? null;
}

const resolvers = new WeakMap<EntityCatalog, (name: string) => string | null>();

/** Corpus articles are profiled once per catalog (grouping and indexing both need them). */
const memo = new WeakMap<object, WeakMap<EntityCatalog, ArticleProfile>>();

export function profileArticle(source: ProfileSource, catalog: EntityCatalog, entities?: EntityHit[]): ArticleProfile {
  if (entities) return computeProfile(source, catalog, entities);
  let byCatalog = memo.get(source);
  if (!byCatalog) memo.set(source, (byCatalog = new WeakMap()));
  let profile = byCatalog.get(catalog);
  if (!profile) byCatalog.set(catalog, (profile = computeProfile(source, catalog)));
  return profile;
}

function computeProfile(source: ProfileSource, catalog: EntityCatalog, entities?: EntityHit[]): ArticleProfile {
  const hits = entities ?? findEntities(source.text, catalog, { language: source.language });
  const mentions: ProfileMention[] = hits.flatMap((h) =>
    h.id === null ? [] : h.mentions.map((m) => ({ id: h.id!, kind: h.kind, start: m.start, end: m.end })),
  );
  let resolvePlace = resolvers.get(catalog);
  if (!resolvePlace) {
    resolvePlace = placeResolver(catalog);
    resolvers.set(catalog, resolvePlace);
  }
  const title = [source.title, source.standfirst].filter(Boolean).join('. ') || null;
  return buildProfile({ ...source, title, mentions, resolvePlace });
}
