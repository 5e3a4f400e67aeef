/**
 * The built widget files (dist/cdn/: `/widgets/*` on the demo page, `/staff/assets/*` for the staff
 * console) as a CDN would serve them:
 * - a strong ETag per file and `304 Not Modified` for a matching `If-None-Match`;
 * - compression by `Accept-Encoding` from the files scripts/build-cdn.ts writes next to each script
 *   (`x.js.br`, brotli quality 11; `x.js.gz`, gzip level 9), with `Content-Encoding` and
 *   `Vary: Accept-Encoding`; identity when the client takes neither or there is no (fresh) sibling;
 * - hashed chunks (`runtime-H4cgol6j.js`: vite's `[name]-[hash].js`) as
 *   `public, max-age=31536000, immutable`; entry files (`civic-widgets.js`, `idea-form.js`, …,
 *   `staff-console.js`), whose names webmasters put in script tags, for 5 minutes plus an hour
 *   stale-while-revalidate, so a page picks up a release within minutes;
 * - source maps (`.map`) only with SERVE_SOURCE_MAPS=1, and then announced by a `SourceMap` header
 *   on the script (the build writes no `sourceMappingURL` comment, see vite.config.ts); the
 *   precompressed siblings themselves are never served by their own name.
 * ETags are computed once per file and kept while its size and modification time stay the same.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Context } from 'hono';
import { addVary, etagOf, ifNoneMatch, notModified } from './cache.js';

export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
export const ENTRY_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

/** The encodings written at build time, best first, with the suffix of their file. */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/**
 * True for a bundler chunk whose name carries a content hash: `<name>-<8 base64url characters>.js`
 * with at least one capital or digit in the hash. Entry names are kebab-case lower-case words
 * (src/define/*.ts), so an entry is never taken for a chunk (and a rare all-lower-case hash only
 * costs that chunk the long cache life).
 */
export function isHashedChunk(file: string): boolean {
  const m = /-([A-Za-z0-9_-]{8})\.js$/.exec(basename(file));
  return m !== null && /[A-Z0-9_]/.test(m[1]!);
}

/** Encodings the client accepts (`Accept-Encoding`, q-values: `q=0` refuses; `*` stands for the rest). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const ok = new Set<string>();
  const refused = new Set<string>();
  let any = false;
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    const coding = name.trim();
    if (!coding) continue;
    if (!(weight > 0)) refused.add(coding);
    else if (coding === '*') any = true;
    else ok.add(coding === 'x-gzip' ? 'gzip' : coding);
  }
  if (any) for (const { encoding } of PRECOMPRESSED) if (!refused.has(encoding)) ok.add(encoding);
  return ok;
}

interface Variant {
  readonly file: string;
  readonly encoding: string | null;
  readonly etag: string;
}

interface Entry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly etag: string;
}

const etags = new Map<string, Entry>();
const MAX_ENTRIES = 2000;

/** The file's ETag (with `suffix` for a compressed variant), from the cache while the file is unchanged; null when absent. */
async function fileEtag(file: string, suffix: string): Promise<{ etag: string; mtimeMs: number } | null> {
  const s = await stat(file).catch(() => null);
  if (!s?.isFile()) return null;
  const hit = etags.get(file);
  if (hit && hit.mtimeMs === s.mtimeMs && hit.size === s.size) return { etag: hit.etag, mtimeMs: s.mtimeMs };
  const etag = etagOf(await readFile(file), suffix);
  if (etags.size >= MAX_ENTRIES) etags.clear();
  etags.set(file, { mtimeMs: s.mtimeMs, size: s.size, etag });
  return { etag, mtimeMs: s.mtimeMs };
}

/** The variant to send: a precompressed sibling the client accepts and that is not older than the file, else the file. */
async function chooseVariant(c: Context, file: string): Promise<Variant | null> {
  const plain = await fileEtag(file, '');
  if (!plain) return null;
  const accepted = acceptedEncodings(c.req.header('accept-encoding'));
  for (const { encoding, suffix } of PRECOMPRESSED) {
    if (!accepted.has(encoding)) continue;
    const sibling = await fileEtag(file + suffix, `-${encoding}`);
    if (sibling && sibling.mtimeMs >= plain.mtimeMs) return { file: file + suffix, encoding, etag: sibling.etag };
  }
  return { file, encoding: null, etag: plain.etag };
}

export interface StaticOptions {
  /** Content-Type of the file. */
  readonly type: string;
  /** Cache-Control; by default immutable for hashed chunks and short for everything else. */
  readonly cacheControl?: string;
  /** Announce `<file>.map` in a `SourceMap` header (source maps are served). */
  readonly sourceMap?: boolean;
  /** Extra headers (CSP on HTML). */
  readonly headers?: Record<string, string>;
}

/**
 * Answers `file` (an existing path already checked to lie inside its folder): 200 with the chosen
 * variant, or 304 when `If-None-Match` matches it; null when the file vanished meanwhile.
 */
export async function sendStatic(c: Context, file: string, options: StaticOptions): Promise<Response | null> {
  const variant = await chooseVariant(c, file);
  if (!variant) return null;
  const headers = new Headers({
    'Content-Type': options.type,
    'Cache-Control': options.cacheControl ?? (isHashedChunk(file) ? IMMUTABLE_CACHE_CONTROL : ENTRY_CACHE_CONTROL),
    ETag: variant.etag,
    ...options.headers,
  });
  addVary(headers, 'Accept-Encoding');
  if (variant.encoding) headers.set('Content-Encoding', variant.encoding);
  if (options.sourceMap && extname(file) === '.js') headers.set('SourceMap', `${basename(file)}.map`);
  const res = new Response(null, { status: 200, headers });
  if (ifNoneMatch(c.req.header('if-none-match'), variant.etag)) return notModified(res);
  const body = await readFile(variant.file).catch(() => null);
  if (!body) return null;
  return new Response(body, { status: 200, headers });
}

/** True for a path static serving must refuse by name: a precompressed sibling, or a source map unless they are served. */
export function refusedByName(rel: string, serveSourceMaps: boolean): boolean {
  if (PRECOMPRESSED.some(({ suffix }) => rel.endsWith(suffix))) return true;
  return rel.endsWith('.map') && !serveSourceMaps;
}
