// The package as a consumer sees it: its version, and every entry of its exports map resolving to a
// built file that loads. Node imports the entries through Lit's server build, which also shows the
// modules do no DOM work at import time (SSR-safe).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { VERSION } from '../../src/internal/version.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('VERSION in the code equals the package version', () => {
  assert.equal(VERSION, pkg.version);
});

test('sideEffects names only the registration files', () => {
  assert.deepEqual(pkg.sideEffects, [
    './dist/define/*.js',
    './dist/all.js',
    './dist/cdn/*.js',
    './src/define/*.ts',
    './src/all.ts',
  ]);
});

test('every entry of the exports map exists after the build', () => {
  assert.ok(existsSync('dist/index.js'), 'dist/ is missing: scripts/test.mjs builds it before the node tests');
  for (const [entry, target] of Object.entries<string | Record<string, string>>(pkg.exports)) {
    if (entry.includes('*')) continue;
    const files = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of files) assert.ok(existsSync(file), `${entry} → ${file} does not exist`);
  }
});

test('the side-effect-free index loads in Node and exports classes, events and schemas', async () => {
  // Through the package name (the exports map), not a path; a variable keeps tsc from needing dist/ to type-check.
  const specifier = 'civic-widgets';
  const index = (await import(specifier)) as Record<string, unknown>;
  for (const name of [
    'CivicIdeaForm',
    'CivicInitiativeList',
    'CivicParticipationLadder',
    'CivicVolunteerSignup',
    'CivicSubmitEvent',
    'ApiClient',
    'ApiError',
    'IdeaSubmissionSchema',
    'safeDefine',
    'VERSION',
  ]) {
    assert.ok(name in index, `civic-widgets does not export ${name}`);
  }
});

test('importing the index registers no element (side-effect free)', async () => {
  const specifier = 'civic-widgets';
  await import(specifier);
  const registry = (globalThis as { customElements?: CustomElementRegistry }).customElements;
  for (const tag of [
    'civic-idea-form',
    'civic-initiative-list',
    'civic-participation-ladder',
    'civic-volunteer-signup',
  ]) {
    assert.equal(registry?.get(tag), undefined, `${tag} was registered by the index`);
  }
});

test('each widget entry resolves', () => {
  for (const entry of [
    'idea-form.js',
    'initiative-list.js',
    'participation-ladder.js',
    'volunteer-signup.js',
    'all.js',
  ]) {
    const url = import.meta.resolve(`civic-widgets/${entry}`);
    assert.ok(existsSync(new URL(url)), `civic-widgets/${entry} resolves to ${url}, which does not exist`);
  }
});
