import { PeopleCard, type PersonFields } from '../../../components/people-card/people-card';
import { closeOnOutsidePress, popoverPosition } from '../../content/popover';
import cardCss from '../../../components/people-card/people-card.css?inline';
import { contentLocale, t } from '../../content/i18n';
import { createShadowUi } from '../../content/shadow-ui';
import { sendMessage } from '../../messaging/client';
import type { PersonCard } from '../../protocol/people';
import type { Site } from '../../schema/common';
import type { Theme } from '../../sites/types';
import { deriveFirstName } from '../../templates/first-name';
import type { PostAuthor } from './author-of';

const WIDTH = 320;
const HEIGHT = 420;

export interface CardOpener {
  open(anchor: HTMLElement, author: PostAuthor, person: PersonCard | null, theme: Theme, fallbackFocus?: () => HTMLElement | null): void;
  close(): void;
}

/**
 * One card at a time, in its own shadow root on <body>: inside the post it would be clipped by
 * the host's overflow. Escape, × or a click elsewhere closes it (saving first); focus returns to
 * the control that opened it.
 */
export function createCardOpener(site: Site, signal: AbortSignal, onSaved: (person: PersonCard) => void): CardOpener {
  let current: AbortController | null = null;
  const close = (restoreTo?: HTMLElement, fallback?: () => HTMLElement | null) => {
    current?.abort();
    current = null;
    if (restoreTo?.isConnected) restoreTo.focus();
    else fallback?.()?.focus();
  };
  const formatDate = (iso: string) => new Intl.DateTimeFormat(contentLocale.value, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return {
    close: () => close(),
    open(anchor, author, person, theme, fallbackFocus) {
      close();
      const stop = new AbortController();
      current = stop;
      const lifetime = AbortSignal.any([signal, stop.signal]);
      const { top, left } = popoverPosition(anchor, WIDTH, HEIGHT);
      const ui = createShadowUi({ name: 'people-card', css: cardCss, theme, signal: lifetime, mount: (host) => document.body.append(host) });
      closeOnOutsidePress(ui.host, () => close(), lifetime);
      const save = async (fields: PersonFields): Promise<string | null> => {
        const result = await sendMessage('people/upsert', { site, key: author.key, displayName: author.name, ...fields });
        if (!result.ok) return result.error.message;
        onSaved(result.data);
        return null;
      };
      ui.render(
        <PeopleCard
          name={person?.displayName || author.name || author.key}
          person={person}
          suggestion={person?.suggestedSegment ?? null}
          guessedFirstName={deriveFirstName(author.name, site === 'x' ? { handle: author.key } : {})}
          position={{ top, left }}
          t={t}
          formatDate={formatDate}
          onSave={save}
          onClose={() => close(anchor, fallbackFocus)}
        />,
      );
    },
  };
}
