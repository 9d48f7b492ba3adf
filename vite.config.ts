// Two browsers × two flavours from one source manifest:
//   vite build --mode chrome|firefox          -> dist/chrome, dist/firefox (production)
//   vite build --mode e2e-chrome|e2e-firefox  -> dist/e2e/chrome, dist/e2e/firefox
// The e2e flavour also runs on http://127.0.0.1/* (enabled by default), lists http://localhost/*
// as a granted host that is NOT enabled by default, and opens the shadow root for tests.
import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sourceManifest from './manifest.json' with { type: 'json' };
import { MAJOR_NEWS_DOMAINS, domainPattern } from './src/shared/news-sites.ts';
import { corpusHostPermissions } from './src/core/corpus/article-url.ts';

const CORPUS_FILE = resolve(import.meta.dirname, 'build/corpus/corpus.json');
const CONTENT_SCRIPT = 'src/content/index.ts';

/**
 * Hosts of corpus articles that carry a URL: their outlets are enabled by default too, so each
 * becomes a host permission and a content-script match. Every one is checked (a registrable domain
 * or a name under one: no credentials, port, IP address, localhost or bare public suffix;
 * src/core/corpus/article-url.ts) and printed; one that cannot be granted fails the build.
 */
export function corpusHosts(file = CORPUS_FILE, log: (line: string) => void = (line) => console.error(line)): string[] {
  if (!existsSync(file)) return [];
  const compiled = JSON.parse(readFileSync(file, 'utf8')) as { corpus?: { articles?: { id: string; url?: string | null }[] } };
  const { added, problems } = corpusHostPermissions(compiled.corpus?.articles ?? [], MAJOR_NEWS_DOMAINS);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  article ${p.articleId}: url ${JSON.stringify(p.url)} ${p.problem}`);
    throw new Error(`${file}: ${problems.length} article URL(s) cannot become host permissions:\n${lines.join('\n')}\nCorrect them in seeds/documents.json (npm run corpus -- check says where) and build again.`);
  }
  log(added.length === 0
    ? 'parallax: the corpus adds no host beyond the curated news sites (src/shared/news-sites.ts)'
    : `parallax: host permissions added by corpus articles, beyond the curated news sites (src/shared/news-sites.ts):\n${added.map((h) => `  ${h.host} (${h.articles.join(', ')})`).join('\n')}`);
  return added.map((h) => h.host);
}

/** The Chrome version the README promises and the Chrome bundle is compiled for (build.target below). */
export const MINIMUM_CHROME_VERSION = '120';

export function buildManifest(browser: 'chrome' | 'firefox', e2e: boolean, extraHosts: string[] = corpusHosts()): ManifestV3Export {
  const sites = [...MAJOR_NEWS_DOMAINS, ...extraHosts].map(domainPattern);
  const matches = e2e ? [...sites, 'http://127.0.0.1/*'] : sites;
  const hosts = e2e ? [...matches, 'http://localhost/*'] : matches;
  const manifest = structuredClone(sourceManifest) as unknown as Record<string, unknown>;
  manifest.host_permissions = hosts;
  manifest.content_scripts = (sourceManifest.content_scripts as object[]).map((cs) => ({ ...cs, matches }));
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
    manifest.minimum_chrome_version = MINIMUM_CHROME_VERSION;
  }
  if (e2e) manifest.name = `${sourceManifest.name} (e2e)`;
  return manifest as unknown as ManifestV3Export;
}

/**
 * Ships the compiled corpus as a plain file the background fetches from its own package, and the
 * "off" toolbar icons, which the manifest does not name (the background sets them per tab).
 */
function bundleAssets(): Plugin {
  return {
    name: 'parallax:assets',
    apply: 'build',
    generateBundle() {
      for (const size of [16, 32, 48, 128]) {
        const fileName = `icons/icon-off-${size}.png`;
        this.emitFile({ type: 'asset', fileName, source: readFileSync(resolve(import.meta.dirname, fileName)) });
      }
      if (!existsSync(CORPUS_FILE)) this.error(`${CORPUS_FILE} is missing: run "npm run -s corpus -- compile --out build/corpus/corpus.json" first (npm run build does).`);
      this.emitFile({ type: 'asset', fileName: 'corpus.json', source: readFileSync(CORPUS_FILE) });
    },
  };
}

/**
 * Readability assigns HTML strings in two places, both on the detached copy it works on: to
 * restore the copy before a retry, and to re-parse images hidden in <noscript>. The extension
 * bundles a copy of the package with both rewritten without HTML parsing (a DOM clone restores
 * the copy; noscript images are not text, so they are left alone), keeping the bundle free of
 * HTML sinks. The copy is made from node_modules at every build (build/vendor/, never committed)
 * and aliased for every bundle, the standalone content script included.
 */
function readabilityWithoutHtmlSinks(): string {
  const source = resolve(import.meta.dirname, 'node_modules/@mozilla/readability');
  const target = resolve(import.meta.dirname, 'build/vendor/readability');
  const edits: [string, string][] = [
    ['var pageCacheHtml = page.innerHTML;', 'var pageCache = page.cloneNode(true);'],
    ['page.innerHTML = pageCacheHtml;', 'page.replaceChildren(...pageCache.cloneNode(true).childNodes);'],
    ['tmp.innerHTML = noscript.innerHTML;', 'tmp.textContent = "";'],
  ];
  mkdirSync(target, { recursive: true });
  for (const file of ['index.js', 'Readability-readerable.js', 'package.json', 'LICENSE.md']) copyFileSync(resolve(source, file), resolve(target, file));
  let code = readFileSync(resolve(source, 'Readability.js'), 'utf8');
  for (const [from, to] of edits) {
    if (!code.includes(from)) throw new Error(`Readability changed: "${from}" not found; review readabilityWithoutHtmlSinks in vite.config.ts`);
    code = code.replace(from, to);
  }
  writeFileSync(resolve(target, 'Readability.js'), code);
  return target;
}

export default defineConfig(({ mode }) => {
  const match = /^(e2e-)?(chrome|firefox)$/.exec(mode);
  if (!match) throw new Error(`unknown mode "${mode}": use chrome, firefox, e2e-chrome or e2e-firefox`);
  const e2e = Boolean(match[1]);
  const browser = match[2] as 'chrome' | 'firefox';
  return {
    define: { __PX_E2E__: JSON.stringify(e2e) },
    plugins: [
      preact(),
      crx({ manifest: buildManifest(browser, e2e), browser, contentScripts: { standaloneFiles: [CONTENT_SCRIPT] } }),
      bundleAssets(),
    ],
    resolve: { alias: { '@mozilla/readability': readabilityWithoutHtmlSinks() } },
    publicDir: false,
    build: {
      outDir: e2e ? `dist/e2e/${browser}` : `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'chrome' ? `chrome${MINIMUM_CHROME_VERSION}` : 'firefox142',
      sourcemap: false,
      chunkSizeWarningLimit: 2000,
    },
  };
});
