// Ties the tone panel to the page: the reply box the CM focuses gets its panel; focusing anything
// else of the host's ends it. Focus moving into our own UI (the panel, the template picker) keeps it.

import type { SiteAdapter } from '../../sites/types';
import { startToneSession, type TonePrefs } from './session';

/** Focus that went into one of our shadow roots (the panel, the picker): its path crosses a `cmsk-ui` host. */
function isOurs(event: Event): boolean {
  return event.composedPath().some((node) => (node as Node).nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'cmsk-ui');
}

export function startToneHints(site: SiteAdapter, signal: AbortSignal): void {
  const doc = document;
  const prefs: TonePrefs = { expanded: true, muted: new Set() };
  let current: { box: HTMLElement; stop: AbortController } | null = null;

  // No instanceof: in Firefox content scripts page elements are not instances of our globals.
  const isReplyBox = (el: EventTarget | null): el is HTMLElement =>
    !!el && (el as Node).nodeType === Node.ELEMENT_NODE && (el as HTMLElement).isContentEditable && site.findReplyBoxes(el as HTMLElement).includes(el as HTMLElement);

  const end = () => {
    current?.stop.abort();
    current = null;
  };
  const begin = (box: HTMLElement) => {
    if (current?.box === box) return;
    end();
    const stop = new AbortController();
    current = { box, stop };
    startToneSession({ site, box, prefs, signal: AbortSignal.any([signal, stop.signal]) });
  };

  doc.addEventListener(
    'focusin',
    (event) => {
      if (isReplyBox(event.target)) begin(event.target);
      else if (!isOurs(event)) end();
    },
    { signal },
  );
  signal.addEventListener('abort', end, { once: true });
  // A box focused before we started (the script runs at document_idle) gets its panel too.
  if (isReplyBox(doc.activeElement)) begin(doc.activeElement);
}
