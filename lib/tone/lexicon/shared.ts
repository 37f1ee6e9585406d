// Signals that read the same in French and English.

/** Emoji of joy and love: praise when the post is not sarcastic. */
export const POSITIVE_EMOJI = ['😍', '🥰', '❤️', '❤', '🤩', '🙌', '💯', '😄', '😊', '👌', '💚', '💙', '💜', '🧡', '💛', '😁', '🥳', '😂', '🤣'];

/** Anger on its own says the person is upset ("Séance annulée 😡"). */
export const ANGRY_EMOJI = ['😡', '🤬', '😠', '😤', '👎', '💩', '🖕', '😒'];

/**
 * Sadness and disappointment ("Toujours pas de nouvelles du livreur 😞"). Crying-laughing and a
 * loudly crying face are left out: people use them for joy as often as for grief.
 */
export const SAD_EMOJI = ['😞', '😔', '☹️', '☹', '🙁', '😢', '😩', '😫', '💔', '😣', '😖', '😟'];

/** Eye-rolls and upside-down faces turn praise into irony. */
export const IRONY_EMOJI = ['🙄', '🙃', '🤡', '😑', '🫠'];

/** Applause and thumbs up, ironic when they follow a problem ("4e coupure 👏👏"). */
export const CLAP_EMOJI = ['👏', '👍', '🤌'];

/** Short words that are shouting even alone ("Ne faites PAS ça", "This is NOT a refund"). */
export const SHORT_SHOUTS = [
  'PAS', 'NON', 'OUI', 'TOUT', 'TOUS', 'RIEN', 'LIRE', 'VRAI', 'STOP', 'FAUX', 'MOI', 'VOUS', 'NOUS', 'TRÈS', 'TROP', 'DÉJÀ',
  'NOT', 'YES', 'ALL', 'NOW', 'READ', 'HELP', 'MUST', 'ONLY', 'VERY', 'DON’T', "DON'T", 'CAN’T', "CAN'T", 'WILL', 'YOUR', 'THE',
  'AND', 'YOU', 'WHY', 'HOW',
];

// Capitals that are not shouting: acronyms, agencies, units and product names CMs write in
// capitals in both languages. Words with a digit, hyphen or ampersand (5G, NW-SKY, T&C) and promo
// codes are recognised by shape and need no entry here.
export const ACRONYMS = [
  'SAV', 'RGPD', 'SNCF', 'CNIL', 'FAQ', 'FAQS', 'DLC', 'PIN', 'PDF', 'SME', 'AOP', 'AOC', 'DGCCRF', 'TVA', 'VAT', 'GDPR', 'CGV',
  'CGU', 'RIB', 'IBAN', 'BIC', 'SEPA', 'SMS', 'MMS', 'URL', 'UE', 'EU', 'USA', 'UK', 'TV', 'PC', 'MP', 'DM', 'DMS', 'ID', 'OK',
  'SIM', 'RER', 'RATP', 'TGV', 'TER', 'EDF', 'GDF', 'CAF', 'CPAM', 'URSSAF', 'SMIC', 'PME', 'TPE', 'HT', 'TTC', 'CB', 'DAB',
  'GAB', 'BNP', 'LCL', 'SFR', 'BBC', 'NHS', 'HMRC', 'FCA', 'ATM', 'API', 'USB', 'HDMI', 'LED', 'GPS', 'WIFI', 'HD', 'UHD',
  'OLED', 'LCD', 'RAM', 'SSD', 'CPU', 'GPU', 'NFC', 'QR', 'ISBN', 'JPG', 'PNG', 'CEO', 'DRH', 'RH', 'CDI', 'CDD', 'RTT', 'ETA',
  'ASAP', 'FYI', 'ADSL', 'VDSL', 'FTTH', 'THD', 'CNAM', 'MDPH', 'SAMU', 'BAC', 'IUT', 'BTS', 'HLM', 'ONU', 'OMS', 'UFC',
  'INSEE', 'UNESCO', 'NASA', 'FIFA', 'UEFA', 'PSG', 'NBA', 'NFL', 'DIY', 'TOS', 'RSVP', 'GMT', 'CET', 'UTC', 'ARCEP', 'ACPR',
  'AMF', 'SNCB', 'RTBF', 'TNT', 'VOD', 'DVD', 'CD', 'PS', 'PSN', 'XBOX', 'FPS', 'RPG', 'MMO', 'DPD', 'UPS', 'DHL', 'GLS',
  'TNT', 'IKEA', 'LIDL', 'FNAC', 'BHV', 'RSA', 'APL', 'CSE', 'CE', 'IRL', 'FR', 'EN', 'EUR', 'GBP', 'USD', 'KM', 'KG', 'CM',
  'ISO', 'NF', 'CE', 'BIO', 'AB', 'OGM', 'SUV', 'VTC', 'VTT', 'VAE', 'TGV', 'ICE', 'IATA', 'CAA', 'DVLA', 'MOT', 'NCT',
  'ISA', 'PAYE', 'APR', 'AER', 'CVV', 'CVC', 'OTP', 'VPN', 'IP', 'DNS', 'ISP', 'SSID', 'WPA', 'NW', 'PAC', 'PUK', 'IMEI',
];
