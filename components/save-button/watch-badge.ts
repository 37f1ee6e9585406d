// The discreet "Watched: term" badge on a post that contains one of the CM's watch terms. Text
// only: the post itself is never rewritten, and the term is set as text, never as markup.

import { svgIcon } from '../../lib/content/shadow-host';

const EYE = 'M2 12s3.5-6.5 10-6.5S22 12 22 12s-3.5 6.5-10 6.5S2 12 2 12z';
const PUPIL = 'M12 9.2a2.8 2.8 0 1 0 0 5.6 2.8 2.8 0 1 0 0-5.6z';

/** Builds the badge in `root` once; the returned function sets its text. */
export function mountWatchBadge(root: ShadowRoot): (text: string) => void {
  const badge = document.createElement('span');
  badge.className = 'cmsk-watch';
  badge.setAttribute('role', 'note');
  const label = document.createElement('span');
  label.className = 'cmsk-watch__text';
  badge.append(svgIcon(null, [EYE, PUPIL]), label);
  root.append(badge);
  return (text) => {
    if (label.textContent === text) return;
    label.textContent = text;
    badge.title = text;
  };
}
