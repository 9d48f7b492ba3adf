// Who a mention stands for, once resolved: a listed entity, a person or organisation named in
// the article, or an anonymous source described by the text ("a senior official").

import type { Gender } from './language-pack.ts';

export interface Identity {
  /** Entity id, or `n:`/`o:`/`a:` + folded words: equal keys are one speaker. */
  key: string;
  name: string;
  id: string | null;
  anonymous: boolean;
  kind: 'person' | 'organisation' | 'group';
  /** The role the text gives ("press secretary"), when it gives one. */
  role: string | null;
  gender: Gender | null;
  /** Folded words of the roles and descriptions the article attaches to this identity. */
  roleWords: Set<string>;
}
