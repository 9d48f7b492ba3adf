// Content-script entry. The script may arrive twice in one page (statically, then injected when the
// site is switched on): only the first copy starts.
import { startParallax } from './controller.ts';

const STARTED = '__parallaxContentStarted';
const scope = globalThis as unknown as Record<string, unknown>;
if (!scope[STARTED]) {
  scope[STARTED] = true;
  startParallax(window);
}
