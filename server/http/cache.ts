/**
 * HTTP caching of the public API: every public GET answered 200 (`/v1/site`, `/v1/initiatives`,
 * `/v1/initiatives/{id}`, `/v1/volunteer-roles`, and any public GET added later) carries a strong
 * ETag (a hash of the body) and `Cache-Control: public, max-age=30, stale-while-revalidate=300`
 * (max-age from PUBLIC_MAX_AGE_SECONDS; 0, and always for the live places of {@link LIVE_PATHS}:
 * `public, no-cache`), and answers `304 Not Modified`
 * without a body to a matching `If-None-Match`. Public answers vary by
 * Accept-Language (set by server/http/locale.ts; ensured here) and by Origin (CORS, ./cors.ts).
 *
 * Never cached (`no-store`): the staff API, writes (both also set by ./security-headers.ts), any
 * request that carries credentials or a personal token (Authorization, Cookie, X-Cancel-Token), and
 * every public GET answer other than 200 (errors, 429, 503).
 *
 * The ETag helpers are shared with the static files (./static-files.ts).
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';

/**
 * Seconds a public API answer is fresh by default (PUBLIC_MAX_AGE_SECONDS); then served stale for up
 * to {@link PUBLIC_SWR_SECONDS} while revalidated.
 */
export const PUBLIC_MAX_AGE_SECONDS = 30;
export const PUBLIC_SWR_SECONDS = 300;

/** Cache-Control of public answers fresh for `maxAge` seconds; 0: revalidated on every use. */
export const publicCacheControlFor = (maxAge: number): string =>
  maxAge > 0 ? `public, max-age=${maxAge}, stale-while-revalidate=${PUBLIC_SWR_SECONDS}` : 'public, no-cache';
export const PUBLIC_CACHE_CONTROL = publicCacheControlFor(PUBLIC_MAX_AGE_SECONDS);

/**
 * Live answers, revalidated on every use (`no-cache`: a 304 when nothing changed) instead of kept for
 * {@link PUBLIC_MAX_AGE_SECONDS}: the volunteer roles carry the places left on each shift, which every
 * signup and cancellation changes, and the widget reloads them right after one (a shift just taken, a
 * place just freed); a cached copy would show the places as they were.
 */
export const LIVE_PATHS: readonly string[] = ['/v1/volunteer-roles'];
export const LIVE_CACHE_CONTROL = 'public, no-cache';

/** The Cache-Control of a public GET answered 200 at `path`. */
export const publicCacheControl = (path: string, maxAge = PUBLIC_MAX_AGE_SECONDS): string =>
  LIVE_PATHS.some((p) => path === p || path.startsWith(`${p}/`)) ? LIVE_CACHE_CONTROL : publicCacheControlFor(maxAge);

/** A strong entity tag of these bytes: `"<base64url of the first 16 bytes of SHA-256>"`, with an optional suffix. */
export function etagOf(bytes: Uint8Array | string, suffix = ''): string {
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 22);
  return `"${hash}${suffix}"`;
}

/**
 * Whether an `If-None-Match` header matches `etag`, by weak comparison (RFC 9110 §13.1.2: `W/"x"`
 * matches `"x"`): `*`, one tag, or a comma-separated list.
 */
export function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string): string => tag.trim().replace(/^W\//i, '');
  const want = opaque(etag);
  for (const part of header.split(',')) {
    const tag = part.trim();
    if (tag === '*' || (tag !== '' && opaque(tag) === want)) return true;
  }
  return false;
}

/** A 304 for `res`: its headers (ETag, Cache-Control, Vary, CORS, …) without a body or its length and type. */
export function notModified(res: Response): Response {
  const headers = new Headers(res.headers);
  for (const h of ['content-type', 'content-length', 'content-encoding']) headers.delete(h);
  return new Response(null, { status: 304, headers });
}

/** Adds `value` to the response's Vary unless it is already named there. */
export function addVary(headers: Headers, value: string): void {
  const current = headers.get('vary');
  const named = (current ?? '').split(',').map((v) => v.trim().toLowerCase());
  if (named.includes(value.toLowerCase()) || named.includes('*')) return;
  headers.set('Vary', current ? `${current}, ${value}` : value);
}

const PERSONAL_HEADERS = ['authorization', 'cookie', 'x-cancel-token'];

/**
 * The JSON text and ETag of frozen answers already sent, by the answer object: a page the list
 * keeps (server/search/list-cache.ts) is frozen and the same object each time, so it is
 * serialised and hashed once (~0.1-0.2 ms a page of 20). Only frozen objects, which cannot change
 * after they were sent; an object no one keeps is collected with its entry.
 */
const SERIALIZED = new WeakMap<object, { text: string; etag: string }>();

/** Middleware for `/v1/*`: ETag, public Cache-Control and 304 on public GETs; no-store on the rest of GET. */
export function publicCache(maxAge = PUBLIC_MAX_AGE_SECONDS): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // HEAD is answered from the GET route, without the body, with the same headers.
    const read = c.req.method === 'GET' || c.req.method === 'HEAD';
    // The routes answer with c.json: hash the text it sends, instead of reading the body back
    // (cloning a Response and reading it cost ~0.9 ms a request; hashing the text ~20 µs).
    let jsonEtag: string | undefined;
    if (read) {
      const body = c.body as unknown as (data: string, arg?: unknown, headers?: Record<string, string>) => Response;
      c.json = ((object: unknown, arg?: unknown, headers?: HeadersInit) => {
        const frozen = typeof object === 'object' && object !== null && Object.isFrozen(object);
        const known = frozen ? SERIALIZED.get(object) : undefined;
        const text = known?.text ?? JSON.stringify(object);
        jsonEtag = known?.etag ?? etagOf(text);
        if (frozen && !known) SERIALIZED.set(object, { text, etag: jsonEtag });
        const h = new Headers(headers);
        if (!h.has('content-type')) h.set('Content-Type', 'application/json');
        return body(text, arg, Object.fromEntries(h));
      }) as unknown as typeof c.json;
    }
    await next();
    if (!read) return;
    const personal = c.req.path.startsWith('/v1/staff') || PERSONAL_HEADERS.some((h) => c.req.header(h) !== undefined);
    if (personal || c.res.status !== 200) {
      c.res.headers.set('Cache-Control', 'no-store');
      return;
    }
    const etag = jsonEtag ?? etagOf(new Uint8Array(await c.res.clone().arrayBuffer()));
    const h = c.res.headers;
    h.set('ETag', etag);
    h.set('Cache-Control', publicCacheControl(c.req.path, maxAge));
    addVary(h, 'Accept-Language');
    if (ifNoneMatch(c.req.header('if-none-match'), etag)) {
      const res = notModified(c.res);
      c.res = undefined; // or Hono copies the 200's headers (its Content-Length among them) onto the 304
      c.res = res;
    }
  };
}
