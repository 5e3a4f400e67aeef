/**
 * JSON request bodies: the right media type (415 otherwise), an Idempotency-Key where required
 * (400), a size limit checked on Content-Length and again while reading (413), UTF-8 and JSON
 * that parse, nested at most {@link MAX_JSON_DEPTH} levels (400 malformed). The parsed value is in `c.get('body')`; the handler validates it.
 */
import type { MiddlewareHandler } from 'hono';
import { HEADERS, IdempotencyKeySchema, PROBLEM_TYPES, validate } from '../../src/schema/index.js';
import type { AppEnv } from '../context.js';
import { HttpProblem } from './problem.js';

export interface BodyOptions {
  readonly limit: number;
  /** The body may be absent (DELETE with the token in a header). */
  readonly optional?: boolean;
  /** The request must carry a UUID v4 `Idempotency-Key`. */
  readonly idempotencyKey?: boolean;
}

const tooLarge = (limit: number) =>
  new HttpProblem(413, PROBLEM_TYPES.tooLarge, undefined, { detail: `The body may be at most ${limit} bytes.` });
const malformed = (detail: string) => new HttpProblem(400, PROBLEM_TYPES.malformed, undefined, { detail });

/** True when a request body's `Content-Type` is `application/json` or `application/*+json`, with no charset or UTF-8. */
export function isJsonRequestBody(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';').map((s) => s.trim().toLowerCase());
  if (type !== 'application/json' && !/^application\/[a-z0-9.!#$&^_-]+\+json$/.test(type ?? '')) return false;
  for (const p of params) {
    const [k, v] = p.split('=').map((s) => s.trim().replace(/^"|"$/g, ''));
    if (k === 'charset' && v !== 'utf-8' && v !== 'utf8') return false;
  }
  return true;
}

/** Deepest nesting of arrays and objects accepted in a body (the contract needs 4 or so). */
export const MAX_JSON_DEPTH = 64;

/**
 * The deepest nesting of `[` and `{` in JSON text, counted in one pass (no recursion, so any
 * depth is measured safely); brackets inside strings do not count. For text that is not JSON the
 * number is meaningless, which is fine: such text is rejected anyway.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c /* \\ */) i++;
      else if (ch === 0x22 /* " */) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b /* [ */ || ch === 0x7b /* { */) {
      if (++depth > max) max = depth;
    } else if (ch === 0x5d /* ] */ || ch === 0x7d /* } */) depth--;
  }
  return max;
}

/** Reads at most `limit` bytes of the request body; throws 413 beyond. */
export async function readLimited(req: Request, limit: number): Promise<Uint8Array> {
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The body middleware. */
export function jsonBody(opts: BodyOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ct = c.req.header('content-type');
    const declared = c.req.header('content-length');
    if (opts.optional && !ct) {
      const bytes = await readLimited(c.req.raw, opts.limit);
      if (bytes.byteLength > 0) throw new HttpProblem(415, PROBLEM_TYPES.unsupportedMediaType);
      c.set('body', undefined);
      return next();
    }
    if (!isJsonRequestBody(ct)) throw new HttpProblem(415, PROBLEM_TYPES.unsupportedMediaType);
    if (opts.idempotencyKey) {
      const key = c.req.header(HEADERS.idempotencyKey);
      if (key === undefined || !validate(IdempotencyKeySchema, key).ok) {
        throw new HttpProblem(
          400,
          PROBLEM_TYPES.idempotencyKeyMissing,
          'Send an Idempotency-Key header with a UUID v4.',
        );
      }
    }
    if (declared !== undefined && (!/^\d+$/.test(declared) || Number(declared) > opts.limit)) {
      if (/^\d+$/.test(declared)) throw tooLarge(opts.limit);
      throw malformed('Content-Length is not a number.');
    }
    const bytes = await readLimited(c.req.raw, opts.limit);
    if (opts.optional && bytes.byteLength === 0) {
      c.set('body', undefined);
      return next();
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw malformed('The body is not valid UTF-8.');
    }
    // Deeper values would overflow the stack of recursive code after parsing (the canonical JSON
    // of the idempotency hash, validation): refuse them here.
    if (jsonDepth(text) > MAX_JSON_DEPTH)
      throw malformed(`The JSON is nested more than ${MAX_JSON_DEPTH} levels deep.`);
    try {
      c.set('body', JSON.parse(text) as unknown);
    } catch {
      throw malformed('The body is not valid JSON.');
    }
    return next();
  };
}
