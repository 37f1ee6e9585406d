import { startSite } from '@/lib/content/start-site';
import { features } from '@/lib/features';
import { facebookSite } from '@/lib/sites/facebook/adapter';

export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  // Messenger is left alone; SPA navigation into it is handled by startSite.
  excludeMatches: ['https://www.facebook.com/messages/*'],
  runAt: 'document_idle',
  main(ctx) {
    startSite(ctx, facebookSite, features);
  },
});
