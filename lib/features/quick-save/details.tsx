import { DetailsForm, type DetailsValue } from '../../../components/save-button/details-form';
import { closeOnOutsidePress, popoverPosition } from '../../content/popover';
import formCss from '../../../components/save-button/details-form.css?inline';
import { inferCompetitor } from '../../clips/competitor';
import { contentSettings, t } from '../../content/i18n';
import { createShadowUi } from '../../content/shadow-ui';
import type { Post } from '../../schema/clip';
import type { Theme } from '../../sites/types';

const WIDTH = 300;
const HEIGHT = 330;

export interface DetailsOpener {
  open(anchor: HTMLElement, post: Post | null, theme: Theme, onSubmit: (value: DetailsValue) => void): void;
  close(): void;
}

/**
 * The save-with-details form, one at a time, in its own shadow root on <body>: inside the post
 * it would be clipped by the host's overflow and moved by its transforms. Closed by Escape,
 * Cancel, a click elsewhere, or the feature stopping; focus goes back to the save button.
 */
export function createDetailsOpener(signal: AbortSignal): DetailsOpener {
  let current: AbortController | null = null;

  const close = (restoreTo?: HTMLElement) => {
    current?.abort();
    current = null;
    restoreTo?.focus();
  };

  return {
    close: () => close(),
    open(anchor, post, theme, onSubmit) {
      close();
      const stop = new AbortController();
      current = stop;
      const lifetime = AbortSignal.any([signal, stop.signal]);
      const { top, left } = popoverPosition(anchor, WIDTH, HEIGHT);
      const watchList = contentSettings.value?.watchList ?? [];
      const competitors = [...new Set(watchList.map((w) => w.competitor))].sort((a, b) => a.localeCompare(b));
      const initial: DetailsValue = { tags: [], competitor: post ? inferCompetitor(post, watchList) : null, note: '' };
      const ui = createShadowUi({ name: 'quick-save-form', css: formCss, theme, signal: lifetime, mount: (host) => document.body.append(host) });
      closeOnOutsidePress(ui.host, () => close(), lifetime);
      ui.render(
        <DetailsForm
          initial={initial}
          competitors={competitors}
          position={{ top, left }}
          labels={{ title: t('clips.form.title'), tags: t('clips.form.tags'), competitor: t('clips.form.competitor'), note: t('clips.form.note'), save: t('clips.form.save'), cancel: t('common.cancel') }}
          onClose={() => close(anchor)}
          onSubmit={(value) => {
            close(anchor);
            onSubmit(value);
          }}
        />,
      );
    },
  };
}
