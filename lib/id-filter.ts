/**
 * Which ids a store holds, as a Bloom filter a content script keeps: saved posts (clips) and
 * people the CM knows. While X recycles cells, every frame brings posts and authors the tab has
 * not seen; asking the background about each batch cost a message every 150 ms of scrolling, and
 * a message costs the tab about a millisecond of script. With the filter, an id it rules out is
 * settled at once and costs nothing; only the few it lets through (held, or ~1% false positives)
 * are asked about. The background builds it from the store's keys on each request.
 */

/** ~0.8% false positives at 7 probes per id (10 bits each). */
const BITS_PER_ID = 10;
const PROBES = 7;
/** Room enough for a library of millions; bigger means a corrupted answer. */
export const MAX_FILTER_BITS = 1 << 26;

/** As sent in a message: JSON carries no typed arrays, so the bits travel as base64. */
export interface IdFilterWire {
  bits: number;
  probes: number;
  data: string;
}

export interface IdFilter {
  readonly size: number;
  readonly probes: number;
  readonly words: Uint8Array;
}

/** Two independent 32-bit hashes of the id (FNV-1a and a Murmur-style mix); probes are h1 + i·h2. */
function hashes(id: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // An odd step visits distinct bits for every probe when the size is a power of two or odd.
  return [a >>> 0, (b | 1) >>> 0];
}

function probe(filter: IdFilter, id: string, visit: (byte: number, mask: number) => boolean): boolean {
  const [h1, h2] = hashes(id);
  for (let i = 0; i < filter.probes; i++) {
    const bit = (h1 + i * h2) % filter.size;
    if (!visit(bit >>> 3, 1 << (bit & 7))) return false;
  }
  return true;
}

export function createFilter(count: number): IdFilter {
  const size = Math.min(MAX_FILTER_BITS, Math.max(64, Math.ceil((count * BITS_PER_ID) / 8) * 8));
  return { size, probes: PROBES, words: new Uint8Array(size / 8) };
}

export function addToFilter(filter: IdFilter, id: string): void {
  probe(filter, id, (byte, mask) => {
    filter.words[byte]! |= mask;
    return true;
  });
}

/** False: the store certainly does not hold the id. True: it may (ask the background). */
export function mayHold(filter: IdFilter, id: string): boolean {
  return probe(filter, id, (byte, mask) => (filter.words[byte]! & mask) !== 0);
}

export function filterOf(ids: readonly string[]): IdFilter {
  const filter = createFilter(ids.length);
  for (const id of ids) addToFilter(filter, id);
  return filter;
}

export function encodeFilter(filter: IdFilter): IdFilterWire {
  let binary = '';
  // In slices: String.fromCharCode takes its bytes as arguments, and arguments are bounded.
  for (let i = 0; i < filter.words.length; i += 0x8000) binary += String.fromCharCode(...filter.words.subarray(i, i + 0x8000));
  return { bits: filter.size, probes: filter.probes, data: btoa(binary) };
}

/** Null for anything that is not a filter this module made: the caller then asks about every id. */
export function decodeFilter(wire: unknown): IdFilter | null {
  if (!wire || typeof wire !== 'object') return null;
  const { bits, probes, data } = wire as Partial<IdFilterWire>;
  if (!Number.isInteger(bits) || bits! < 64 || bits! > MAX_FILTER_BITS || bits! % 8 !== 0) return null;
  if (!Number.isInteger(probes) || probes! < 1 || probes! > 16 || typeof data !== 'string') return null;
  let binary: string;
  try {
    binary = atob(data);
  } catch {
    return null;
  }
  if (binary.length !== bits! / 8) return null;
  const words = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) words[i] = binary.charCodeAt(i);
  return { size: bits!, probes: probes!, words };
}
