/**
 * The stored form of a profile: one Redis hash per user, so an X-Ray update writes the X-Ray alone and a load of the
 * X-Ray reads it alone. `version` grows with every write (compare-and-set for updates); `kundaliKey` names the data
 * key that sealed the kundali ('' for plain JSON), so an X-Ray update knows whether the kundali must be re-sealed
 * without reading it.
 */
export const PROFILE_FIELDS = {
  kundali: 'kundali',
  xray: 'xray',
  version: 'version',
  kundaliKey: 'kundaliKey',
} as const;
