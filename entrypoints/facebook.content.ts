export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  excludeMatches: ['https://www.facebook.com/messages/*'],
  runAt: 'document_idle',
  main() {},
});
