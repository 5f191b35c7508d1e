/**
 * Academic degrees in their standard written form. Releases drop or move the dots ("SIK", "S.IK",
 * "MH."); each is read back to the one form below. Pre-nominal degrees stand before the name.
 */
export const POST_NOMINAL_DEGREES = [
  'S.I.K.', 'S.H.', 'M.H.', 'S.E.', 'M.M.', 'M.Si.', 'S.Sos.', 'S.Pd.', 'M.Pd.', 'S.Kom.', 'S.T.', 'M.T.',
  'S.St.K.', 'S.Tr.K.', 'M.I.K.', 'M.Hum.', 'M.Kn.', 'S.Ag.', 'M.Ag.', 'S.Psi.', 'M.Psi.', 'S.Ked.', 'M.Kes.',
  'S.Kep.', 'S.I.P.', 'S.A.P.', 'M.A.P.', 'M.A.', 'M.Sc.', 'M.B.A.', 'Ph.D.', 'S.Farm.', 'S.Ak.', 'M.Ak.', 'M.Han.',
  'M.Kom.', 'S.I.Kom.', 'M.I.Kom.', 'S.Th.', 'M.Th.', 'S.Hut.', 'S.Pt.', 'S.Kes.', 'M.Sos.',
  'M.E.', 'S.S.', 'S.P.', 'S.Si.',
  // A physician's specialties, written after "dr." ("dr. Hendra, Sp.PD").
  'Sp.PD.', 'Sp.B.', 'Sp.OG.', 'Sp.A.', 'Sp.An.', 'Sp.F.', 'Sp.KF.', 'Sp.JP.', 'Sp.KJ.', 'Sp.THT.', 'Sp.Rad.', 'Sp.OT.', 'Sp.M.', 'Sp.S.',
] as const

/** "dr." (a physician) is not "Dr." (a doctorate): the case tells them apart, as releases write them. */
export const PRE_NOMINAL_DEGREES = ['Prof.', 'Drs.', 'Dra.', 'Dr.', 'dr.', 'Ir.'] as const

const parts = (degree: string) => degree.split('.').filter(Boolean)

/** The pattern of one degree: its parts, each optionally followed by a dot and a space. */
const patternOf = (degree: string) => parts(degree).map((part) => `${part}\\.?`).join('\\s?')

const sourceOf = (degrees: readonly string[]) =>
  `(?:${[...degrees].sort((a, b) => b.length - a.length).map(patternOf).join('|')})(?![\\p{L}'’])`

export const POST_DEGREE_SOURCE = sourceOf(POST_NOMINAL_DEGREES)
export const PRE_DEGREE_SOURCE = sourceOf(PRE_NOMINAL_DEGREES)

const undotted = (text: string) => text.replace(/[.\s]/g, '')
const BY_KEY = new Map<string, string>()
for (const degree of [...POST_NOMINAL_DEGREES, ...PRE_NOMINAL_DEGREES]) if (degree !== 'dr.') BY_KEY.set(undotted(degree).toLowerCase(), degree)

/**
 * The standard form of a degree as written, or null when the token is not one. Dots, spaces and
 * case may differ ("S.I.K", "S. I. K.", "s.i.k.", "M.si"); written without any dot it must keep the
 * standard letters' case or be all capitals ("SIK", "MSI"), so a name such as "Ma" or "Se" is not
 * taken for a degree.
 */
export const standardDegree = (written: string): string | null => {
  const bare = undotted(written)
  if (/^dr$/.test(bare)) return 'dr.'
  const degree = BY_KEY.get(bare.toLowerCase())
  if (!degree) return null
  if (!/[.]/.test(written) && bare !== undotted(degree) && bare !== bare.toUpperCase()) return null
  return degree
}

/** A degree as written at the start of a text, after a comma or spaces, and its standard form. */
export type WrittenDegree = { written: string; standard: string; length: number }

// After a comma, spaces, or the last one's dot with no space ("S.H.MH").
const POST_AT = new RegExp(`^(?:\\s*,?\\s*|\\.)(${POST_DEGREE_SOURCE})`, 'iu')
const PRE_AT = new RegExp(`^\\s*(${PRE_DEGREE_SOURCE})\\s*,?`, 'iu')

const degreeAt = (pattern: RegExp, text: string): WrittenDegree | null => {
  const match = pattern.exec(text)
  const written = (match?.[1] ?? '').trim()
  const standard = match ? standardDegree(written) : null
  return match && standard ? { written, standard, length: match[0].length } : null
}

/** The post-nominal degree at the start of a text (", S.I.K", " SIK", " s.i.k.,"), in any written form. */
export const postDegreeAt = (text: string): WrittenDegree | null => degreeAt(POST_AT, text)

/** The pre-nominal degree at the start of a text ("Drs ", "Dr. ", "dr. "), with the comma after it. */
export const preDegreeAt = (text: string): WrittenDegree | null => degreeAt(PRE_AT, text)

/**
 * Whether a degree is written in its standard form. A missing final dot is tolerated where the other
 * dots are there ("S.I.K, M.H"): it is usually swallowed by the comma; "SIK" or "Drs" are not standard.
 */
export const isStandardDegreeForm = (written: string): boolean => {
  const degree = standardDegree(written)
  const text = written.trim()
  return degree !== null && (text === degree || (text.slice(0, -1).includes('.') && `${text}.` === degree))
}
