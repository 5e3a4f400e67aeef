// Test-only: web-test-runner passes `/v1/*` on its own origin to the reference server, so a test page
// and the staff API share one origin, as the console and the API do on the server's /staff page. The
// staff session cookie (SameSite=Strict, Path=/v1/staff) and its CSRF header then work without opening
// credentialed CORS anywhere (the server's CORS stays without credentials). The staff console's tests
// (test/browser/staff-console/) set `endpoint` to `location.origin`; other tests keep calling the server
// directly.

const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-encoding', 'content-length', 'host']);

/** A koa middleware for web-test-runner's `middleware`: `/v1/*` → `${endpoint}/v1/*`. */
export function staffProxy(endpoint) {
  return async (ctx, next) => {
    if (!endpoint || !ctx.path.startsWith('/v1/')) return next();
    const headers = {};
    for (const [name, value] of Object.entries(ctx.request.headers)) {
      if (!HOP.has(name) && typeof value === 'string') headers[name] = value;
    }
    let body;
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      body = Buffer.concat(chunks);
    }
    const res = await fetch(endpoint + ctx.url, { method: ctx.method, headers, body, redirect: 'manual' });
    ctx.status = res.status;
    for (const [name, value] of res.headers) {
      if (!HOP.has(name) && name !== 'set-cookie') ctx.set(name, value);
    }
    const cookies = res.headers.getSetCookie();
    if (cookies.length) ctx.set('set-cookie', cookies);
    ctx.body = Buffer.from(await res.arrayBuffer());
  };
}
