export default {
  'popup.title': "Today's checklist",
  'popup.brand': 'Brand',
  'popup.openOptions': 'Open CM Sidekick',
  'popup.empty.title': 'Nothing planned for today',
  'popup.empty.body': 'Your daily routine and today\'s calendar rendez-vous will be listed here.',
} as const;
