// TZID values seen in exported calendars, mapped to IANA zones. Google and Apple write IANA
// names; Outlook writes Windows names ("Romance Standard Time") or display labels
// ("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"); Thunderbird may prefix
// "/mozilla.org/20050126_1/". We never read VTIMEZONE rules: Intl knows the real ones.
import { isValidTimeZone } from './zone';

// From CLDR's windowsZones.xml (territory "001"), the zones our users' contacts are likely in,
// with every zone of France and the French-speaking world first.
const WINDOWS_ZONES: Record<string, string> = {
  'romance standard time': 'Europe/Paris',
  'w. europe standard time': 'Europe/Berlin',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'morocco standard time': 'Africa/Casablanca',
  'w. central africa standard time': 'Africa/Lagos',
  'mauritius standard time': 'Indian/Mauritius',
  'sa western standard time': 'America/La_Paz',
  'sa eastern standard time': 'America/Cayenne',
  'eastern standard time': 'America/New_York',
  'atlantic standard time': 'America/Halifax',
  'newfoundland standard time': 'America/St_Johns',
  'hawaiian standard time': 'Pacific/Honolulu',
  'central pacific standard time': 'Pacific/Guadalcanal',
  'utc': 'UTC',
  'coordinated universal time': 'UTC',
  'e. europe standard time': 'Europe/Chisinau',
  'fle standard time': 'Europe/Kiev',
  'gtb standard time': 'Europe/Bucharest',
  'russian standard time': 'Europe/Moscow',
  'turkey standard time': 'Europe/Istanbul',
  'israel standard time': 'Asia/Jerusalem',
  'egypt standard time': 'Africa/Cairo',
  'south africa standard time': 'Africa/Johannesburg',
  'arabian standard time': 'Asia/Dubai',
  'india standard time': 'Asia/Kolkata',
  'china standard time': 'Asia/Shanghai',
  'tokyo standard time': 'Asia/Tokyo',
  'korea standard time': 'Asia/Seoul',
  'singapore standard time': 'Asia/Singapore',
  'aus eastern standard time': 'Australia/Sydney',
  'new zealand standard time': 'Pacific/Auckland',
  'alaskan standard time': 'America/Anchorage',
  'pacific standard time': 'America/Los_Angeles',
  'mountain standard time': 'America/Denver',
  'us mountain standard time': 'America/Phoenix',
  'central standard time': 'America/Chicago',
  'canada central standard time': 'America/Regina',
  'central standard time (mexico)': 'America/Mexico_City',
  'sa pacific standard time': 'America/Bogota',
  'e. south america standard time': 'America/Sao_Paulo',
  'argentina standard time': 'America/Buenos_Aires',
  'pacific sa standard time': 'America/Santiago',
};

const REGIONS = ['Europe', 'America', 'Africa', 'Asia', 'Australia', 'Pacific', 'Atlantic', 'Indian'];

function fromCities(label: string): string | null {
  // "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris": try each city as a zone name.
  const close = label.indexOf(')');
  const cities = (close >= 0 ? label.slice(close + 1) : label).split(/,| and | et /);
  for (const raw of cities) {
    const city = raw.trim().replace(/\s+/g, '_');
    if (!/^[A-Za-z_]{3,}$/.test(city)) continue;
    for (const region of REGIONS) {
      const zone = `${region}/${city}`;
      if (isValidTimeZone(zone)) return zone;
    }
  }
  return null;
}

/** The IANA zone a TZID names, or null when we cannot tell (the caller falls back and warns). */
export function resolveTzid(tzid: string): string | null {
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (name.length === 0 || name.length > 200) return null;
  const windows = WINDOWS_ZONES[name.toLowerCase()];
  if (windows && isValidTimeZone(windows)) return windows;
  if (!name.startsWith('/') && isValidTimeZone(name)) return name;
  const segments = name.split('/').filter((s) => s.length > 0);
  for (let take = Math.min(3, segments.length); take >= 2; take--) {
    const zone = segments.slice(-take).join('/');
    if (isValidTimeZone(zone)) return zone;
  }
  return name.startsWith('(') ? fromCities(name) : null;
}
