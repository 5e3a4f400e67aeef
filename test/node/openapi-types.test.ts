/**
 * What a partner's code generator makes of the OpenAPI document: `openapi-typescript` (the CLI's
 * Node API) turns the generated document into types, and `tsc --strict` checks a small file of
 * uses against them. A `join` idea without `offerId` must be a type error, `needsVolunteers: true`
 * and `limit: 20` must type-check, and the 409 shift-full body must carry `shiftIds`. A negative
 * control compiles the same file without its `@ts-expect-error` lines and expects exactly those
 * errors, so the test fails if the types become loose (every `@ts-expect-error` would then be
 * unused, itself an error) or if they refuse a correct body.
 * Run: node --import tsx --test test/node/openapi-types.test.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApi } from '../../scripts/openapi.js';
import * as ex from '../../src/schema/examples.js';

const dir = mkdtempSync(join(tmpdir(), 'civic-openapi-types-'));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

before(async () => {
  const file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(buildOpenApi(), null, 2));
  writeFileSync(join(dir, 'api.d.ts'), astToString(await openapiTS(pathToFileURL(file))));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022'],
        types: [],
        exactOptionalPropertyTypes: false,
        noUnusedLocals: false,
      },
      files: ['uses.ts'],
    }),
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Lines marked `// @ts-expect-error` in {@link USES}: the wrong uses, each of which must be refused. */
const EXPECT = '// @ts-expect-error';

const { offerId: _offerId, ...joinWithoutOffer } = ex.exampleIdeaJoin;
const { title: _title, ...createWithoutTitle } = ex.exampleIdeaCreate;

const USES = `import type { components, operations } from './api';

type IdeaBody = operations['submitIdea']['requestBody']['content']['application/json'];
type ListQuery = NonNullable<operations['listInitiatives']['parameters']['query']>;
type Signup409 = operations['signUpVolunteer']['responses'][409]['content']['application/problem+json'];

// (c) Correct bodies, one per track: accepted.
export const join: IdeaBody = ${JSON.stringify(ex.exampleIdeaJoin)};
export const create: IdeaBody = ${JSON.stringify(ex.exampleIdeaCreate)};
export const experiment: IdeaBody = ${JSON.stringify(ex.exampleIdeaExperiment)};

// (a) A join without its offerId: the server answers 422, so the types refuse it.
${EXPECT}
export const joinWithoutOffer: IdeaBody = ${JSON.stringify(joinWithoutOffer)};
// A create without its title.
${EXPECT}
export const createWithoutTitle: IdeaBody = ${JSON.stringify(createWithoutTitle)};
// An offerId on the create track.
${EXPECT}
export const createWithOffer: IdeaBody = ${JSON.stringify({ ...ex.exampleIdeaCreate, offerId: 'buurtmoestuin' })};

// (b) Typed query parameters: a boolean and integers, not strings.
export const query: ListQuery = { needsVolunteers: true, limit: 20, rung: 3 };
${EXPECT}
export const stringly: ListQuery = { needsVolunteers: 'true' };
${EXPECT}
export const noRung8: ListQuery = { rung: 8 };

// The 409 of a signup: shift-full carries shiftIds, told apart by type.
export function fullShifts(p: Signup409): string[] {
  return p.type === 'urn:civic-widgets:problem:shift-full' ? p.shiftIds : [];
}
export const validation: components['schemas']['ValidationProblem']['errors'] = [{ path: 'title', code: 'too-short' }];
`;

/** Runs tsc on `uses.ts`: its exit code and the `uses.ts(line,col): error TSxxxx` lines. */
function compile(source: string): { status: number | null; errors: { line: number; code: string }[]; out: string } {
  writeFileSync(join(dir, 'uses.ts'), source);
  const r = spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const out = r.stdout + r.stderr;
  const errors = [...out.matchAll(/uses\.ts\((\d+),\d+\): error (TS\d+)/g)].map((m) => ({
    line: Number(m[1]),
    code: m[2]!,
  }));
  return { status: r.status, errors, out };
}

test('openapi-typescript types accept correct bodies and typed queries, and refuse a join without offerId', () => {
  const r = compile(USES);
  assert.equal(r.status, 0, r.out);
  assert.deepEqual(r.errors, []);
});

test('negative control: without @ts-expect-error, exactly the wrong uses fail (TS2322/TS2741)', () => {
  const lines = USES.split('\n');
  const wrong = lines.flatMap((l, i) => (l === EXPECT ? [i + 2] : [])); // 1-based line of the use, once removed below
  assert.equal(wrong.length, 5);
  // Blank the marker lines (keeping the numbering) so each wrong use is checked for real.
  const r = compile(lines.map((l) => (l === EXPECT ? '' : l)).join('\n'));
  assert.notEqual(r.status, 0, 'the wrong uses compile: the generated types are loose');
  assert.deepEqual(
    [...new Set(r.errors.map((e) => e.line))].sort((a, b) => a - b),
    wrong,
    r.out,
  );
  for (const e of r.errors) assert.ok(['TS2322', 'TS2741', 'TS2353'].includes(e.code), `${e.code} at ${e.line}`);
  const joinLine = lines.findIndex((l) => l.startsWith('export const joinWithoutOffer')) + 1;
  assert.ok(
    r.errors.some((e) => e.line === joinLine && ['TS2322', 'TS2741'].includes(e.code)),
    `join without offerId: ${r.out}`,
  );
});
