// The person a reply box answers, for the picker: whom a template use is recorded for, and the
// first name the CM remembered for them.

import { personId, personKey } from '../../people/person-key';
import type { ReplyTarget, SiteAdapter } from '../../sites/types';
import { rememberedFirstName } from './known-people';

export interface ReplyAuthor {
  site: SiteAdapter['site'];
  key: string;
  name: string;
}

export function replyAuthorOf(site: SiteAdapter, target: ReplyTarget | null): ReplyAuthor | undefined {
  if (!target) return undefined;
  const key = personKey(site.site, site.site === 'x' ? target.handle : target.profileUrl);
  return key ? { site: site.site, key, name: target.name.slice(0, 500) } : undefined;
}

/** The first name the CM set on this person's card, if this tab has seen them. */
export function rememberedFirstNameOf(site: SiteAdapter, target: ReplyTarget | null): string | null {
  const author = replyAuthorOf(site, target);
  return author ? rememberedFirstName(personId(author.site, author.key)) : null;
}
