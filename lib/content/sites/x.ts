import { features } from '../../features';
import { xSite } from '../../sites/x/adapter';
import { startSite, type ContentLifetime } from '../start-site';

/** X's features, as the module entrypoints/x.content.ts imports. */
export function start(lifetime: ContentLifetime): void {
  startSite(lifetime, xSite, features);
}
