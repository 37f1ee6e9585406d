// What the picker needs to render a template for one reply box: who is answered, by whom, for
// which brand. Read when the picker opens or a shortcut expands, never per post.

import type { PickerContext } from '../../../components/picker/picker-types';
import type { Locale } from '../../i18n';
import type { Settings } from '../../schema/settings';
import type { SiteAdapter } from '../../sites/types';
import { deriveFirstName } from '../../templates/first-name';
import { rememberedFirstNameOf } from '../people-marker/reply-author';

export function activeBrandOf(settings: Settings | null): Settings['brands'][number] | null {
  return settings?.brands.find((b) => b.id === settings.activeBrandId) ?? null;
}

export function pickerContextFor(site: SiteAdapter, box: HTMLElement, settings: Settings | null, locale: Locale): PickerContext {
  const target = site.authorOfReplyBox(box);
  const brand = activeBrandOf(settings);
  return {
    author: target
      ? { displayName: target.name || null, handle: target.handle, firstName: rememberedFirstNameOf(site, target) ?? deriveFirstName(target.name, { handle: target.handle }) }
      : null,
    brand: brand ? { id: brand.id, name: brand.name, register: brand.register, lang: brand.lang } : null,
    me: { name: settings?.myName || null },
    platform: site.site,
    // The brand speaks its own language on the page, whatever the CM's interface language.
    lang: brand?.lang ?? locale,
  };
}
