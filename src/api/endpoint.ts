/**
 * Where a widget finds its backend: its own `endpoint` (property or attribute), else one page-wide default
 *
 *   <meta name="civic-widgets-endpoint" content="https://participatie.example.be/api">
 *
 * (a meta tag, so a page with a strict Content-Security-Policy needs no inline script).
 */
import { ApiError } from './errors.js';

/** The `name` of the page-wide default `<meta>`. */
export const ENDPOINT_META_NAME = 'civic-widgets-endpoint';

const warned = new WeakSet<Element>();

/**
 * Checks one endpoint value and returns it absolute, without trailing slash, or `null` when it
 * is not an absolute `http(s)` URL or a path starting with a single `/` (resolved against `base`).
 * Query strings, fragments and user names in the URL are refused.
 */
export function normalizeEndpoint(value: string | null | undefined, base: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (!/^https?:\/\//i.test(text) && !/^\/(?!\/)/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) return null;
  if (text.includes('?') || text.includes('#')) return null;
  return url.href.replace(/\/+$/, '');
}

/** An element with an `endpoint` property (a framework may set it as a property, never as an attribute). */
type WithEndpoint = Element & { endpoint?: string | null };

/** The element's document; none on a server (Lit SSR renders without a page, so without its `<meta>`). */
function pageOf(el: Element): Document | undefined {
  return (el.ownerDocument as Document | null | undefined) ?? undefined;
}

/** What `el` was given: its `endpoint` property, else its attribute, else the page-wide `<meta>`. */
function given(el: WithEndpoint): { raw: string | null | undefined; from: 'endpoint' | 'meta' } {
  const own = el.endpoint ?? el.getAttribute('endpoint');
  if (own != null) return { raw: own, from: 'endpoint' };
  const meta = pageOf(el)?.querySelector(`meta[name="${ENDPOINT_META_NAME}"]`)?.getAttribute('content');
  return { raw: meta, from: 'meta' };
}

/** The endpoint of `el` as {@link resolveEndpoint} finds it, or `null`; says nothing in the console. */
export function currentEndpoint(el: WithEndpoint): string | null {
  return normalizeEndpoint(given(el).raw, pageOf(el)?.baseURI);
}

/**
 * The endpoint of `el`: its `endpoint` property or attribute, else `<meta name="civic-widgets-endpoint">`.
 * Missing or invalid gives ApiError('misconfigured'), with one console.error per element that
 * tells the webmaster what to set.
 */
export function resolveEndpoint(el: WithEndpoint): string | ApiError {
  const { raw, from } = given(el);
  const endpoint = normalizeEndpoint(raw, pageOf(el)?.baseURI);
  if (endpoint) return endpoint;
  const tag = el.localName;
  const found =
    raw == null
      ? 'No endpoint is set.'
      : `The ${from === 'endpoint' ? 'endpoint property or attribute' : `<meta name="${ENDPOINT_META_NAME}">`} is "${raw}", which is not an absolute http(s) URL or a path starting with "/" (no query string or fragment).`;
  const message =
    `<${tag}> cannot reach its backend. ${found} ` +
    `Set it on the element: <${tag} endpoint="https://participatie.example.be/api"></${tag}> ` +
    `or once for every widget on the page, in <head>: <meta name="${ENDPOINT_META_NAME}" content="https://participatie.example.be/api">`;
  if (!warned.has(el)) {
    warned.add(el);
    console.error(`civic-widgets: ${message}`);
  }
  return new ApiError('misconfigured', message);
}
