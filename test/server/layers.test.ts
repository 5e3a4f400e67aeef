/**
 * The server's layers, read from its import lines: no import cycle among server/ modules, and the
 * lower layers do not reach up (db and services know nothing of HTTP: no hono, no server/http,
 * server/routes or the app; domain errors are mapped to problems in one place).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SERVER = resolve(dirname(fileURLToPath(import.meta.url)), '../../server');

/** Every .ts module under server/ (not its build output or dependencies), as paths relative to it. */
function modules(dir = SERVER): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name === 'dist') return [];
    const p = join(dir, e.name);
    if (e.isDirectory()) return modules(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [relative(SERVER, p)] : [];
  });
}

/** What a module imports (`import … from`, `export … from`, `import('…')`), type-only imports included. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SERVER, file), 'utf8');
  return [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g),
  ].map((m) => (m[1] ?? m[2])!);
}

/** The server module an import names, or null for a package or a file outside server/. */
function target(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const rel = relative(SERVER, resolve(SERVER, dirname(from), spec)).replace(/\.js$/, '.ts');
  return rel.startsWith('..') ? null : rel;
}

const graph = new Map(modules().map((f) => [f, importsOf(f).flatMap((s) => target(f, s) ?? [])] as const));

/** Every cycle, as the chain of modules that closes it (depth-first search, each cycle found once per entry). */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (m: string): void => {
    state.set(m, 'open');
    stack.push(m);
    for (const n of graph.get(m) ?? []) {
      if (state.get(n) === 'open') found.push([...stack.slice(stack.indexOf(n)), n]);
      else if (!state.has(n)) visit(n);
    }
    stack.pop();
    state.set(m, 'done');
  };
  for (const m of graph.keys()) if (!state.has(m)) visit(m);
  return found;
}

test('the import graph is read: server/app.ts imports the routes, a route imports a service', () => {
  assert.ok(graph.get('app.ts')?.includes('routes/ideas.ts'));
  assert.ok(graph.get('routes/ideas.ts')?.includes('services/ideas.ts'));
  assert.ok(graph.get('routes/ideas.ts')?.includes('context.ts'), 'type-only imports count');
});

test('no import cycle among server/ modules', () => {
  assert.deepEqual(
    cycles().map((c) => c.join(' -> ')),
    [],
  );
});

test('db and services import nothing of HTTP (hono, server/http, server/routes, the app, the context)', () => {
  const bad = [...graph.keys()]
    .filter((f) => f.startsWith('db/') || f.startsWith('services/') || f === 'errors.ts')
    .flatMap((f) =>
      importsOf(f)
        .filter((s) => /^hono(\/|$)/.test(s) || /^(http|routes)\/|^(app|context)\.ts$/.test(target(f, s) ?? ''))
        .map((s) => `${f} imports ${s}`),
    );
  assert.deepEqual(bad, []);
});
