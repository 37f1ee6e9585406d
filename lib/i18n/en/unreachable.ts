// The one error text a content script carries itself: it must read well when the background
// cannot answer, before any catalogue has arrived (lib/content/i18n.ts). Every other error comes
// worded from the background.
export default {
  'error.unreachable': 'CM Sidekick is restarting. Try again in a moment.',
};
