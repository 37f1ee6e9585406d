import { describe, expect, it } from 'vitest';
import { deriveFirstName } from '../../../lib/templates/first-name';

describe('deriveFirstName', () => {
  it.each([
    ['Camille Durand 🌿', 'Camille'],
    ['Jean-Pierre Martin', 'Jean-Pierre'],
    ['Léa', 'Léa'],
    ['Ève Mercier', 'Ève'],
    ['Zoé (elle)', 'Zoé'],
    ['Camille | CM chez Acme', 'Camille'],
    ['Camille - Paris', 'Camille'],
    ['Sarah O’Connor', 'Sarah'],
    ['Jo Smith', 'Jo'],
    ['Priya 🇮🇳✨', 'Priya'],
    ['👩🏽‍💻 Aïcha Benali', 'Aïcha'],
    ['𝐂𝐚𝐦𝐢𝐥𝐥𝐞 𝐃𝐮𝐫𝐚𝐧𝐝', 'Camille'],
    ['France Gall', 'France'],
    ['DeShawn Jones', 'DeShawn'],
  ])('%s → %s', (displayName, expected) => {
    expect(deriveFirstName(displayName)).toBe(expected);
  });

  it.each([
    ['camille durand', 'Camille'],
    ['jean-pierre', 'Jean-Pierre'],
    ['JEAN MARTIN', 'Jean'],
    ['élodie', 'Élodie'],
  ])('capitalises %s sensibly', (displayName, expected) => {
    expect(deriveFirstName(displayName)).toBe(expected);
  });

  it.each([
    ['Dr. Jane Smith', 'Jane'],
    ['Mme Sophie Martin', 'Sophie'],
    ['M. Jean Dupont', 'Jean'],
    ['Me Laurent Petit', 'Laurent'],
    ['Mrs Emma Brown', 'Emma'],
  ])('strips the title in %s', (displayName, expected) => {
    expect(deriveFirstName(displayName)).toBe(expected);
  });

  it.each(['M. Dupont', 'Dr Martin', 'Mr Bean', 'Mme'])('a title with a surname alone gives nothing: %s', (displayName) => {
    expect(deriveFirstName(displayName)).toBeNull();
  });

  it.each(['J. Martin', 'J.-P. Dupont', 'J-P Dupont', 'JP Martin', 'J.P.', 'C'])('initials give nothing: %s', (displayName) => {
    expect(deriveFirstName(displayName)).toBeNull();
  });

  it.each([
    'Acme France',
    'SNCF',
    'SNCF Connect',
    'La Poste Officiel',
    'Le Monde',
    'The Guardian',
    "L'Oréal Paris",
    'Decathlon Official',
    'Acme Support',
    'Service Client Acme',
    'Team Acme',
    'Acme Inc',
    'Acme SAS',
    'Boulangerie Martin',
    'Acme.fr',
    'Marie92',
    'Studio 54',
  ])('pages and brands give nothing: %s', (displayName) => {
    expect(deriveFirstName(displayName)).toBeNull();
  });

  it('never uses a handle', () => {
    expect(deriveFirstName('@camille')).toBeNull();
    expect(deriveFirstName('camille_d', { handle: '@camille_d' })).toBeNull();
    expect(deriveFirstName('Camille', { handle: 'camille' })).toBeNull();
    expect(deriveFirstName('Camille Durand', { handle: 'camille' })).toBe('Camille');
  });

  it('gives nothing for names whose given name is not first, or empty input', () => {
    expect(deriveFirstName('山田 太郎')).toBeNull();
    expect(deriveFirstName('de Gaulle')).toBeNull();
    expect(deriveFirstName('🌿✨')).toBeNull();
    expect(deriveFirstName('')).toBeNull();
    expect(deriveFirstName(null)).toBeNull();
  });
});
