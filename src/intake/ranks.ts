import { RANKS } from '@/constants/collections'

export type Rank = (typeof RANKS)[number]

/**
 * Every way releases write each rank, the standard (press) form first. Long official forms
 * ("Brigadir Jenderal Polisi") and common slips ("Kombes" without "Pol", "Brigjend") all map to
 * the one form of RANKS. Bare "Komisaris" and "Inspektur" are left out: too often a company's
 * commissioner or an inspectorate.
 */
export const RANK_FORMS: Record<Rank, string[]> = {
  Bharada: ['Bharada', 'Bhayangkara Dua'],
  Bharatu: ['Bharatu', 'Bhayangkara Satu'],
  Bharaka: ['Bharaka', 'Bhayangkara Kepala'],
  Bripda: ['Bripda', 'Brigadir Polisi Dua', 'Brigadir Dua'],
  Briptu: ['Briptu', 'Brigadir Polisi Satu', 'Brigadir Satu'],
  Brigpol: ['Brigpol', 'Brigadir Polisi', 'Brigadir'],
  Bripka: ['Bripka', 'Brigadir Polisi Kepala', 'Brigadir Kepala'],
  Aipda: ['Aipda', 'Ajun Inspektur Polisi Dua', 'Ajun Inspektur Dua'],
  Aiptu: ['Aiptu', 'Ajun Inspektur Polisi Satu', 'Ajun Inspektur Satu'],
  Ipda: ['Ipda', 'Inspektur Polisi Dua', 'Inspektur Dua'],
  Iptu: ['Iptu', 'Inspektur Polisi Satu', 'Inspektur Satu'],
  AKP: ['AKP', 'Ajun Komisaris Polisi', 'Ajun Komisaris'],
  Kompol: ['Kompol', 'Komisaris Polisi'],
  AKBP: ['AKBP', 'Ajun Komisaris Besar Polisi', 'Ajun Komisaris Besar'],
  'Kombes Pol': ['Kombes Pol', 'Kombespol', 'Kombes Polisi', 'Kombes', 'KBP', 'Komisaris Besar Polisi', 'Komisaris Besar'],
  'Brigjen Pol': ['Brigjen Pol', 'Brigjenpol', 'Brigjen Polisi', 'Brigjend Pol', 'Brigjend', 'Brigjen', 'Brigadir Jenderal Polisi', 'Brigadir Jendral Polisi', 'Brigadir Jenderal', 'Brigadir Jendral'],
  'Irjen Pol': ['Irjen Pol', 'Irjenpol', 'Irjen Polisi', 'Irjend', 'Irjen', 'Inspektur Jenderal Polisi', 'Inspektur Jendral Polisi', 'Inspektur Jenderal'],
  'Komjen Pol': ['Komjen Pol', 'Komjenpol', 'Komjen Polisi', 'Komjend', 'Komjen', 'Komisaris Jenderal Polisi', 'Komisaris Jendral Polisi', 'Komisaris Jenderal'],
  'Jenderal Pol': ['Jenderal Pol', 'Jenderal Polisi', 'Jendral Polisi', 'Jend Pol', 'Jenderal'],
}

const FORM_TO_RANK = new Map<string, Rank>()
for (const rank of RANKS) for (const form of RANK_FORMS[rank]) FORM_TO_RANK.set(squash(form), rank)

function squash(text: string): string {
  return text.toLowerCase().replace(/[.\s]+/g, '')
}

/** One alternation of every form, longest first, each word allowing a trailing dot ("Kombes. Pol."). */
const alternation = RANKS.flatMap((rank) => RANK_FORMS[rank])
  .sort((a, b) => b.length - a.length)
  .map((form) => form.split(' ').map((word) => `${word}\\.?`).join('\\s+'))
  .join('|')

/** Matches a rank as written, as a whole word; the caller checks what follows (a name) and precedes. */
export const RANK_SOURCE = `\\b(?:${alternation})(?![\\p{L}])`

/** The standard form of a rank as written ("Brigadir Jenderal Polisi" -> "Brigjen Pol"), or null. */
export const standardRank = (written: string): Rank | null => FORM_TO_RANK.get(squash(written)) ?? null

/** Whether the rank was written in its standard form (a trailing dot aside). */
export const isStandardRankForm = (written: string): boolean => {
  const rank = standardRank(written)
  return rank !== null && written.replace(/\.$/, '').replace(/\s+/g, ' ') === rank
}
