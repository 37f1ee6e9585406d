import { startSiteModule } from '@/lib/content/site-module';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startSiteModule(ctx, '/content-scripts/x-main.js');
  },
});
