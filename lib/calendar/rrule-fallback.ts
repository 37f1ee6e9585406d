// rrule runs the rules fast-rule.ts does not cover (BYSETPOS, BYHOUR, HOURLY…). It iterates in
// floating time: wall-clock components passed as UTC dates and no tzid, because rrule's tzid
// path converts through the browser's own zone and shifts occurrences around DST.
import { RRule } from 'rrule';
import type { WallWindow } from './fast-rule';
import type { ParsedRule } from './rule';

// Parsed RRule objects per rule + start + until: building one re-parses the string each time.
// noCache on the RRule itself, as ranges vary and its result cache would only grow.
const rules = new Map<string, RRule>();

function ruleFor(rule: ParsedRule, startWall: number, untilWall: number | null): RRule {
  const key = `${rule.source}|${startWall}|${untilWall ?? ''}`;
  let r = rules.get(key);
  if (!r) {
    const options = RRule.parseString(rule.source);
    options.dtstart = new Date(startWall);
    options.tzid = null;
    options.until = untilWall === null ? null : new Date(untilWall);
    r = new RRule(options, true);
    if (rules.size > 1_000) rules.clear();
    rules.set(key, r);
  }
  return r;
}

export function expandWithRrule(rule: ParsedRule, startWall: number, w: WallWindow): number[] {
  const r = ruleFor(rule, startWall, w.untilWall);
  const dates = r.between(new Date(w.fromWall), new Date(w.toWall), true, (_d, len) => len < w.limit);
  return dates.map((d) => d.getTime());
}
