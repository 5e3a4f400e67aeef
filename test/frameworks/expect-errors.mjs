#!/usr/bin/env node
// Reads svelte-check's `--output machine` report (stdin) and checks the wrong uses: every line after
// an `expect-error` comment in the given files has an error, and no other line has one. A checker
// that reports nothing (e.g. because the element types became `any`) fails here.
//
//   svelte-check --output machine ... | node expect-errors.mjs <workspace> <file>...
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const [workspace, ...files] = process.argv.slice(2);
const report = readFileSync(0, 'utf8');
const key = (file, line) => `${relative(workspace, resolve(workspace, file))}:${line}`;

const expected = new Map();
for (const file of files) {
  readFileSync(resolve(workspace, file), 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const m = /expect-error:\s*(.*?)\s*(-->|\*\/|$)/.exec(text);
      if (m) expected.set(key(file, i + 2), m[1]);
    });
}
if (expected.size === 0) {
  console.error('expect-errors: no expect-error comment in', files.join(' '));
  process.exit(1);
}

const got = new Map();
for (const line of report.split('\n')) {
  // 1712345678901 ERROR "wrong/Wrong.svelte" 8:40 "Type '\"table\"' is not assignable ..."
  const m = /^\d+ ERROR "([^"]+)" (\d+):\d+ "(.*)"$/.exec(line);
  if (m) got.set(key(m[1], Number(m[2])), [...(got.get(key(m[1], Number(m[2]))) ?? []), m[3]]);
}

let failed = 0;
for (const [where, why] of expected) {
  if (got.has(where)) console.log(`ok   ${where} is an error (${why}): ${got.get(where)[0].slice(0, 140)}`);
  else {
    console.log(`FAIL ${where} type-checks, but it must not (${why})`);
    failed++;
  }
}
for (const [where, messages] of got) {
  if (!expected.has(where)) {
    console.log(`FAIL ${where}: an error where none is expected: ${messages.join(' | ')}`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
