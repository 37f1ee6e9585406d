import { features } from '../../features';
import { facebookSite } from '../../sites/facebook/adapter';
import { startSite, type ContentLifetime } from '../start-site';

/** Facebook's features, as the module entrypoints/facebook.content.ts imports. */
export function start(lifetime: ContentLifetime): void {
  startSite(lifetime, facebookSite, features);
}
