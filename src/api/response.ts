/**
 * Turns one `Response` into a typed result. Whatever arrives (an HTML error page, truncated
 * JSON, a body of the wrong shape, a problem+json error, a broken stream), the outcome is
 * `{ ok: true, data }` or `{ ok: false, error: ApiError }`; `readResponse` never throws.
 */
import type * as z from 'zod/mini';
import { FIELD_ERROR_CODES, problemSchema, type FieldError, type Problem } from '../schema/problem.js';
import { ApiError, networkErrorCode, type ApiErrorCode } from './errors.js';

/** The outcome of reading a response: the checked data, or one ApiError. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Any zod/mini schema. */
export type AnySchema = z.ZodMiniType;

/** A schema, or the function that builds it on first use (src/schema/lazy.ts). */
export type SchemaSource<S extends AnySchema> = S | (() => S);

const JSON_TYPE = /^application\/(?:problem\+)?json\s*(?:;|$)/i;

/**
 * True when an answer's `Content-Type` is `application/json` or `application/problem+json` (parameters
 * allowed): what the client reads as JSON. (The server's `isJsonRequestBody` is stricter about requests.)
 */
function isJsonOrProblemType(value: string | null): boolean {
  return value !== null && JSON_TYPE.test(value.trim());
}

/**
 * Milliseconds to wait from a `Retry-After` header (delay in seconds or an HTTP date), or
 * `undefined` when the header is absent or unreadable. Never negative.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The error code for a non-2xx status, from the status alone. */
export function codeForStatus(status: number): ApiErrorCode {
  if (status === 422) return 'validation';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status >= 400) return 'server';
  return 'invalid-response';
}

/** Field errors from a 422 body, tolerating unknown codes (they become `invalid`) and junk entries. */
function fieldErrorsOf(json: unknown): FieldError[] {
  const raw = (json as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(raw)) return [];
  const out: FieldError[] = [];
  for (const item of raw as unknown[]) {
    const { path, code } = (item ?? {}) as { path?: unknown; code?: unknown };
    if (typeof path !== 'string') continue;
    const known = (FIELD_ERROR_CODES as readonly unknown[]).includes(code);
    out.push({ path, code: known ? (code as FieldError['code']) : 'invalid' });
  }
  return out;
}

function where(res: Response): string {
  return `${res.url || 'response'} (HTTP ${res.status})`;
}

/** Short summary of zod issues for the developer console. */
function describeIssues(error: unknown): string {
  const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] })?.issues ?? [];
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/**
 * Reads and checks a response against `schema`. 2xx with a JSON body of the right shape gives
 * `ok: true`; everything else gives an ApiError whose `code` the widgets translate and whose
 * message is meant for developers. A 204/205 checks `undefined` against the schema. `source` may be the
 * function that builds the schema: it is called only once the body is there (so a request's schema is
 * built while it is on its way, not before it is sent).
 */
export async function readResponse<S extends AnySchema>(
  res: Response,
  source: SchemaSource<S>,
): Promise<ApiResult<z.output<S>>> {
  const fail = (code: ApiErrorCode, message: string, init: ConstructorParameters<typeof ApiError>[2] = {}) => ({
    ok: false as const,
    error: new ApiError(code, message, { status: res.status, ...init }),
  });

  let text: string;
  try {
    text = await res.text();
  } catch (cause) {
    // The stream broke (connection lost mid-body) or the body was already used.
    const name = (cause as { name?: string } | null)?.name;
    if (name === 'AbortError')
      return fail('aborted', `${where(res)}: reading the body was aborted`, {
        cause,
      });
    return fail(networkErrorCode(), `${where(res)}: the body could not be read`, {
      cause,
    });
  }

  const contentType = res.headers.get('content-type');
  let json: unknown;
  let parsed = false;
  if (isJsonOrProblemType(contentType)) {
    try {
      json = JSON.parse(text);
      parsed = true;
    } catch {
      /* handled below */
    }
  }

  if (res.status < 200 || res.status > 299) {
    const status = res.status;
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
    const problemResult = parsed ? problemSchema().safeParse(json) : undefined;
    const problem: Problem | undefined = problemResult?.success ? problemResult.data : undefined;
    const code = codeForStatus(status);
    const title = problem ? `: ${problem.title}${problem.detail ? ` (${problem.detail})` : ''}` : '';
    return fail(code, `${where(res)}${title}`, {
      problem,
      fieldErrors: code === 'validation' && parsed ? fieldErrorsOf(json) : [],
      retryAfterMs,
    });
  }

  if (res.status === 204 || res.status === 205) {
    json = undefined;
  } else if (!isJsonOrProblemType(contentType)) {
    return fail(
      'invalid-response',
      `${where(res)}: expected application/json, got ${contentType ?? 'no content type'}`,
    );
  } else if (!parsed) {
    return fail('invalid-response', `${where(res)}: the body is not valid JSON (${text.length} characters)`);
  }

  let check: ReturnType<S['safeParse']>;
  try {
    const schema = typeof source === 'function' ? (source as () => S)() : source;
    check = schema.safeParse(json) as ReturnType<S['safeParse']>;
  } catch (cause) {
    return fail('invalid-response', `${where(res)}: the body could not be checked`, { cause });
  }
  if (!check.success) {
    return fail(
      'invalid-response',
      `${where(res)}: the body does not match the contract: ${describeIssues(check.error)}`,
      {
        cause: check.error,
      },
    );
  }
  return { ok: true, data: check.data as z.output<S> };
}
