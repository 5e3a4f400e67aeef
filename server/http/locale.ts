/**
 * The language of returned content, from Accept-Language (RFC 9110 q-values): the best of nl, fr,
 * en by primary subtag; Dutch when nothing matches or when `*` (any language) comes first. Answers name it in Content-Language.
 */
import type { Context } from 'hono';
import { HEADERS, LOCALES, type Locale } from '../../src/schema/index.js';

export function negotiateLocale(header: string | undefined, fallback: Locale = 'nl'): Locale {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      // The parameter name is case-insensitive (RFC 9110 §12.4.2: `Q=0.5` is `q=0.5`).
      const q = params.map((p) => p.trim()).find((p) => /^q\s*=/i.test(p));
      const weight = q ? Number(q.slice(q.indexOf('=') + 1).trim()) : 1;
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0, i };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i);
  for (const r of ranked) {
    if (r.lang === '*') return fallback; // any language: ours by default
    if ((LOCALES as readonly string[]).includes(r.lang)) return r.lang as Locale;
  }
  return fallback;
}

/** The request's locale, with Content-Language and Vary set on the answer. */
export function useLocale(c: Context): Locale {
  const locale = negotiateLocale(c.req.header(HEADERS.acceptLanguage));
  c.header(HEADERS.contentLanguage, locale);
  c.header('Vary', 'Accept-Language', { append: true });
  return locale;
}
