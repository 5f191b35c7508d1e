/** Collection slugs: the one place each is spelled. */
export const COLLECTIONS = {
  units: 'units',
  users: 'users',
  activityTypes: 'activity-types',
  tags: 'tags',
  media: 'media',
  reports: 'reports',
  workflowEvents: 'workflow-events',
  corrections: 'corrections',
} as const

export const ROLES = ['writer', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const UNIT_LEVELS = ['national', 'regional', 'district', 'subdistrict'] as const
export type UnitLevel = (typeof UNIT_LEVELS)[number]

export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const
export type TimeZone = (typeof TIME_ZONES)[number]

/** Police ranks, low to high, spelled as the press writes them. */
export const RANKS = [
  'Bharada', 'Bharatu', 'Bharaka', 'Bripda', 'Briptu', 'Brigpol', 'Bripka', 'Aipda', 'Aiptu', 'Ipda',
  'Iptu', 'AKP', 'Kompol', 'AKBP', 'Kombes Pol', 'Brigjen Pol', 'Irjen Pol', 'Komjen Pol', 'Jenderal Pol',
] as const
