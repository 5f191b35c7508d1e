export const PASSWORD_MIN_LENGTH = 12
/** Well above the 64 that must fit; long enough for any passphrase, short enough to hash cheaply. */
export const PASSWORD_MAX_LENGTH = 256

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'COMMON' | 'PERSONAL' | 'REPETITIVE'

export const PASSWORD_PROBLEMS: Record<PasswordProblem, string> = {
  TOO_SHORT: `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter. Frasa beberapa kata mudah diingat dan sulit ditebak.`,
  TOO_LONG: `Kata sandi paling panjang ${PASSWORD_MAX_LENGTH} karakter.`,
  COMMON: 'Kata sandi ini terlalu umum atau pernah bocor. Pilih frasa lain yang hanya Anda ketahui.',
  PERSONAL: 'Kata sandi tidak boleh memuat nama atau alamat e-mail Anda.',
  REPETITIVE: 'Kata sandi terlalu berulang. Gunakan lebih banyak karakter yang berbeda.',
}

export type PasswordOwner = { email?: string | null; name?: string | null }

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'l' }

const letters = (value: string) => value.replace(/[^\p{L}]/gu, '')
const compact = (value: string) => value.replace(/[^\p{L}\p{N}]/gu, '')
const unLeet = (value: string) => value.replace(/[0134578@$!|]/g, (c) => LEET[c] ?? c)

/** The forms of a password looked up in the list: as typed, de-leeted, without the digits and symbols around it. */
const variants = (lower: string): string[] => {
  const trimmed = [
    lower,
    lower.replace(/[^\p{L}]+$/u, ''),
    lower.replace(/^[^\p{L}]+/u, ''),
    lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''),
  ]
  const forms = new Set<string>()
  for (const form of trimmed) {
    forms.add(form)
    forms.add(unLeet(form))
  }
  for (const form of [lower, unLeet(trimmed[3] as string)]) {
    forms.add(letters(form))
    // "passwordpassword", "qwerty-qwerty": one word said again.
    const repeated = /^(.+?)\1+$/u.exec(letters(form))
    if (repeated?.[1]) forms.add(repeated[1])
  }
  forms.delete('')
  return [...forms]
}

const personalParts = ({ email, name }: PasswordOwner): { whole: string[]; words: string[] } => {
  const local = (email ?? '').toLowerCase().split('@')[0] ?? ''
  const nameLower = (name ?? '').toLowerCase()
  const whole = [compact(local), compact(nameLower), compact((email ?? '').toLowerCase())].filter((part) => part.length >= 4)
  const words = [...local.split(/[^\p{L}\p{N}]+/u), ...nameLower.split(/\s+/)].map(compact).filter((word) => word.length >= 3)
  return { whole, words }
}

/**
 * NIST SP 800-63B style: long enough, not on the list of common and breached passwords (in any
 * case, de-leeted, or padded with digits and symbols), not the owner's name or e-mail, not one
 * character over and over. Any Unicode is welcome; length counts characters, not bytes.
 */
export const checkPassword = (password: string, owner: PasswordOwner, isCommon: (candidate: string) => boolean): PasswordProblem | null => {
  const normal = password.normalize('NFC')
  const length = Array.from(normal).length
  if (length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT'
  if (length > PASSWORD_MAX_LENGTH) return 'TOO_LONG'
  const lower = normal.toLowerCase()
  if (new Set(Array.from(lower)).size < 5) return 'REPETITIVE'
  if (variants(lower).some(isCommon)) return 'COMMON'
  const { whole, words } = personalParts(owner)
  const typed = compact(unLeet(lower))
  const typedAsIs = compact(lower)
  if (whole.some((part) => typed.includes(part) || typedAsIs.includes(part))) return 'PERSONAL'
  if (words.some((word) => word === letters(lower) || word === letters(unLeet(lower)))) return 'PERSONAL'
  return null
}
