/**
 * The kit's one way to the network: a request to the backend under test, its answer read whole
 * (status, headers, text, JSON when it parses), and what a check says about it.
 */

/** An answer of the backend, read whole. */
export interface Answer {
  readonly method: string;
  /** Path and query as requested, e.g. `/v1/initiatives?limit=2`. */
  readonly path: string;
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed body, or `undefined` when it is not JSON. */
  readonly json: unknown;
}

export interface SendInit {
  readonly headers?: Readonly<Record<string, string>>;
  /** A string is sent as it is; anything else as JSON. */
  readonly body?: unknown;
}

/** Sends one request; throws {@link CheckFailure} when the backend cannot be reached in time. */
export type Requester = (method: string, path: string, init?: SendInit) => Promise<Answer>;

/** A check found a rule broken; the message says what and where. */
export class CheckFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckFailure';
  }
}

/** A check could not run (the backend lacks the data it needs); it neither passes nor fails. */
export class CheckSkipped extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckSkipped';
  }
}

/** `base` without a trailing slash or `/v1` (the paths carry `/v1`). */
export function normaliseBase(base: string): string {
  const url = new URL(base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`not an http(s) URL: ${base}`);
  return url.href.replace(/\/+$/, '').replace(/\/v1$/, '');
}

/** A requester for `base` (see {@link normaliseBase}) with a per-request timeout. */
export function requester(base: string, timeoutMs: number, fetchFn: typeof fetch = fetch): Requester {
  const root = normaliseBase(base);
  return async (method, path, init = {}) => {
    const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
    let body: string | undefined;
    if (init.body !== undefined) {
      body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
        headers['Content-Type'] = 'application/json';
    }
    let res: Response;
    try {
      res = await fetchFn(root + path, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      const why = e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
      throw new CheckFailure(`${method} ${path}: no answer (${why})`);
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      json = undefined;
    }
    return { method, path, status: res.status, headers: res.headers, text, json };
  };
}

/** `GET /v1/x → 404` for messages. */
export const said = (a: Answer): string => `${a.method} ${a.path} → ${a.status}`;

/** The media type of an answer, lower case, without parameters. */
export const mediaType = (a: Answer): string =>
  (a.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();

/** A comma-separated header as a set of lower-case tokens. */
export const headerTokens = (a: Answer, name: string): Set<string> =>
  new Set(
    (a.headers.get(name) ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );

/** A note for an answer that explains itself: a rate limit or an outage is not the rule's fault. */
export function hint(a: Answer): string {
  if (a.status === 429)
    return ` (rate-limited: wait ${a.headers.get('retry-after') ?? 'a while'} s, or raise the write limit on the staging backend)`;
  if (a.status >= 500) return ` (server error: ${a.text.slice(0, 200)})`;
  return '';
}
