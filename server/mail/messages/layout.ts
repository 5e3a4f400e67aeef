/**
 * The shape every e-mail shares, built once from blocks so the plain-text and the HTML part say the
 * same: a heading, paragraphs, lists of facts (label: value), bullet lists and links whose address
 * is shown in full. HTML is simple and accessible: `lang` on `<html>`, one `<h1>`, real `<a>` with
 * the visible URL, no images, no layout tables, no styles a mail client would need. Every value is
 * HTML-escaped here, in one place.
 */
import type { Locale } from '../../../src/schema/index.js';

/** What an e-mail is made of, in order. */
export type Block =
  | { readonly p: string }
  | { readonly facts: readonly (readonly [label: string, value: string])[] }
  | { readonly list: readonly string[] }
  | { readonly link: { readonly label: string; readonly url: string } }
  | { readonly h2: string }
  | { readonly quote: string };

/** A message ready for the outbox. */
export interface MailContent {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** `&<>"'` as entities: safe inside element content and quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** Line breaks of a value as `<br>` in HTML (the value escaped first). */
const multiline = (s: string): string => escapeHtml(s).replace(/\r?\n/g, '<br>\n');

/** Only http(s) addresses become links; anything else is shown as text. */
const isHttp = (url: string): boolean => /^https?:\/\//i.test(url);

/** `label: value`; French puts a (non-breaking) space before the colon. */
const colon = (locale: Locale): string => (locale === 'fr' ? '\u00a0: ' : ': ');

function blockText(b: Block, locale: Locale): string {
  if ('p' in b) return b.p;
  if ('h2' in b) return `${b.h2}\n${'-'.repeat(Math.min(b.h2.length, 60))}`;
  if ('quote' in b)
    return b.quote
      .split(/\r?\n/)
      .map((l) => `> ${l}`)
      .join('\n');
  if ('facts' in b) return b.facts.map(([k, v]) => `${k}${colon(locale)}${v}`).join('\n');
  if ('list' in b) return b.list.map((l) => `- ${l}`).join('\n');
  return `${b.link.label}${colon(locale).trimEnd()}\n${b.link.url}`;
}

function blockHtml(b: Block, locale: Locale): string {
  if ('p' in b) return `<p>${multiline(b.p)}</p>`;
  if ('h2' in b) return `<h2>${escapeHtml(b.h2)}</h2>`;
  if ('quote' in b) return `<blockquote><p>${multiline(b.quote)}</p></blockquote>`;
  if ('facts' in b)
    return `<dl>\n${b.facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt>\n<dd>${multiline(v)}</dd>`).join('\n')}\n</dl>`;
  if ('list' in b) return `<ul>\n${b.list.map((l) => `<li>${multiline(l)}</li>`).join('\n')}\n</ul>`;
  const url = escapeHtml(b.link.url);
  return isHttp(b.link.url)
    ? `<p>${escapeHtml(b.link.label)}${colon(locale).trimEnd()}<br>\n<a href="${url}">${url}</a></p>`
    : `<p>${escapeHtml(b.link.label)}${colon(locale).trimEnd()}<br>\n${url}</p>`;
}

/** Renders a message: the subject is also the page title and the heading. */
export function render(locale: Locale, subject: string, blocks: readonly Block[]): MailContent {
  const text = `${subject}\n${'='.repeat(Math.min(subject.length, 60))}\n\n${blocks.map((b) => blockText(b, locale)).join('\n\n')}\n`;
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body>
<h1>${escapeHtml(subject)}</h1>
${blocks.map((b) => blockHtml(b, locale)).join('\n')}
</body>
</html>
`;
  return { subject, text, html };
}
