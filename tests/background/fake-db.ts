// The extension's IndexedDB in unit tests: fake-indexeddb, a fresh empty one per test (the worker
// modules open it anew after vi.resetModules, like a restarted worker).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';

export function freshIndexedDB(): void {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules(); // no module keeps a connection to the last test's database
}

/** The database as the background opens it (schema and migration included), for tests to look into or damage. */
export async function openParallaxDB() {
  return (await import('../../src/background/store/db.ts')).database();
}
