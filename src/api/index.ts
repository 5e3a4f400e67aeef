/** The network layer of civic-widgets: one client, typed errors, the outbox and drafts. */
export * from './errors.js';
export * from './response.js';
export * from './client.js';
export * from './calls.js';
export * from './endpoint.js';
export * from './outbox.js';
export * from './drafts.js';
