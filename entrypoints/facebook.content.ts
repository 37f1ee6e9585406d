import { startSiteModule } from '@/lib/content/site-module';

export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  // Messenger is left alone; SPA navigation into it is handled by startSite.
  excludeMatches: ['https://www.facebook.com/messages/*'],
  runAt: 'document_idle',
  main(ctx) {
    startSiteModule(ctx, '/content-scripts/facebook-main.js');
  },
});
