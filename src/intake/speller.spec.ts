import { existsSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { runChecks } from './runChecks'
import { HUNSPELL_DIR, loadSpeller } from './speller'

const installed = existsSync(path.join(HUNSPELL_DIR, 'id_ID.dic'))

describe('loadSpeller', () => {
  it('should give no speller where the dictionary is not installed', () => {
    expect(loadSpeller('/nonexistent/hunspell')).toBeNull()
  })

  // Debian's hunspell-id: `apt-get install hunspell-id` (CI installs it).
  it.runIf(installed)('should flag the typical finds with the intended word among the suggestions', () => {
    const speller = loadSpeller()
    expect(speller).not.toBeNull()
    const cases: [string, string][] = [
      ['uuntuk', 'untuk'],
      ['angota', 'anggota'],
      ['influincer', 'influencer'],
      ['menginfentarisir', 'menginventarisasi'],
      ['Integreted', 'Integrated'],
    ]
    for (const [typo, intended] of cases) {
      expect(speller?.correct(typo)).toBe(false)
      expect(speller?.suggest(typo)).toContain(intended)
    }
  })

  it.runIf(installed)('should know the newsroom\'s words and the genre\'s derived words', () => {
    const speller = loadSpeller()
    for (const word of ['Kamtibmas', 'kamtibmas', 'Bidhumas', 'Polrestabes', 'Kapolres', 'Bhabinkamtibmas', 'digelar', 'kegiatannya', 'disiagakan', 'masing-masing', 'Jum\'at', 'se-Bali']) {
      expect(speller?.correct(word), word).toBe(true)
    }
  })

  it.runIf(installed)('should report spelling in a report, leaving names alone but catching a slip of a newsroom word', () => {
    const checks = runChecks(
      {
        title: 'Polres Blora Gelar Rakor',
        summary: 'Polres Blora menggelar rapat koordinasi bersama Integreted Command Center di Polretabes Semarang.',
        activityAt: '2017-05-23T08:00:00+07:00',
        activityDateText: null,
        bodyText: 'Kapolres AKBP Bambang Sutrisno meminta seluruh angota bekerja uuntuk warga Desa Sumberejo.',
        createdAt: new Date('2017-05-24T00:00:00+07:00'),
      },
      { now: new Date('2017-05-25T00:00:00+07:00'), spell: loadSpeller() },
    ).filter((check) => check.code === 'SPELLING')
    expect(checks.map((check) => check.message)).toEqual([
      'Ejaan "Integreted" tidak dikenal. Mungkin maksudnya: Integrated.',
      'Ejaan "Polretabes" tidak dikenal. Mungkin maksudnya: Polrestabes.',
      expect.stringMatching(/^Ejaan "angota" tidak dikenal\. Mungkin maksudnya: anggota/),
      expect.stringMatching(/^Ejaan "uuntuk" tidak dikenal\. Mungkin maksudnya: untuk/),
    ])
  })

  it.runIf(installed)('should load once per process (its time per report is in npm run bench:intake)', () => {
    const speller = loadSpeller()
    expect(loadSpeller()).toBe(speller)
    runChecks(
      { title: 'Polres Blora Gelar Rakor', summary: 'x'.repeat(60), activityAt: null, activityDateText: null, bodyText: 'Rapat koordinasi digelar di aula. '.repeat(60), createdAt: new Date() },
      { now: new Date(), spell: speller },
    )
    expect(loadSpeller()).toBe(speller)
  })
})
