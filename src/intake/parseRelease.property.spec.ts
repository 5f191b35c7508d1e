import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { seedActivityTypes } from '@/seed/data/taxonomy'

import { ADVERSARIAL_INPUTS } from './adversarialInputs'
import { chromeKind } from './chromePatterns'
import { cleanLine } from './cleanText'
import { parseRelease } from './parseRelease'

const context = {
  activityTypes: seedActivityTypes.map(({ slug, name }) => ({ id: slug, name, slug })),
  timeZone: 'Asia/Makassar' as const,
  now: new Date('2023-07-10T00:00:00+08:00'),
}

/** Lines of the genre and of the web around it, mixed with arbitrary text. */
const line = fc.oneof(
  fc.constantFrom(
    'Polres Blora Gelar Rakor Pengamanan Pilkades',
    'HUMAS POLRES BLORA',
    'BLORA — Polres Blora menggelar rapat koordinasi, Selasa (4/7/2023) pukul 08.00 WITA di Aula Rupatama Polres Blora.',
    'Palembang (ANTARA) - Kabid Humas Polda Sumsel Kombes Pol Drs Arif Rahmanto, MM membuka workshop.',
    'SINDANGJAYA –',
    '"Kita jaga bersama," kata Kapolres Blora AKBP Budi Santoso, S.I.K.',
    'Kapolres memberi arahan (Foto: Humas Polres Blora)',
    'Hari/Tanggal : Kamis, 14 September 2023',
    'Share', '0 comments', 'Baca juga:', 'Polres Blora Amankan Pasar Malam', 'Editor : Rizal', 'Tags: Polres Blora',
    'Dibaca: 1.204 kali', 'Login', 'Last Updated: 17 Agustus 2023', '© 2023 Humas', 'Kamis (26/04)', 'Selasa', '*BLORA* - ',
  ),
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
)

describe('parseRelease, for any input', () => {
  it('should never throw, and never leave a line it removed as chrome in the body', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        const parsed = parseRelease({ text: lines.join('\n') }, context)
        for (const removed of parsed.removed) {
          if (chromeKind(removed)) expect(parsed.fields.bodyParagraphs).not.toContain(removed)
        }
        for (const paragraph of parsed.fields.bodyParagraphs) expect(chromeKind(paragraph)).toBeNull()
      }),
      { numRuns: 300 },
    )
  })

  it('should account for every line: headline, body, caption, removed, or the dateline', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        const parsed = parseRelease({ text: lines.join('\n') }, context)
        const { title, bodyParagraphs, captions, datelineCity } = parsed.fields
        for (const written of lines.map(cleanLine).filter(Boolean)) {
          const kept =
            written === title ||
            parsed.removed.includes(written) ||
            captions.includes(written) ||
            bodyParagraphs.some((paragraph) => paragraph && (written.endsWith(paragraph) || written.startsWith(paragraph))) ||
            (datelineCity !== null && written.toLocaleUpperCase('id-ID').startsWith(datelineCity))
          expect(kept, written).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('should never throw on arbitrary HTML', () => {
    const tag = fc.constantFrom('<p>', '</p>', '<div class="share">', '</div>', '<h1>', '</h1>', '<br>', '<li><a href="#">', '</a></li>', '<nav>', '</nav>', '<script>', '</script>', '&amp;', '&nbsp;')
    fc.assert(
      fc.property(fc.array(fc.oneof(tag, line), { maxLength: 30 }), (parts) => {
        const parsed = parseRelease({ html: parts.join('') }, context)
        expect(Array.isArray(parsed.warnings)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})

describe('parseRelease, on 200 KB of adversarial input', () => {
  // Their time is measured by `npm run bench:intake` (a test here only proves they are read whole).
  it.each(ADVERSARIAL_INPUTS)('should read %s whole, with its chrome out of the body', (_, text) => {
    const parsed = parseRelease({ text }, context)
    expect(parsed.fields.bodyParagraphs.some((paragraph) => parsed.removed.includes(paragraph))).toBe(false)
  })
})
