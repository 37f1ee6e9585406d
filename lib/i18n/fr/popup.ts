import type en from '../en/popup';

export default {
  'popup.title': 'Liste du jour',
  'popup.brand': 'Marque',
  'popup.openOptions': 'Ouvrir CM Sidekick',
  'popup.empty.title': "Rien de prévu aujourd'hui",
  'popup.empty.body': 'Votre routine quotidienne et les rendez-vous du calendrier du jour seront listés ici.',
} satisfies Record<keyof typeof en, string>;
