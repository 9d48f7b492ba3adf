// Is Parallax on for this page? The site switches and the pause live in the background's database,
// which content scripts cannot read (nor write): the page asks, and is told when they change.
import type { Send } from './page-view.ts';

export async function isOnHere(send: Send): Promise<boolean> {
  const reply = await send({ type: 'pageSwitch' });
  return reply.ok && reply.on === true;
}
