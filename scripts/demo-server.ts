// A tiny dependency-free static server for the demo news site (tests/e2e/demo-site/) and the
// speed benchmark. Listens on 127.0.0.1 (a random port by default) and, on the same port, on
// ::1 when the machine has it, so `http://localhost:PORT/` serves the same files: the e2e build
// enables 127.0.0.1 by default but not localhost (the "site not enabled" test host).
//
// Run directly (`tsx scripts/demo-server.ts [--port N] [--root DIR]`) it prints the URLs and
// serves until interrupted.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { fillSeedMarkers } from './demo-seed-pages.ts';

export const DEMO_SITE_ROOT = resolve(import.meta.dirname, '../tests/e2e/demo-site');

/** The demo pages the tests and `npm start` use, relative to the site root. */
export const DEMO_PAGES = {
  /** Outlet 1: the seed's first article (Blinken, Pakistan, Ramstein): the first demo article. */
  blinkenHerald: '/indus-herald/world/us-pakistan-same-page-taliban.html',
  /** Outlet 1: the seed's second article (Ahmad Wali Massoud in Geneva). */
  massoudHerald: '/indus-herald/world/massoud-fighters-can-return-anytime.html',
  /** Outlet 2: the machine-translated AFP version of the Blinken story (seed 003). */
  blinkenCourier: '/rhein-courier/international/blinken-taliban-must-earn-legitimacy.html',
  /** Outlet 3: our own rewrite of the Blinken story (not in the corpus). */
  blinkenMeridian: '/meridian-dispatch/2021/09/08/blinken-ramstein-allies-taliban.html',
  /** Outlet 1's "World" section front: not an article. */
  sectionFront: '/indus-herald/world/',
  /** A story not in the corpus, outlet A (our own text): the ferry strike on Lake Orlen ends. */
  ferryLedger: '/lakeside-ledger/region/ferry-crews-end-strike.html',
  /** The same story, outlet B: a different commuter count, Marta Vinter quoted in other words. */
  ferryObserver: '/northgate-observer/news/lake-orlen-ferries-sail-again.html',
  /** The hostile page: payloads in quotes and names, 50,000 nodes, rewrites, `all: unset`. */
  hostile: '/clickstorm/news/taliban-talks-live.html',
  /** The page that attacks Parallax itself (host, highlights, events, keys); attacks chosen by ?attack=. */
  gatecrash: '/gatecrash/news/us-pakistan-taliban-legitimacy.html',
} as const;

export interface DemoServer {
  /** `http://127.0.0.1:PORT` (enabled by default in the e2e build). */
  origin: string;
  /** `http://localhost:PORT` (listed in the e2e build but not enabled by default). */
  localhostOrigin: string;
  port: number;
  url(path: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  root?: string;
  port?: number;
  /** Maps a request path to a file path under root, or null for 404 (default: the path itself). */
  resolvePath?: (urlPath: string) => string | null;
  /** Pages held in memory (path -> HTML), served before any file. */
  extraRoutes?: Record<string, string>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function fileFor(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return null;
  if (existsSync(full) && statSync(full).isDirectory()) return join(full, 'index.html');
  return full;
}

function handler(root: string, resolvePath: ServeOptions['resolvePath'], extra: Record<string, string>) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    const page = extra[urlPath];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(fillSeedMarkers(page));
      return;
    }
    const file = resolvePath ? resolvePath(urlPath) : fileFor(root, urlPath);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    const gz = file.endsWith('.gz');
    const type = TYPES[extname(gz ? file.slice(0, -3) : file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
      ...(gz ? { 'content-encoding': 'gzip' } : {}),
    });
    if (req.method === 'HEAD') res.end();
    else if (type === TYPES['.html'] && !gz) res.end(fillSeedMarkers(readFileSync(file, 'utf8')));
    else createReadStream(file).pipe(res);
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok((server.address() as AddressInfo).port);
    });
  });
}

/** Serves `root` on 127.0.0.1 (and ::1 on the same port when available). */
export async function startDemoServer(options: ServeOptions = {}): Promise<DemoServer> {
  const root = resolve(options.root ?? DEMO_SITE_ROOT);
  const handle = handler(root, options.resolvePath, options.extraRoutes ?? {});
  const v4 = createServer(handle);
  const port = await listen(v4, options.port ?? 0, '127.0.0.1');
  // `localhost` may resolve to ::1 first; serve there too so both browsers reach it.
  let v6: Server | null = createServer(handle);
  try {
    await listen(v6, port, '::1');
  } catch {
    v6 = null;
  }
  const servers = [v4, v6].filter((s): s is Server => s !== null);
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    localhostOrigin: `http://localhost:${port}`,
    port,
    url: (path) => origin + path,
    close: () =>
      Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((ok) => {
              s.closeAllConnections();
              s.close(() => ok());
            }),
        ),
      ).then(() => undefined),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const server = await startDemoServer({
    port: Number(value('--port') ?? 0),
    root: value('--root') ?? DEMO_SITE_ROOT,
  });
  console.log(`Demo site: ${server.origin}/ (also ${server.localhostOrigin}/, not enabled by default)`);
  for (const [name, path] of Object.entries(DEMO_PAGES)) console.log(`  ${name.padEnd(16)} ${server.url(path)}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
