/** The languages every resident-facing string exists in (the contract's LOCALES). Dutch is the default. */
import { LOCALES, type Locale } from '../schema/common.js';

export type { Locale };
export const DEFAULT_LOCALE: Locale = 'nl';

/** `fr-BE` → `fr`; anything we do not translate → null. */
export function toLocale(lang: string | null | undefined): Locale | null {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : null;
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor with `lang` (crossing shadow
 * roots), else `<html lang>`, else Dutch. An empty or unsupported `lang` is passed over.
 */
export function resolveLocale(el: Element): Locale {
  let node: Element | null = el;
  while (node) {
    const found = toLocale(node.getAttribute('lang'));
    if (found) return found;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return toLocale(document.documentElement.getAttribute('lang')) ?? DEFAULT_LOCALE;
}
