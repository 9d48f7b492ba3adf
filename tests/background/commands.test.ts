// The keyboard commands: declared in the manifest (so the reader can rebind or clear them in the
// browser's shortcut settings, and a page that uses the same keys gets them back), handled in the
// background, and sent to the tab as a step.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installFakeExtras, type FakeExtras } from './fake-extension.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));

type CommandListener = (command: string, tab?: { id?: number }) => void;
let extras: FakeExtras;
let commandListeners: CommandListener[];

/** The browser firing a command, as `commands.onCommand` does. */
const fire = (command: string, tab?: { id?: number }) => commandListeners.forEach((l) => l(command, tab));

beforeEach(() => {
  fakeBrowser.reset();
  extras = installFakeExtras();
  extras.tabReply = () => ({ ok: true, stepped: true });
  commandListeners = [];
  // @webext-core/fake-browser leaves commands.onCommand unimplemented.
  (fakeBrowser as unknown as { commands: unknown }).commands = {
    onCommand: { addListener: (l: CommandListener) => commandListeners.push(l), removeListener: () => undefined, hasListener: () => false },
  };
  vi.resetModules();
});

describe('the manifest', () => {
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../manifest.json'), 'utf8')) as {
    commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>;
  };
  it.each([
    ['next-annotation', 'Alt+Shift+N'],
    ['previous-annotation', 'Alt+Shift+P'],
  ])('declares the %s command, suggested as %s', (name, key) => {
    expect(manifest.commands?.[name]?.suggested_key?.default).toBe(key);
    expect(manifest.commands?.[name]?.description).toBeTruthy();
  });
});

describe('the background', () => {
  it('listens for the commands as soon as it starts, and sends the step to the tab they were pressed in', async () => {
    await import('../../src/background/index.ts');
    expect(commandListeners).toHaveLength(1);
    fire('next-annotation', { id: 7 });
    fire('previous-annotation', { id: 7 });
    await vi.waitFor(() => expect(extras.tabMessages).toHaveLength(2));
    expect(extras.tabMessages).toEqual([
      { tabId: 7, message: { type: 'step', direction: 1 } },
      { tabId: 7, message: { type: 'step', direction: -1 } },
    ]);
  });

  it('falls back to the active tab when the browser names none, and ignores other commands', async () => {
    const { onCommand } = await import('../../src/background/commands.ts');
    const { id: windowId } = (await fakeBrowser.windows.create({ focused: true }))!;
    const tab = await fakeBrowser.tabs.create({ windowId, url: 'https://www.herald.example/news/a', active: true });
    await onCommand('next-annotation');
    await onCommand('_execute_action', { id: tab.id });
    expect(extras.tabMessages).toEqual([{ tabId: tab.id, message: { type: 'step', direction: 1 } }]);
  });

  it('survives a tab without Parallax (nothing answers)', async () => {
    extras.tabReply = () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    const { onCommand } = await import('../../src/background/commands.ts');
    await expect(onCommand('next-annotation', { id: 3 })).resolves.toBeUndefined();
  });
});
