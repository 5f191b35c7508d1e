/** 200 KB of the shapes that once made reading slow, for the bench (their time) and a test (read whole). */
const fill = (unit: string) => unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000)

export const ADVERSARIAL_INPUTS: [string, string][] = [
  ['dates and relative days on one line', fill('Selasa (23/05/2017) pukul 08.00 WIB kemarin siang “hari ini ')],
  ['capitalised words after "di", with and without an address', `Judul\nBLORA — ${fill('di Aaa Bbb Ccc Ddd Eee Fff Ggg, Desa Hhh di Iii Jjj ')}`],
  ['officials with degrees in every form', fill('Kapolres Blora AKBP Budi Santoso S.I.K M.H, s.i.k., SIK MH ')],
  ['signature blocks', fill('Jambi, 16 Maret 2023\nMULIA NASUTION, S.I.K.\nKOMISARIS BESAR POLISI NRP 74030512\n')],
  ['sign-offs and closings', fill('Terima kasih komandan komandan\nDemikian komandan komandan\n#a #b\nPosting Lebih Baru ')],
  ['villages without a preposition', `Judul\nBLORA — ${fill('Desa Aaa Bbb Ccc Ddd Eee ')}`],
]
