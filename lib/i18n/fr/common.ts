import type en from '../en/common';

export default {
  'app.name': 'CM Sidekick',
  'common.save': 'Enregistrer',
  'common.cancel': 'Annuler',
  'common.delete': 'Supprimer',
  'common.undo': 'Annuler la suppression',
  'common.close': 'Fermer',
  'common.edit': 'Modifier',
  'common.add': 'Ajouter',
  'common.loading': 'Chargement…',
  'common.drag': 'Glisser pour changer l’ordre',
  'common.moved': '« {label} » déplacé en position {position} sur {count}.',
} satisfies Record<keyof typeof en, string>;
