/**
 * Structured logs: one JSON object per line on stdout (pino), so a log shipper or `journalctl -o cat | jq`
 * reads them without parsing text. Fields: `level` (name), `time` (ISO-8601), `msg`, and what the call adds.
 *
 * What never goes in: request or response bodies, query strings, e-mail addresses or any field a resident
 * typed. Errors are logged as `err: { type, message, code, stack }` only: the driver's `detail`, `where`
 * and parameter fields (PostgreSQL puts the offending row's values there) are dropped.
 */
import { pino, type DestinationStream } from 'pino';

/** Log levels, most severe first. */
export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * A leveled logger. `extra` is an `Error` (logged as `err`), an object whose fields are added to the
 * entry (an `err` field is serialised as an error), or any other value (logged as `detail`).
 */
export interface Logger {
  error(msg: string, extra?: unknown): void;
  warn(msg: string, extra?: unknown): void;
  info(msg: string, extra?: unknown): void;
  debug(msg: string, extra?: unknown): void;
}

/** An error as a log field: what a developer needs, without the values a driver may attach. */
export function serializeError(e: unknown, depth = 0): Record<string, unknown> {
  if (!(e instanceof Error)) return { type: typeof e, message: String(e) };
  const out: Record<string, unknown> = { type: e.name, message: e.message };
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  if (e.stack) out.stack = e.stack;
  if (e.cause !== undefined && depth < 3) out.cause = serializeError(e.cause, depth + 1);
  return out;
}

const fields = (extra: unknown): Record<string, unknown> => {
  if (extra === undefined) return {};
  if (extra instanceof Error) return { err: serializeError(extra) };
  if (typeof extra === 'object' && extra !== null && !Array.isArray(extra)) {
    const o = { ...(extra as Record<string, unknown>) };
    if (o.err instanceof Error) o.err = serializeError(o.err);
    return o;
  }
  return { detail: extra };
};

/**
 * A logger that writes entries at `level` and more severe as JSON lines, synchronously, to stdout
 * (or to `destination`, e.g. a test's collector).
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const p = pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
  const at =
    (l: LogLevel) =>
    (msg: string, extra?: unknown): void => {
      if (p.isLevelEnabled(l)) p[l](fields(extra), msg);
    };
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}

/** `log` with `bindings` added to every entry (e.g. the request id). */
export function withFields(log: Logger, bindings: Record<string, unknown>): Logger {
  const at =
    (l: LogLevel) =>
    (msg: string, extra?: unknown): void =>
      log[l](msg, { ...bindings, ...fields(extra) });
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}
