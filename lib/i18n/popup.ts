import enItems from './en/checklist-items';
import enCommon from './en/common';
import enErrors from './en/errors';
import enPopup from './en/popup';
import frItems from './fr/checklist-items';
import frCommon from './fr/common';
import frErrors from './fr/errors';
import frPopup from './fr/popup';
import { registerCatalog } from './runtime';

// The popup opens many times a day and must paint at once: it registers only the strings it
// shows, in both languages (the CM's choice arrives with the list), not the whole product's
// ~75 kB. tests/unit/popup-bundle.test.ts fails when the popup uses a key left out here.
export const popupCatalogs = {
  en: { ...enCommon, ...enErrors, ...enPopup, ...enItems },
  fr: { ...frCommon, ...frErrors, ...frPopup, ...frItems },
};

registerCatalog('en', popupCatalogs.en);
registerCatalog('fr', popupCatalogs.fr);
