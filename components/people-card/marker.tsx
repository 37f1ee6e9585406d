// The small marker beside a post by someone the CM noted or answered, and the "Note" action
// shown on hover or focus of any other post. Both open the person's card.

export interface MarkerProps {
  kind: 'marker' | 'note';
  label: string;
  title: string;
  /** The segment's initial on the marker, so the CM reads it without opening the card. */
  badge: string;
  onOpen(anchor: HTMLElement): void;
}

export function PeopleMarker({ kind, label, title, badge, onOpen }: MarkerProps) {
  return (
    <button
      type="button"
      class={`cmsk-marker cmsk-marker--${kind}`}
      aria-label={label}
      aria-haspopup="dialog"
      title={title}
      onClick={(event) => onOpen(event.currentTarget)}
    >
      {kind === 'marker' ? <span aria-hidden="true">{badge || '●'}</span> : <span>{badge}</span>}
    </button>
  );
}
