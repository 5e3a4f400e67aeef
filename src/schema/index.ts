/**
 * The API contract v1: zod/mini schemas and their TypeScript types, one source for the browser
 * client, the widgets and the server. (Example objects live in examples.ts, outside this index,
 * so they stay out of browser bundles.)
 */
export * from './problem.js';
export * from './common.js';
export * from './site.js';
export * from './initiative.js';
export * from './idea.js';
export * from './volunteer.js';
export * from './field-errors.js';
export * from './endpoints.js';
