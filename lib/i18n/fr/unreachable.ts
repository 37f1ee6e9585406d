import type en from '../en/unreachable';

export default {
  'error.unreachable': 'CM Sidekick redémarre. Réessayez dans un instant.',
} satisfies Record<keyof typeof en, string>;
