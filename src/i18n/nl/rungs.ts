/**
 * The participant's role on each rung of the participation ladder (Pröpper & Steenbergen, 1999), 1 (highest)
 * to 7: one name per rung, used by the ladder and by the list's filter and cards alike. A module
 * of its own, so neither widget's bundle carries the other's strings.
 */
export const RUNG_ROLES = [
  'initiatiefnemer',
  'samenwerkingspartner',
  'medebeslisser',
  'adviseur (open)',
  'adviseur of gesprekspartner (gesloten)',
  'toeschouwer, krijgt informatie',
  'geen rol',
] as const;
