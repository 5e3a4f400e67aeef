/**
 * Dutch (default): every section, for tests, docs scripts and anything that wants the whole catalog.
 * The sections live in nl/, one module per widget plus `common`; widget code imports those modules
 * directly and never this barrel (a module every widget imports lands in the shared CDN runtime, and
 * this one would put all Dutch strings on every page). test/node/i18n.test.ts checks that.
 */
export { common } from './nl/common.js';
export { ideaForm } from './nl/idea-form.js';
export { initiativeList } from './nl/initiative-list.js';
export { participationLadder } from './nl/participation-ladder.js';
export { volunteerSignup } from './nl/volunteer-signup.js';
