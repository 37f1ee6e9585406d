// The content scripts' lifetime (what WXT's generated entry constructs): a newer copy of the same
// script in the tab stops the older one, so a page never carries two sets of our buttons.
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../lib/content/lifetime';

describe('content script lifetime', () => {
  it('stops when a newer copy of the same script starts, and only then', () => {
    const older = new ContentScriptContext('x');
    const stopped = vi.fn();
    older.onInvalidated(stopped);
    new ContentScriptContext('facebook');
    expect(older.signal.aborted).toBe(false);

    const newer = new ContentScriptContext('x');
    expect(older.signal.aborted).toBe(true);
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(newer.signal.aborted).toBe(false);

    // The older copy, stopped, no longer listens: a third copy stops the second only.
    const third = new ContentScriptContext('x');
    expect(newer.signal.aborted).toBe(true);
    expect(third.signal.aborted).toBe(false);
    expect(stopped).toHaveBeenCalledTimes(1);
  });

  it('forgets a callback whose removal it returned', () => {
    const ctx = new ContentScriptContext('lifetime-test');
    const kept = vi.fn();
    const dropped = vi.fn();
    ctx.onInvalidated(kept);
    ctx.onInvalidated(dropped)();
    new ContentScriptContext('lifetime-test');
    expect(kept).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
  });
});
