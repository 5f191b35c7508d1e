import { expect, test, type Locator, type Page } from '@playwright/test'

import { DEMO_PASSWORD as PASSWORD } from './support/newsroomApi'

const TITLE = 'Polres Blora Gelar Sosialisasi Keselamatan Berlalu Lintas bagi Pelajar SMA'

/**
 * A release as a writer copies it from a news site, written for this test: the site's chrome around it,
 * a dateline, officials with their degrees written loosely, a photo caption with its credit, and a
 * wrong day name: 1 December 2026 was a Tuesday (Selasa), not a Wednesday (Rabu).
 */
const RELEASE_HTML = `
<div class="kicker">BERITA TERKINI</div>
<div class="share"><a href="#">Share</a></div>
<h1>${TITLE}</h1>
<div class="meta">Oleh Admin | Last Updated: 2 Desember 2026</div>
<p><strong>BLORA</strong> — Polres Blora menggelar sosialisasi keselamatan berlalu lintas bagi ratusan pelajar tingkat SMA se-Kabupaten Blora. Kegiatan berlangsung Rabu (01/12/2026) pukul 08.30 WIB bertempat di aula SMA Negeri 1 Blora.</p>
<figure><img src="sosialisasi.jpg" alt=""><figcaption>Kasat Lantas Polres Blora memberikan materi kepada pelajar. Foto: Humas Polres Blora</figcaption></figure>
<p>Kapolres Blora AKBP Wahyu Nugroho SIK. MH. dalam sambutannya mengatakan bahwa pelajar adalah kelompok yang paling rawan terlibat kecelakaan di jalan raya. "Kami ingin adik-adik pelajar menjadi pelopor keselamatan, mulai dari memakai helm sampai tidak berboncengan lebih dari dua orang," ujarnya.</p>
<p>Materi disampaikan oleh Kasat Lantas Polres Blora AKP Rina Kartika, S.H., yang menjelaskan rambu-rambu dasar serta bahaya menggunakan telepon genggam saat berkendara.</p>
<p>Kepala SMA Negeri 1 Blora menyampaikan terima kasih atas kunjungan jajaran Polres Blora dan berharap kegiatan serupa rutin diadakan setiap semester.</p>
<p>Baca juga: <a href="#">Polres Blora Bagikan Helm Gratis untuk Ojek Pangkalan</a></p>
<p>(SA)</p>
<div class="comments">0 comments</div>
<div>Editor : Redaksi Situs</div>`

/** The same release as the clipboard's plain text, which is what the text area shows. */
const RELEASE_TEXT = RELEASE_HTML.replace(/<[^>]+>/g, '')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean)
  .join('\n')

const DAY_ERROR = 'Nama hari tidak cocok dengan tanggal: 1/12/2026 jatuh pada hari Selasa, bukan Rabu.'

/** Pastes as a browser does on Ctrl+V: a paste event whose clipboard holds HTML and plain text. */
const paste = (target: Locator, html: string, text: string) =>
  target.evaluate(
    (element, data) => {
      const clipboard = new DataTransfer()
      clipboard.setData('text/html', data.html)
      clipboard.setData('text/plain', data.text)
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }))
    },
    { html, text },
  )

/** Double-clicks one word of the rich-text editor, selecting it as a writer would before retyping it. */
const doubleClickWord = async (page: Page, editor: Locator, word: string, context: string) => {
  const box = await editor.evaluate(
    (root, { word, context }) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(context) ?? -1
        if (at < 0) continue
        const start = at + context.indexOf(word)
        node.parentElement?.scrollIntoView({ block: 'center' })
        const range = document.createRange()
        range.setStart(node, start)
        range.setEnd(node, start + word.length)
        const rect = range.getBoundingClientRect()
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }
      }
      return null
    },
    { word, context },
  )
  expect(box, `"${context}" in the editor`).not.toBeNull()
  await page.mouse.dblclick(box!.x, box!.y)
}

test('should turn a pasted release into a draft, show its guesses and checks, and submit it once the wrong day is fixed', async ({ browser }) => {
  test.setTimeout(180_000)
  const page = await (await browser.newContext({ locale: 'id-ID' })).newPage()
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill('penulis.blora@warta.test')
  await page.getByLabel('Kata Sandi').fill(PASSWORD)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page.getByRole('heading', { name: 'Laporan saya' })).toBeVisible()

  // From the reports list to the paste view.
  await page.goto('/admin/collections/reports')
  // The list view writes its query into the URL once it has loaded (a router.replace): a click before
  // that can lose to it, so the click is tried again until the paste view is open.
  await expect(async () => {
    if (!/\/tempel-rilis$/.test(page.url())) await page.getByRole('link', { name: 'Tempel rilis' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/reports\/tempel-rilis$/, { timeout: 3_000 })
  }).toPass({ timeout: 30_000 })
  await expect(page.getByRole('heading', { name: 'Tempel rilis', level: 1 })).toBeVisible()
  const release = page.getByLabel('Teks rilis')

  // Nothing but site chrome: refused in Indonesian, and no draft is made.
  await release.fill('Share\n0 comments\nBaca juga: Berita Lainnya')
  await page.getByRole('button', { name: 'Buat draf' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Tidak ada teks rilis yang bisa dibaca' })).toBeVisible()
  await expect(page).toHaveURL(/tempel-rilis$/)

  // The release pasted from a web page: its text shows, its HTML is what is read.
  await release.fill('')
  await paste(release, RELEASE_HTML, RELEASE_TEXT)
  await expect(release).toHaveValue(RELEASE_TEXT)
  await expect(page.getByText('Format dari papan klip')).toBeVisible()
  await page.getByRole('button', { name: 'Buat draf' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/reports\/\d+$/)
  const draftPath = new URL(page.url()).pathname

  // The draft holds what was read, and the panel lists every guess and warning with a link to its field.
  await expect(page.getByLabel('Judul')).toHaveValue(TITLE)
  await expect(page.getByLabel('Kota dateline')).toHaveValue('BLORA')
  const guesses = page.getByRole('region', { name: 'Hasil tempel rilis' })
  await expect(guesses.getByRole('listitem').filter({ hasText: 'Tempat' })).toContainText('Aula SMA Negeri 1 Blora')
  await expect(guesses.getByRole('listitem').filter({ hasText: 'Jenis kegiatan' })).toContainText('Sosialisasi')
  await expect(guesses.getByText('AKBP Wahyu Nugroho, S.I.K., M.H. — Kapolres Blora')).toBeVisible()
  await expect(guesses.getByText('AKP Rina Kartika, S.H. — Kasat Lantas Polres Blora')).toBeVisible()
  await expect(guesses.getByRole('listitem').filter({ hasText: 'Waktu kegiatan' })).toContainText('01/12/2026 08.30')
  await expect(guesses.getByRole('link', { name: /Nama hari tidak cocok dengan tanggal/ })).toBeVisible()
  await expect(guesses.getByText('Baris yang dibuang (6)')).toBeVisible()
  await guesses.getByRole('link', { name: 'Kota dateline' }).click()
  await expect(page.getByLabel('Kota dateline')).toBeFocused()

  // The checks name the wrong day as an error, and submit is refused while it remains.
  const workflow = page.getByRole('region', { name: 'Alur kerja' })
  const checks = page.getByRole('region', { name: 'Pemeriksaan sebelum diajukan' })
  const dayError = checks.getByRole('listitem').filter({ hasText: DAY_ERROR })
  await expect(dayError).toContainText('Kesalahan')
  await expect(dayError).toContainText('Rabu (01/12/2026)')
  await workflow.getByRole('button', { name: 'Ajukan untuk review' }).click()
  const refusal = workflow.getByRole('alert')
  await expect(refusal).toContainText('Belum dapat diajukan')
  await expect(refusal.getByRole('listitem').filter({ hasText: DAY_ERROR })).toBeVisible()
  await expect(workflow.getByText('Draf', { exact: true })).toBeVisible()

  // The writer follows the check's link to the body, retypes the day, and saves.
  await dayError.getByRole('link', { name: 'Buka kolom Isi berita' }).click()
  const body = page.locator('[data-field-path="body"] [contenteditable="true"]')
  await doubleClickWord(page, body, 'Rabu', 'Rabu (01/12/2026)')
  await page.keyboard.type('Selasa')
  await expect(body).toContainText('Kegiatan berlangsung Selasa (01/12/2026) pukul 08.30 WIB')
  await page.getByRole('button', { name: 'Simpan Draf' }).click()
  await expect(page.getByRole('button', { name: 'Simpan Draf' })).toBeDisabled()
  await expect(checks.getByText(DAY_ERROR)).toHaveCount(0)
  await expect(checks).toContainText('Tidak ada kesalahan')

  // Submitted, the report waits for review.
  await workflow.getByRole('button', { name: 'Ajukan untuk review' }).click()
  await expect(workflow.getByText('Menunggu review', { exact: true })).toBeVisible()
  await page.goto('/admin')
  await expect(page.getByRole('row').filter({ has: page.locator(`a[href$="${draftPath}"]`) })).toContainText('Menunggu review')
})
