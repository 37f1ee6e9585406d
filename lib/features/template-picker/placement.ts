// Where our controls go around a host reply box, found from the page's structure rather than from
// class names: X and Facebook rename those often, and the rule below holds on both.

/** What a container must not hold for our button to go right after it: the host's own controls. */
const CONTROLS = 'button, [role="button"], a[href], input, select, textarea, [contenteditable="true"], [tabindex]:not([tabindex="-1"])';
/** Enough to climb out of Draft.js's and Lexical's wrappers; a page never nests a box deeper than this in control-free boxes. */
const MAX_CLIMB = 16;

function holdsOtherControl(container: Element, box: HTMLElement): boolean {
  for (const el of container.querySelectorAll(CONTROLS)) if (el !== box && !box.contains(el)) return true;
  return false;
}

/**
 * The largest ancestor of the box that holds nothing interactive but the box: our button goes
 * right after it, so it sits under (or beside) the text area and before the host's toolbar, and
 * covers none of the host's controls. Read once per box, on its first focus.
 */
export function buttonAnchor(box: HTMLElement): Element {
  let anchor: Element = box;
  let parent = box.parentElement;
  for (let depth = 0; parent && depth < MAX_CLIMB && parent !== box.ownerDocument.body; depth++, parent = parent.parentElement) {
    if (holdsOtherControl(parent, box)) break;
    anchor = parent;
  }
  return anchor;
}

const GAP = 6;
const MARGIN = 8;
const PICKER_WIDTH = 420;
const PICKER_MAX_HEIGHT = 440;

/**
 * Places the fixed-position picker layer under the box, or above it when there is more room
 * there, within the viewport. One layout read (the box's rectangle) per call.
 */
export function placePicker(layer: HTMLElement, box: HTMLElement): void {
  const view = box.ownerDocument.defaultView;
  if (!view) return;
  const rect = box.getBoundingClientRect();
  const width = Math.min(PICKER_WIDTH, view.innerWidth * 0.92);
  const left = Math.max(MARGIN, Math.min(rect.left, view.innerWidth - width - MARGIN));
  const below = view.innerHeight - rect.bottom - GAP - MARGIN;
  const above = rect.top - GAP - MARGIN;
  const style = layer.style;
  style.left = `${Math.round(left)}px`;
  if (below >= Math.min(PICKER_MAX_HEIGHT, 320) || below >= above) {
    style.top = `${Math.round(Math.max(MARGIN, rect.bottom + GAP))}px`;
    style.bottom = 'auto';
    style.setProperty('--cmsk-picker-max-height', `${Math.round(Math.max(200, Math.min(PICKER_MAX_HEIGHT, below)))}px`);
  } else {
    style.top = 'auto';
    style.bottom = `${Math.round(view.innerHeight - rect.top + GAP)}px`;
    style.setProperty('--cmsk-picker-max-height', `${Math.round(Math.max(200, Math.min(PICKER_MAX_HEIGHT, above)))}px`);
  }
}
