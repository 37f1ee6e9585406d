// The small marker beside a post by someone the CM noted or answered, and the "Note" action
// shown on hover or focus of any other post. Both open the person's card. Plain DOM: one may
// sit on every post on screen.

export interface MarkerView {
  kind: 'marker' | 'note';
  label: string;
  title: string;
  /** The segment's initial on the marker, so the CM reads it without opening the card. */
  badge: string;
}

/** Builds the button in `root` once; the returned function redraws it. `onOpen` gets the button as the card's anchor. */
export function mountPeopleMarker(root: ShadowRoot, onOpen: (anchor: HTMLElement) => void): (view: MarkerView) => void {
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-haspopup', 'dialog');
  const text = document.createElement('span');
  button.append(text);
  button.addEventListener('click', () => onOpen(button));
  root.append(button);
  return (view) => {
    button.className = `cmsk-marker cmsk-marker--${view.kind}`;
    button.setAttribute('aria-label', view.label);
    button.title = view.title;
    if (view.kind === 'marker') text.setAttribute('aria-hidden', 'true');
    else text.removeAttribute('aria-hidden');
    text.textContent = view.kind === 'marker' ? view.badge || '●' : view.badge;
  };
}
