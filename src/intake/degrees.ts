/**
 * Academic degrees in their standard written form. Releases drop or move the dots ("SIK", "S.IK",
 * "MH."); each is read back to the one form below. Pre-nominal degrees stand before the name.
 */
export const POST_NOMINAL_DEGREES = [
  'S.I.K.', 'S.H.', 'M.H.', 'S.E.', 'M.M.', 'M.Si.', 'S.Sos.', 'S.Pd.', 'M.Pd.', 'S.Kom.', 'S.T.', 'M.T.',
  'S.St.K.', 'S.Tr.K.', 'M.I.K.', 'M.Hum.', 'M.Kn.', 'S.Ag.', 'M.Ag.', 'S.Psi.', 'M.Psi.', 'S.Ked.', 'M.Kes.',
  'S.Kep.', 'S.I.P.', 'S.A.P.', 'M.A.P.', 'M.A.', 'M.Sc.', 'M.B.A.', 'Ph.D.', 'S.Farm.', 'S.Ak.', 'M.Ak.', 'M.Han.',
] as const

export const PRE_NOMINAL_DEGREES = ['Prof.', 'Drs.', 'Dra.', 'Dr.', 'Ir.'] as const

const parts = (degree: string) => degree.split('.').filter(Boolean)

/** The pattern of one degree: its parts, each optionally followed by a dot and a space. */
const patternOf = (degree: string) => parts(degree).map((part) => `${part}\\.?`).join('\\s?')

const sourceOf = (degrees: readonly string[]) =>
  `(?:${[...degrees].sort((a, b) => b.length - a.length).map(patternOf).join('|')})(?![\\p{L}'’])`

export const POST_DEGREE_SOURCE = sourceOf(POST_NOMINAL_DEGREES)
export const PRE_DEGREE_SOURCE = sourceOf(PRE_NOMINAL_DEGREES)

const undotted = (text: string) => text.replace(/[.\s]/g, '')
const BY_KEY = new Map<string, string>()
for (const degree of [...POST_NOMINAL_DEGREES, ...PRE_NOMINAL_DEGREES]) BY_KEY.set(undotted(degree).toLowerCase(), degree)

/**
 * The standard form of a degree as written, or null when the token is not one. Written without any
 * dot it must keep the standard letters' case or be all capitals ("SIK", "MSI"), so a name such as
 * "Ma" or "Se" is not taken for a degree.
 */
export const standardDegree = (written: string): string | null => {
  const bare = undotted(written)
  const degree = BY_KEY.get(bare.toLowerCase())
  if (!degree) return null
  if (!/[.]/.test(written) && bare !== undotted(degree) && bare !== bare.toUpperCase()) return null
  return degree
}

/**
 * Whether a degree is written in its standard form. A missing final dot is tolerated where the other
 * dots are there ("S.I.K, M.H"): it is usually swallowed by the comma; "SIK" or "Drs" are not standard.
 */
export const isStandardDegreeForm = (written: string): boolean => {
  const degree = standardDegree(written)
  const text = written.trim()
  return degree !== null && (text === degree || (text.slice(0, -1).includes('.') && `${text}.` === degree))
}
