import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '@/lib/state/i18n';
import { activeBrand, loadSettings, settings } from '@/lib/state/settings';
import type { MessageKey } from '@/lib/i18n';
import { Toasts } from '../ui/toast';
import { CalendarView } from './calendar-view';
import { ChecklistView } from './checklist-view';
import { ClipsView } from './clips-view';
import { PeopleView } from './people-view';
import { ActivityView } from './activity-view';
import { SettingsView } from './settings-view';
import { TemplatesView } from './templates-view';

export const VIEWS = ['templates', 'clips', 'calendar', 'checklist', 'people', 'activity', 'settings'] as const;
export type View = (typeof VIEWS)[number];

function viewFromHash(hash: string): View {
  const name = hash.replace(/^#\/?/, '').split('/')[0];
  return (VIEWS as readonly string[]).includes(name ?? '') ? (name as View) : 'templates';
}

export const currentView = signal<View>(viewFromHash(typeof location !== 'undefined' ? location.hash : ''));

const NAV_KEYS: Record<View, MessageKey> = {
  templates: 'options.nav.templates',
  clips: 'options.nav.clips',
  calendar: 'options.nav.calendar',
  checklist: 'options.nav.checklist',
  people: 'options.nav.people',
  activity: 'options.nav.activity',
  settings: 'options.nav.settings',
};

// Each view owns its file; adding one means a VIEWS entry, a NAV_KEYS label and a line here.
const VIEW_COMPONENTS: Record<View, () => preact.JSX.Element | null> = {
  templates: TemplatesView,
  clips: ClipsView,
  calendar: CalendarView,
  checklist: ChecklistView,
  people: PeopleView,
  activity: ActivityView,
  settings: SettingsView,
};

export function OptionsApp() {
  useEffect(() => {
    const onHash = () => (currentView.value = viewFromHash(location.hash));
    addEventListener('hashchange', onHash);
    // Effects run after the first paint: a hash changed before then (a link followed at once)
    // fired no event we heard, so read it again now.
    onHash();
    void loadSettings();
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const view = currentView.value;
  const ViewComponent = VIEW_COMPONENTS[view];
  const brand = activeBrand.value;
  return (
    <div class="cmsk-app">
      <header class="cmsk-header">
        <h1 class="cmsk-header__title">{t('options.title')}</h1>
        {brand && <span class="cmsk-badge">{t('options.activeBrand', { name: brand.name })}</span>}
      </header>
      <div class="cmsk-layout">
        <nav class="cmsk-nav" aria-label={t('options.nav.label')}>
          <ul>
            {VIEWS.map((v) => (
              <li key={v}>
                <a href={`#/${v}`} aria-current={v === view ? 'page' : undefined}>{t(NAV_KEYS[v])}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main class="cmsk-main" aria-label={t(NAV_KEYS[view])}>
          {settings.value === null ? (
            <p aria-busy="true">{t('common.loading')}</p>
          ) : (
            <ViewComponent />
          )}
        </main>
      </div>
      <Toasts />
    </div>
  );
}
