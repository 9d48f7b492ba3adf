// The toolbar button per tab: the number of differences as a badge (none for zero), and the grey
// "off" icon where Parallax does not annotate (site switched off, paused, or never enabled).
import { browser } from '../shared/browser.ts';

const ICON_SIZES = [16, 32, 48, 128] as const;
const iconSet = (variant: 'icon' | 'icon-off') =>
  Object.fromEntries(ICON_SIZES.map((s) => [String(s), `/icons/${variant}-${s}.png`])) as Record<string, string>;

export const ON_ICONS = iconSet('icon');
export const OFF_ICONS = iconSet('icon-off');
const BADGE_COLOUR = '#c2410c';

export async function showIndicator(tabId: number, on: boolean, differences: number | null): Promise<void> {
  const text = on && differences ? (differences > 99 ? '99+' : String(differences)) : '';
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    text ? browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }) : Promise.resolve(),
    browser.action.setIcon?.({ tabId, path: on ? ON_ICONS : OFF_ICONS }),
  ]).catch(() => {
    // The tab closed meanwhile: nothing left to show.
  });
}
