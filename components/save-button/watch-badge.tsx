// The discreet "Watched: term" badge on a post that contains one of the CM's watch terms. Text
// only: the post itself is never rewritten.

export function WatchBadge({ text }: { text: string }) {
  return (
    <span class="cmsk-watch" role="note" title={text}>
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M2 12s3.5-6.5 10-6.5S22 12 22 12s-3.5 6.5-10 6.5S2 12 2 12z" /><circle cx="12" cy="12" r="2.8" /></svg>
      <span class="cmsk-watch__text">{text}</span>
    </span>
  );
}
