// Compile-time flags set by vite.config.ts (`define`); tests see the production values.
declare const __PX_E2E__: boolean | undefined;

/** The e2e flavour opens the shadow root so that real-browser tests can read cards. */
export const E2E_BUILD: boolean = typeof __PX_E2E__ !== 'undefined' && __PX_E2E__;
