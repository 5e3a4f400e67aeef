/**
 * The staff API (`/v1/staff/*`) of contract v1: what municipal staff and their integrations send
 * and receive. Not used by the resident widgets (residents' personal data leaves the server only
 * through these answers); the staff console and the reference server use it. Built from the
 * contract's building blocks (src/schema) so the same rules (ids, URLs, dates, trimmed text) hold.
 */
export * from './moderation.js';
export * from './audit.js';
export * from './personal-data.js';
export * from './site.js';
export * from './accounts.js';
export * from './mail.js';
