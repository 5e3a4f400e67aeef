/**
 * civic-widgets: side-effect free exports. Importing this registers no element; import
 * `civic-widgets/all.js` or `civic-widgets/<widget>.js` for that.
 */
export { CivicIdeaForm } from './components/idea-form/idea-form.js';
export { CivicInitiativeList } from './components/initiative-list/initiative-list.js';
export { CivicParticipationLadder } from './components/participation-ladder/participation-ladder.js';
export { CivicVolunteerSignup } from './components/volunteer-signup/volunteer-signup.js';
// The staff console (for staff pages on the API's origin; its CDN file is dist/cdn/staff-console.js,
// apart from the residents' files, and `civic-widgets/staff-console.js` registers it).
export { CivicStaffConsole } from './components/staff-console/staff-console.js';
export { VERSION } from './internal/version.js';
export { safeDefine } from './internal/define.js';
export * from './events/index.js';
export { ApiClient, type ApiClientOptions } from './api/client.js';
export { ApiError, API_ERROR_CODES, type ApiErrorCode } from './api/errors.js';
export { ENDPOINT_META_NAME } from './api/endpoint.js';
export type { Locale } from './i18n/locale.js';
export { preloadLanguage } from './i18n/controller.js';
export * from './schema/index.js';
