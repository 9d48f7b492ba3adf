// The popup only reads state and sends commands; these are its typed senders.
import { browser } from '../shared/browser.ts';
import type { PopupMessage, Replies } from '../shared/messages.ts';

export function command<M extends PopupMessage>(message: M): Promise<Replies[M['type']]> {
  return (browser.runtime.sendMessage(message) as Promise<Replies[M['type']]>).catch((error: unknown) => ({
    ok: false as const,
    error: error instanceof Error ? error.message : String(error),
  })) as Promise<Replies[M['type']]>;
}
