#!/usr/bin/env node
// Runs the tone-hint engine over a JSONL file of posts and replies.
//
//   node scripts/tone.mjs predict <file.jsonl>            one {"id","hints"} line per item
//   node scripts/tone.mjs eval <file.jsonl> [--details]   per-id precision/recall, micro P/R
//
// Each line holds post, reply, platform, brand, author and optionally lang and id; eval also needs
// expect and forbid (scored as in the labelled sets: an id in neither list is not counted).
// The engine is TypeScript: it is bundled in memory with esbuild, then imported from a cache file.

import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'cm-sidekick-tone');

const USAGE = 'usage: node scripts/tone.mjs predict <file.jsonl>\n       node scripts/tone.mjs eval <file.jsonl> [--details]';

async function loadEngine() {
  const result = await build({
    entryPoints: [join(ROOT, 'lib/tone/index.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  // Named by content: an unchanged engine reuses its file, and two runs never clobber each other.
  const file = join(CACHE, `engine-${createHash('sha1').update(code).digest('hex').slice(0, 12)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(CACHE, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, file);
    // Older builds are of no further use.
    for (const name of readdirSync(CACHE)) {
      if (name.startsWith('engine-') && name.endsWith('.mjs') && join(CACHE, name) !== file) rmSync(join(CACHE, name), { force: true });
    }
  }
  return import(pathToFileURL(file).href);
}

function describe(issues) {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : 'line'}: ${i.message}`)
    .join('; ');
}

/** Parses every line; bad lines become messages with their line number, never a stack trace. */
function readItems(path, engine, { labelled }) {
  let raw;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    return { items: [], errors: [`${path}: cannot read the file (${e.code ?? e.message})`] };
  }
  const items = [];
  const errors = [];
  raw.split(/\r?\n/).forEach((line, i) => {
    const where = `${path}:${i + 1}`;
    if (!line.trim()) return;
    let value;
    try {
      value = JSON.parse(line);
    } catch (e) {
      errors.push(`${where}: not valid JSON (${e.message})`);
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      errors.push(`${where}: expected an object`);
      return;
    }
    const { post, reply, lang, platform, brand, author } = value;
    const parsed = engine.ToneInputSchema.safeParse({ post, reply, lang, platform, brand, author });
    if (!parsed.success) {
      errors.push(`${where}: ${describe(parsed.error.issues)}`);
      return;
    }
    const id = typeof value.id === 'string' && value.id ? value.id : `line-${i + 1}`;
    if (labelled) {
      const bad = ['expect', 'forbid'].filter((k) => !Array.isArray(value[k]) || value[k].some((x) => typeof x !== 'string'));
      if (bad.length) {
        errors.push(`${where}: ${bad.join(' and ')} must be a list of hint ids`);
        return;
      }
    }
    items.push({ id, input: parsed.data, expect: value.expect ?? [], forbid: value.forbid ?? [] });
  });
  return { items, errors };
}

function predictAll(engine, items) {
  return items.map((it) => ({ id: it.id, hints: engine.analyze(it.input).map((h) => h.id) }));
}

function score(ids, items, predictions) {
  const perId = Object.fromEntries(ids.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const misses = [];
  items.forEach((it, i) => {
    const got = new Set(predictions[i].hints);
    for (const id of it.expect) {
      if (!perId[id]) continue;
      if (got.has(id)) perId[id].tp += 1;
      else {
        perId[id].fn += 1;
        misses.push(`missed: ${it.id} ${id}`);
      }
    }
    for (const id of it.forbid) {
      if (perId[id] && got.has(id)) {
        perId[id].fp += 1;
        misses.push(`false alarm: ${it.id} ${id}`);
      }
    }
  });
  const micro = { tp: 0, fp: 0, fn: 0 };
  for (const c of Object.values(perId)) {
    micro.tp += c.tp;
    micro.fp += c.fp;
    micro.fn += c.fn;
  }
  return { perId, micro, misses };
}

const ratio = (a, b) => (b ? (a / b).toFixed(2).padStart(4) : '   —');

function printTable(ids, { perId, micro }) {
  const row = (name, c) =>
    `${name.padEnd(28)}${String(c.tp).padStart(5)}${String(c.fp).padStart(5)}${String(c.fn).padStart(5)}       ${ratio(c.tp, c.tp + c.fp)}    ${ratio(c.tp, c.tp + c.fn)}`;
  console.log(`${'hint id'.padEnd(28)}   TP   FP   FN  precision  recall`);
  for (const id of ids) console.log(row(id, perId[id]));
  console.log(row('micro', micro));
}

async function main(argv) {
  const [command, file, ...rest] = argv;
  if (!['predict', 'eval'].includes(command) || !file) {
    console.error(USAGE);
    return 2;
  }
  const unknown = rest.filter((a) => a !== '--details');
  if (unknown.length) {
    console.error(`unknown option ${unknown[0]}\n${USAGE}`);
    return 2;
  }
  let engine;
  try {
    engine = await loadEngine();
  } catch (e) {
    console.error(`cannot build lib/tone: ${e.message}`);
    return 1;
  }
  const { items, errors } = readItems(file, engine, { labelled: command === 'eval' });
  for (const e of errors) console.error(e);
  const predictions = predictAll(engine, items);
  if (command === 'predict') {
    for (const p of predictions) console.log(JSON.stringify(p));
  } else {
    const result = score(engine.HINT_IDS, items, predictions);
    printTable(engine.HINT_IDS, result);
    console.log(`\n${items.length} items scored${errors.length ? `, ${errors.length} lines skipped` : ''}.`);
    if (rest.includes('--details')) for (const m of result.misses) console.log(m);
  }
  return errors.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
