// The one place that imports webextension-polyfill: every context gets the promise-based
// `browser` namespace from here (tests replace this module with a fake).
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Storage, Scripting, Permissions } from 'webextension-polyfill';
