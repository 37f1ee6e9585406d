// RFC 5545 text layer: content lines, folding, TEXT escaping, durations, date-time values.
import { DAY_MS, daysFromCivil, daysInMonth } from './civil';

export interface ContentLine {
  name: string;
  /** Parameter names upper-cased; values unquoted, comma lists split. */
  params: Record<string, string[]>;
  value: string;
  /** 1-based physical line where the (unfolded) line starts, for error messages. */
  line: number;
}

export interface RawLine {
  text: string;
  line: number;
}

/** Splits on any line ending and joins folded lines (a leading space or tab continues a line). */
export function unfold(text: string): RawLine[] {
  const out: RawLine[] = [];
  const physical = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < physical.length; i++) {
    const l = physical[i]!;
    const last = out[out.length - 1];
    if ((l.startsWith(' ') || l.startsWith('\t')) && last) last.text += l.slice(1);
    else out.push({ text: l, line: i + 1 });
  }
  return out.filter((l) => l.text.trim().length > 0);
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds to 75 octets a line (RFC 5545 §3.1), never inside a UTF-8 sequence; joins with CRLF. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\n|\r/g, '\\n');
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN:])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits a TEXT list on commas that are not escaped, then unescapes each item. */
export function splitTextList(value: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) {
      current += c + value[i + 1]!;
      i++;
    } else if (c === ',') {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out.map(unescapeText);
}

/** NAME;PARAM=a,"b:c";X=y:value — quoted parameter values may hold ":" ";" ",". */
export function parseContentLine(raw: RawLine): ContentLine | null {
  const s = raw.text;
  let i = 0;
  while (i < s.length && s[i] !== ';' && s[i] !== ':') i++;
  const name = s.slice(0, i).toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return null;
  const params: Record<string, string[]> = {};
  while (s[i] === ';') {
    const eq = s.indexOf('=', i);
    if (eq < 0) return null;
    const key = s.slice(i + 1, eq).toUpperCase();
    if (!/^[A-Z0-9-]+$/.test(key)) return null;
    i = eq + 1;
    const values: string[] = [];
    for (;;) {
      if (s[i] === '"') {
        const close = s.indexOf('"', i + 1);
        if (close < 0) return null;
        values.push(s.slice(i + 1, close));
        i = close + 1;
      } else {
        let j = i;
        while (j < s.length && s[j] !== ',' && s[j] !== ';' && s[j] !== ':') j++;
        values.push(s.slice(i, j));
        i = j;
      }
      if (s[i] !== ',') break;
      i++;
    }
    params[key] = values;
  }
  if (s[i] !== ':') return null;
  return { name, params, value: s.slice(i + 1), line: raw.line };
}

/** Signed seconds of an RFC 5545 duration: "PT15M", "-PT15M", "P1D", "-P0DT0H30M0S", "P2W". */
export function parseDuration(value: string): number | null {
  const m = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value.trim());
  if (!m || value.trim().endsWith('T') || m.slice(2).every((g) => g === undefined)) return null;
  const [w, d, h, mi, s] = m.slice(2).map((g) => Number(g ?? 0)) as [number, number, number, number, number];
  const total = (((w * 7 + d) * 24 + h) * 60 + mi) * 60 + s;
  return m[1] === '-' ? -total : total;
}

export function formatDuration(minutes: number): string {
  if (minutes === 0) return 'PT0M';
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const time = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
  return `P${d ? `${d}D` : ''}${time ? `T${time}` : ''}`;
}

export type IcsDateValue =
  | { kind: 'date'; wallMs: number }
  | { kind: 'floating'; wallMs: number }
  | { kind: 'utc'; ms: number };

/** "20261207", "20261207T093000" or "20261207T083000Z"; null when the value or a component is impossible. */
export function parseDateValue(value: string): IcsDateValue | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  const days = daysFromCivil(y, mo, d);
  if (m[4] === undefined) return { kind: 'date', wallMs: days * DAY_MS };
  const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (h > 23 || mi > 59 || s > 60) return null;
  const ms = days * DAY_MS + ((h * 60 + mi) * 60 + Math.min(s, 59)) * 1000;
  return m[7] === 'Z' ? { kind: 'utc', ms } : { kind: 'floating', wallMs: ms };
}

/** "2026-12-07T09:30" → "20261207T093000"; "2026-12-07" → "20261207". */
export function localToBasic(local: string): string {
  const date = local.slice(0, 10).replace(/-/g, '');
  if (local.length <= 10) return date;
  const time = local.slice(11).replace(/:/g, '');
  return `${date}T${time.padEnd(6, '0')}`;
}

/** An instant as "YYYYMMDDTHHMMSSZ". */
export function utcBasic(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}
