// The remembered articles in the popup: asked of the background only while the section is open,
// again when the count in the tab's view changes; forgetting one, a story, a site or all.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PopupMessage } from '../shared/messages.ts';
import type { RememberedList } from '../shared/remembered.ts';
import { command } from './commands.ts';

export type RememberedState = { list: RememberedList | null; error: string | null };
export type ForgetMessage = Extract<PopupMessage, { type: 'forgetRemembered' }>;

export function useRemembered(open: boolean, count: number): [RememberedState, (message: ForgetMessage) => Promise<void>] {
  const [state, setState] = useState<RememberedState>({ list: null, error: null });
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (!open) return;
    let current = true;
    void command({ type: 'listRemembered' }).then((reply) => {
      if (!current) return;
      setState(reply.ok ? { list: reply, error: null } : { list: null, error: reply.error });
    });
    return () => {
      current = false;
    };
  }, [open, count, asked]);
  const forget = useCallback(async (message: ForgetMessage) => {
    const reply = await command(message);
    if (!reply.ok) setState((s) => ({ ...s, error: reply.error }));
    setAsked((n) => n + 1);
  }, []);
  return [state, forget];
}
