/**
 * MOCK backend, for Storybook and for the browser tests of states a real server cannot easily
 * produce (a hang, garbage, offline). It replaces `window.fetch` for requests to MOCK_ENDPOINT only;
 * everything else goes to the real fetch. End-to-end tests use the real reference server instead.
 */
export const MOCK_ENDPOINT = 'https://mock.civic.test';

export type MockRoute = (request: Request, url: URL) => Response | Promise<Response>;
export type MockRoutes = Record<string, MockRoute>;

const realFetch = globalThis.fetch.bind(globalThis);
let routes: MockRoutes = {};
/** Routes of one story each (see {@link mockEndpoint}), by the first path segment after `/story/`. */
const scoped = new Map<string, MockRoutes>();
let installed = false;

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}

/** A response that never comes (until the request is aborted). */
export function hang(request: Request): Promise<Response> {
  return new Promise((_, reject) => {
    request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
}

/** The network is down. */
export function offline(): Promise<Response> {
  return Promise.reject(new TypeError('Failed to fetch'));
}

/** Answers after `ms`. */
export function delayed(ms: number, make: () => Response): MockRoute {
  return (request) =>
    new Promise((resolve, reject) => {
      const t = setTimeout(() => resolve(make()), ms);
      request.signal.addEventListener('abort', () => {
        clearTimeout(t);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
}

/**
 * Routes requests to MOCK_ENDPOINT by "METHOD /path" (e.g. `GET /v1/site`). An unrouted request
 * answers 404 problem+json. Returns a function that removes the mock.
 */
export function mockBackend(next: MockRoutes): () => void {
  routes = next;
  install();
  return () => {
    routes = {};
    globalThis.fetch = realFetch;
    installed = false;
  };
}

/**
 * A MOCK backend of its own for one story: returns the endpoint to give the widget
 * (`${MOCK_ENDPOINT}/story/<scope>`), whose requests only `next` answers. Several stories on one
 * Docs page then each keep their own answers (with {@link mockBackend} the last one would win).
 * Registering the same scope again replaces its routes.
 */
export function mockEndpoint(scope: string, next: MockRoutes): string {
  const key = encodeURIComponent(scope);
  scoped.set(key, next);
  install();
  return `${MOCK_ENDPOINT}/story/${key}`;
}

function install(): void {
  if (installed) return;
  installed = true;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== MOCK_ENDPOINT) return realFetch(input, init);
    let table = routes;
    let path = url.pathname;
    const story = /^\/story\/([^/]+)(\/.*)$/.exec(path);
    if (story) {
      table = scoped.get(story[1]!) ?? {};
      path = story[2]!;
    }
    const route = table[`${request.method} ${path}`];
    if (!route) return json({ type: 'urn:civic-widgets:problem:not-found', title: 'Not found', status: 404 }, 404);
    return route(request, url);
  };
}
