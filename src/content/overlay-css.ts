// The overlay's own styles, scoped by its shadow root. `:host { all: initial }` keeps pages'
// styles (even `* { all: unset !important }`) from reaching the cards.
export const OVERLAY_CSS = `
:host {
  all: initial !important;
  position: absolute !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
  display: block !important;
}
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; }
.card {
  --bg: #ffffff; --fg: #1d232b; --muted: #5b6573; --line: #d9dee5; --accent: #1b3a63;
  --here-bg: #fde2d5; --here-fg: #7a2607; --there-bg: #d7ecff; --there-fg: #0b3f73;
  position: fixed;
  box-sizing: border-box;
  width: min(380px, calc(100vw - 16px));
  max-height: min(420px, calc(100vh - 16px));
  overflow: auto;
  padding: 12px 14px;
  border: 1px solid var(--line);
  border-radius: 10px;
  background: var(--bg);
  color: var(--fg);
  box-shadow: 0 8px 28px rgba(15, 23, 42, 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  text-align: left;
  pointer-events: auto;
  opacity: 1;
  transform: translateY(0);
  transition: opacity 120ms ease-out, transform 120ms ease-out;
}
.card[data-entering] { opacity: 0; transform: translateY(4px); }
@media (prefers-color-scheme: dark) {
  .card {
    --bg: #1c2129; --fg: #e7ebf0; --muted: #a3adba; --line: #38414d; --accent: #9cc3ff;
    --here-bg: #5a2a16; --here-fg: #ffd6c2; --there-bg: #173a5c; --there-fg: #cfe6ff;
    box-shadow: 0 8px 28px rgba(0, 0, 0, 0.5);
  }
}
@media (prefers-reduced-motion: reduce) {
  .card, .card[data-entering] { transition: none; transform: none; opacity: 1; }
}
.kind { margin: 0 0 2px; font-size: 11px; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); }
.name { margin: 0; font-size: 16px; font-weight: 650; color: var(--fg); }
.role { margin: 2px 0 0; color: var(--muted); }
.desc { margin: 8px 0 0; }
.meta { margin: 8px 0 0; color: var(--muted); font-size: 13px; }
.badge-anon { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 999px; border: 1px solid var(--line); font-size: 11px; font-weight: 600; color: var(--muted); vertical-align: 2px; }
.quote { margin: 8px 0 0; padding-left: 10px; border-left: 3px solid var(--line); }
.elsewhere { margin: 8px 0 0; }
.elsewhere h3, .more h3 { margin: 10px 0 4px; font-size: 12px; font-weight: 650; color: var(--muted); text-transform: uppercase; letter-spacing: 0.05em; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; margin-top: 8px; }
.side h3 { margin: 0 0 4px; font-size: 12px; font-weight: 650; color: var(--muted); }
.side { min-width: 0; overflow-wrap: anywhere; }
.side p { margin: 0; }
.evidence { display: inline-block; margin-top: 8px; color: var(--accent); font-size: 13px; font-weight: 600; overflow-wrap: anywhere; }
.evidence:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 2px; }
mark { border-radius: 3px; padding: 0 1px; }
mark[data-px-diff="here"] { background: var(--here-bg); color: var(--here-fg); text-decoration: line-through; text-decoration-thickness: 1px; }
mark[data-px-diff="there"] { background: var(--there-bg); color: var(--there-fg); }
.sides mark[data-px-diff="here"] { text-decoration: none; }
button {
  margin-top: 10px; padding: 4px 10px; border: 1px solid var(--line); border-radius: 6px;
  background: transparent; color: var(--accent); font: inherit; font-size: 13px; cursor: pointer;
}
button:hover { background: color-mix(in srgb, var(--accent) 10%, transparent); }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.close { position: absolute; top: 6px; right: 6px; margin: 0; padding: 0 6px; border: none; font-size: 18px; line-height: 1.4; color: var(--muted); }
.more { margin-top: 6px; border-top: 1px solid var(--line); }
.more ul { margin: 4px 0 0; padding-left: 18px; }
.more li { margin: 4px 0; }
.diff-badge {
  position: absolute; width: 16px; height: 16px; margin: 0; padding: 0;
  border-radius: 50%; border: 1.5px solid #ffffff; background: #c2410c; color: #ffffff;
  font: 700 12px/13px system-ui, sans-serif; text-align: center; pointer-events: auto; cursor: help;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.3);
}
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
