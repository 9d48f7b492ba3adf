// The scenarios (issues 4 and 8) that both browsers run, in order, against one browser per file.
import { annotateScenarios } from './annotate.ts';
import { evidenceAndExportScenarios } from './evidence-export.ts';
import { hostileScenarios } from './hostile.ts';
import { pageAttackScenarios } from './page-attacks.ts';
import { popupScenarios } from './popup.ts';
import type { Suite } from './suite.ts';
import { switchingScenarios } from './switching.ts';
import { trustScenarios } from './trust.ts';
import { rememberScenarios } from './remember.ts';
import { packScenarios } from './packs.ts';

export function sharedScenarios(get: () => Suite): void {
  annotateScenarios(get);
  popupScenarios(get);
  switchingScenarios(get);
  hostileScenarios(get);
  evidenceAndExportScenarios(get);
  pageAttackScenarios(get);
  trustScenarios(get);
  rememberScenarios(get);
  packScenarios(get);
}
