/**
 * The participant's role on each rung of the participation ladder (Pröpper & Steenbergen, 1999), 1 (highest)
 * to 7: one name per rung, used by the ladder and by the list's filter and cards alike. Defined in
 * ./common.ts, which every widget imports, so the names land in the shared CDN runtime chunk (seven short
 * strings) rather than in the `forms` chunk the list would otherwise load for them.
 */
export { RUNG_ROLES } from './common.js';
