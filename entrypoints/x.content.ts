import { startSite } from '@/lib/content/start-site';
import { features } from '@/lib/features';
import { xSite } from '@/lib/sites/x/adapter';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startSite(ctx, xSite, features);
  },
});
