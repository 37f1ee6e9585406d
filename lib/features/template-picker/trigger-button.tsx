// The small button placed after a host reply box. It keeps the box focused when clicked (so the
// caret stays where the CM left it) and only asks the controller to open the picker.

import type { Site } from '../../schema';

type Props = {
  platform: Site;
  label: string;
  expanded: boolean;
  /** A short notice after an insertion the host's editor refused. */
  note: string | null;
  onOpen: () => void;
};

export function TriggerButton({ platform, label, expanded, note, onOpen }: Props) {
  return (
    <div class="cmsk-tpl" data-platform={platform}>
      <p class="cmsk-tpl__note" role="status" hidden={!note}>
        {note ?? ''}
      </p>
      <button
        type="button"
        class="cmsk-tpl__button"
        aria-label={label}
        title={label}
        aria-haspopup="dialog"
        aria-expanded={expanded ? 'true' : 'false'}
        // No focus change on click: the editor keeps its selection, which is where the reply goes.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onOpen}
        // X reads bare letters typed outside an input as its own shortcuts: ours stay with us.
        onKeyDown={(event) => event.stopPropagation()}
      >
        <svg class="cmsk-tpl__icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M4 5h16v11H9l-5 4z" />
          <path d="M8 9h8M8 12.5h5" />
        </svg>
      </button>
    </div>
  );
}
