// Accessibility checks with axe-core (pinned in package.json), its source injected into the page:
// the popup, or an open hover card inside Parallax's shadow root (the e2e build opens it).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './driver.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Serious and critical violations in the whole page (`document`) or in Parallax's open card (`card`). */
export async function seriousViolations(page: TestPage, scope: 'document' | 'card'): Promise<AxeViolation[]> {
  await page.evaluateSource(AXE_SOURCE);
  return page.evaluate(async (where: string) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    let context: unknown = document;
    if (where === 'card') {
      const host = [...document.documentElement.children].find((e) => e.localName.startsWith('px-'));
      if (!host) throw new Error('no Parallax host in the page');
      context = { include: [[host.localName, '[data-px-card]']] };
    }
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  }, scope);
}
