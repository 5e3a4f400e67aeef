/**
 * From zod issues to the contract's field errors `{ path, code }`, with one stable mapping used by
 * the widgets (client-side validation) and the server (422 responses).
 */
import * as z from 'zod/mini';
import { FIELD_ERROR_CODES, type FieldError, type FieldErrorCode } from './problem.js';

const CODES: ReadonlySet<string> = new Set(FIELD_ERROR_CODES);
const isCode = (v: unknown): v is FieldErrorCode => typeof v === 'string' && CODES.has(v);

const isEmpty = (v: unknown): boolean => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** A zod issue, as found in `error.issues` of a failed parse. */
export type Issue = z.core.$ZodIssue;

/**
 * The field error code of one issue (for `unrecognized_keys`: of each of its keys).
 *
 * Order: a custom issue's `params.code`; `invalid_type` of a missing value → `required`;
 * an empty string that fails a length or format check → `required`;
 * a code that a check named as its message (see `code()` in common.ts); then by kind of issue.
 * Issues need their `input` (parse with `{ reportInput: true }`, as {@link validate} does);
 * without it a type error counts as a missing value.
 */
export function fieldErrorCode(issue: Issue): FieldErrorCode {
  const input: unknown = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'custom') {
    const c: unknown = issue.params?.code;
    return isCode(c) ? c : isCode(issue.message) ? issue.message : 'invalid';
  }
  if (issue.code === 'invalid_type') return input === undefined ? 'required' : 'invalid-type';
  if (input === '' && (issue.code === 'invalid_format' || issue.code === 'too_small')) return 'required';
  if (isCode(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_small':
      if ((issue.origin === 'string' || issue.origin === 'array') && isEmpty(input)) return 'required';
      return issue.origin === 'string' ? 'too-short' : 'too-small';
    case 'too_big':
      return issue.origin === 'string' ? 'too-long' : 'too-big';
    case 'invalid_format':
      switch (issue.format) {
        case 'email':
          return 'invalid-email';
        case 'url':
          return 'invalid-url';
        case 'date':
        case 'datetime':
          return 'invalid-date';
        default:
          return 'invalid';
      }
    case 'invalid_value':
      return input === undefined ? 'required' : 'invalid-choice';
    case 'invalid_union':
      return 'invalid-choice';
    case 'unrecognized_keys':
      return 'unknown-field';
    default:
      return 'invalid';
  }
}

/**
 * Maps zod issues to field errors: dotted paths (`contact.email`, `themeIds.0`), in the order of
 * the issues, at most one error per path (the first: a field shows one message), one
 * `unknown-field` per unknown key.
 */
export function toFieldErrors(issues: readonly Issue[]): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  const push = (path: readonly PropertyKey[], code: FieldErrorCode): void => {
    const p = path.map((k) => String(k)).join('.');
    if (seen.has(p)) return;
    seen.add(p);
    out.push({ path: p, code });
  };
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) push([...issue.path, k], 'unknown-field');
    } else {
      push(issue.path, fieldErrorCode(issue));
    }
  }
  return out;
}

/** Result of {@link validate}. */
export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

/**
 * Validates `value` against a contract schema. Never throws: a value zod cannot even walk
 * (a throwing getter, say) gives one field error `{ path: '', code: 'invalid' }`.
 */
export function validate<S extends z.core.$ZodType>(schema: S, value: unknown): Validation<z.output<S>> {
  try {
    const r = z.safeParse(schema, value, { reportInput: true });
    if (r.success) return { ok: true, data: r.data };
    const errors = toFieldErrors(r.error.issues);
    return { ok: false, errors: errors.length > 0 ? errors : [{ path: '', code: 'invalid' }] };
  } catch {
    return { ok: false, errors: [{ path: '', code: 'invalid' }] };
  }
}
