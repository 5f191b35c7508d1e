import { describe, expect, it } from 'vitest'

import { commonPasswords } from './commonPasswords'
import { checkPassword } from './passwordPolicy'

const isCommon = (candidate: string) => commonPasswords().has(candidate)
const owner = { email: 'dewi.lestari@polri.go.id', name: 'Dewi Lestari Putri' }
const check = (password: string, who = owner) => checkPassword(password, who, isCommon)

describe('password policy', () => {
  it('should refuse what is too short: 7 characters, the 9 of Passw0rd!, the 11 below the floor', () => {
    expect(check('kopi123')).toBe('TOO_SHORT')
    expect(check('Passw0rd!')).toBe('TOO_SHORT')
    expect(check('sebelas-huu')).toBe('TOO_SHORT')
  })

  it('should accept a 12-character passphrase and a 64-character Unicode one', () => {
    expect(check('kopi-tubruk-9')).toBeNull()
    const unicode = 'Sate ayam 🐔 Madura, rendang 🍛 Padang — kita makan bersama, ya! 🙂'
    expect(Array.from(unicode)).toHaveLength(64)
    expect(check(unicode)).toBeNull()
    expect(check('Ωμέγα καλημέρα πολύ ωραία μέρα σήμερα στην Τζακάρτα')).toBeNull()
    expect(check('日本語のパスフレーズも大丈夫です')).toBeNull()
  })

  it('should count characters, not bytes, and cap at 256', () => {
    expect(check('🐔🍛🌶️🥥🍚🐟🦐🍌🥭🍍🍉🍋')).toBeNull()
    expect(check(`${'frasa-panjang-'.repeat(18)}akhir`)).toBe('TOO_LONG')
  })

  it('should refuse entries of the bundled list in any case', () => {
    expect(commonPasswords().size).toBeGreaterThan(4000)
    expect(check('qwertyuiop123')).toBe('COMMON')
    expect(check('123456789012')).toBe('COMMON')
    expect(check('PasswordPassword')).toBe('COMMON')
    expect(check('1qaz2wsx3edc4rfv')).toBe('COMMON')
  })

  it('should refuse a list entry padded with digits and symbols, or written in leetspeak', () => {
    expect(check('Passw0rd!2026')).toBe('COMMON')
    expect(check('P@ssw0rd123456')).toBe('COMMON')
    expect(check('iloveyou2026!!')).toBe('COMMON')
    expect(check('!!!sunshine2026')).toBe('COMMON')
    expect(check('Bismillah12345')).toBe('COMMON')
    expect(check('Indonesia1945!')).toBe('COMMON')
    expect(check('dragon-dragon-dragon')).toBe('COMMON')
  })

  it("should refuse the owner's e-mail or name, whole or padded", () => {
    expect(check('dewi.lestari@polri.go.id')).toBe('PERSONAL')
    expect(check('dewi.lestari2026')).toBe('PERSONAL')
    expect(check('DewiLestariPutri')).toBe('PERSONAL')
    expect(check('lestari!!!!!!2026')).toBe('PERSONAL')
  })

  it('should refuse a password of fewer than five different characters', () => {
    expect(check('aaaaaaaaaaaa')).toBe('REPETITIVE')
    expect(check('abababababababab')).toBe('REPETITIVE')
    expect(check('12121212121212')).toBe('REPETITIVE')
  })

  it('should not refuse a passphrase for merely containing a common word', () => {
    expect(check('correct horse battery staple')).toBeNull()
    expect(check('warta-demo-2026')).toBeNull()
    expect(check('uji-kata-sandi-yang-panjang', { email: 'admin@uji.warta.test', name: 'Admin Uji' })).toBeNull()
    expect(check('monyet-makan-pisang-di-pohon')).toBeNull()
  })
})
