import { expect, test, type Browser, type Page } from '@playwright/test'

import { DEMO_PASSWORD as PASSWORD } from './support/newsroomApi'

const TITLE = `Polrestabes Palembang Gelar Rakor Pengamanan Malam Tahun Baru ${Date.now().toString(36)}`

const signIn = async (browser: Browser, email: string): Promise<Page> => {
  const page = await (await browser.newContext({ locale: 'id-ID' })).newPage()
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Kata Sandi').fill(PASSWORD)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page.getByRole('heading', { name: 'Laporan saya' })).toBeVisible()
  return page
}

/** Picks an option in one of Payload's relationship selects, by its field label. */
const choose = async (page: Page, field: string, option: string) => {
  await page.locator(`#field-${field}`).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

const workflow = (page: Page) => page.locator('.warta-workflow')

test('should take a report from writer to reviewer and back, then publish it to the public site', async ({ browser }) => {
  test.setTimeout(180_000)

  // The writer drafts the report and submits it.
  const writer = await signIn(browser, 'penulis.palembang@warta.test')
  await writer.goto('/admin/collections/reports/create')
  await writer.getByLabel('Judul').fill(TITLE)
  await choose(writer, 'unit', 'Polrestabes Palembang')
  await choose(writer, 'activityType', 'Rakor')
  await writer.locator('#field-activityAt input').fill('28/12/2026 09.00')
  await writer.locator('#field-activityAt input').press('Enter')
  await writer.getByLabel('Kota dateline').fill('Palembang')
  await writer.getByLabel('Ringkasan').fill('Polrestabes Palembang menggelar rapat koordinasi pengamanan malam pergantian tahun bersama unsur TNI dan pemerintah kota.')
  await writer.locator('.rich-text-lexical [contenteditable="true"]').click()
  await writer.keyboard.type('PALEMBANG — Polrestabes Palembang menggelar rapat koordinasi pengamanan malam tahun baru di aula Mapolrestabes.')
  await writer.getByRole('button', { name: 'Simpan Draf' }).click()
  await expect(writer).toHaveURL(/\/admin\/collections\/reports\/\d+$/)
  const reportUrl = writer.url()
  await expect(workflow(writer).getByText('Draf', { exact: true })).toBeVisible()
  await workflow(writer).getByRole('button', { name: 'Ajukan untuk review' }).click()
  await expect(workflow(writer).getByText('Menunggu review', { exact: true })).toBeVisible()

  // An editor of the regional unit above finds it on the dashboard and sends it back with a note.
  const editor = await signIn(browser, 'editor.sumsel@warta.test')
  await editor.getByRole('link', { name: TITLE }).click()
  await expect(editor).toHaveURL(reportUrl)
  await workflow(editor).getByLabel('Catatan untuk penulis').fill('Sebutkan siapa yang memimpin rakor, lengkap dengan pangkat.')
  await workflow(editor).getByRole('button', { name: 'Minta perbaikan' }).click()
  await expect(workflow(editor).getByText('Perlu perbaikan', { exact: true })).toBeVisible()

  // The writer reads the note, fixes the summary and submits again.
  await writer.reload()
  await expect(workflow(writer).getByText('Sebutkan siapa yang memimpin rakor, lengkap dengan pangkat.').first()).toBeVisible()
  await writer.getByLabel('Ringkasan').fill('Kapolrestabes Palembang Kombes Pol Harun Pratama memimpin rapat koordinasi pengamanan malam pergantian tahun bersama unsur TNI dan pemerintah kota.')
  await writer.getByRole('button', { name: 'Simpan Draf' }).click()
  await expect(writer.getByRole('button', { name: 'Simpan Draf' })).toBeDisabled()
  await workflow(writer).getByRole('button', { name: 'Ajukan untuk review' }).click()
  await expect(workflow(writer).getByText('Menunggu review', { exact: true })).toBeVisible()

  // The public cannot see it yet; the editor publishes; the public page shows it.
  const slug = await writer.locator('#field-slug').inputValue()
  const reader = await (await browser.newContext()).newPage()
  expect((await reader.goto(`/berita/${slug}`))?.status()).toBe(404)

  await editor.reload()
  await workflow(editor).getByRole('button', { name: 'Setujui & terbitkan' }).click()
  await expect(workflow(editor).getByText('Terbit', { exact: true })).toBeVisible()
  await expect(workflow(editor).getByText('Versi terbit sedang tayang')).toBeVisible()
  const timeline = workflow(editor).locator('.warta-workflow__timeline li')
  await expect(timeline).toHaveCount(4)

  const response = await reader.goto(`/berita/${slug}`)
  expect(response?.status()).toBe(200)
  await expect(reader.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  await expect(reader.getByText('Kapolrestabes Palembang Kombes Pol Harun Pratama memimpin')).toBeVisible()
  await expect(reader.getByText('Editor: Andi Saputra')).toBeVisible()
  await reader.reload()
  await expect(reader.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()

  // Withdrawn, the same URL shows the notice and its reason instead of the story, at once.
  await editor.reload()
  await workflow(editor).getByLabel('Alasan penarikan (tampil untuk publik)').fill('Rakor dijadwalkan ulang; berita akan diperbarui.')
  await workflow(editor).getByRole('button', { name: 'Tarik dari publikasi' }).click()
  await expect(workflow(editor).getByText('Ditarik', { exact: true })).toBeVisible()
  await reader.reload()
  await expect(reader.getByRole('heading', { name: 'Berita ini telah ditarik' })).toBeVisible()
  await expect(reader.getByText('Alasan: Rakor dijadwalkan ulang; berita akan diperbarui.')).toBeVisible()
  await expect(reader.getByText('Kapolrestabes Palembang Kombes Pol Harun Pratama memimpin')).toHaveCount(0)
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
})
