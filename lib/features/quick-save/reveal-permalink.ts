/**
 * Facebook writes a post's permalink into its timestamp link only when the pointer goes over it
 * (the link says href="#" until then), and without it a post has no id to save under. At click
 * time, the save button plays that hover on the post's own placeholder links, gives the page two
 * frames to fill them in, and the post is read again. Comments' links are left alone.
 */
export async function revealPermalinks(post: Element): Promise<void> {
  const links = [...post.querySelectorAll('a[href="#"], a[role="link"]:not([href])')].filter((a) => {
    const owner = a.parentElement?.closest('[role="article"]');
    return !owner || owner === post || !post.contains(owner);
  });
  for (const link of links.slice(0, 6)) {
    link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    link.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  for (const link of links.slice(0, 6)) {
    link.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true }));
    link.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  }
}
