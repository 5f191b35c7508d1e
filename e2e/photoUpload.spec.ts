import { expect, test, type Page } from '@playwright/test'
import sharp from 'sharp'

import { DEMO_PASSWORD as PASSWORD } from './support/newsroomApi'

const TITLE = `Polrestabes Palembang Bagikan Helm kepada Pengemudi Ojek ${Date.now().toString(36)}`

/** A 2400×1600 photo-like JPEG, made here. */
const photo = () =>
  sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#35607f', noise: { type: 'gaussian', mean: 120, sigma: 30 } } })
    .jpeg({ quality: 85 })
    .toBuffer()

const signIn = async (page: Page, email: string) => {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Kata Sandi').fill(PASSWORD)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page.getByRole('heading', { name: 'Laporan saya' })).toBeVisible()
}

test('should upload a photo in the admin and show it on the published report in responsive sizes', async ({ page, browser, request }) => {
  test.setTimeout(180_000)
  await signIn(page, 'penulis.palembang@warta.test')
  await page.goto('/admin/collections/reports/create')
  await page.getByLabel('Judul').fill(TITLE)
  await page.locator('#field-activityType').click()
  await page.getByRole('option', { name: 'Bakti Sosial', exact: true }).click()
  await page.locator('#field-activityAt input').fill('20/11/2026 08.00')
  await page.locator('#field-activityAt input').press('Enter')
  await page.getByLabel('Kota dateline').fill('Palembang')
  await page.getByLabel('Ringkasan').fill('Satlantas Polrestabes Palembang membagikan helm standar kepada pengemudi ojek di Jembatan Ampera.')
  await page.locator('.rich-text-lexical [contenteditable="true"]').click()
  await page.keyboard.type('PALEMBANG — Satlantas Polrestabes Palembang membagikan seratus helm standar kepada pengemudi ojek.')

  // The lead photo: a new upload from the report form, with alt text, caption and credit.
  await page.locator('#field-leadPhoto').getByRole('button', { name: /Buat Baru/ }).click()
  const drawer = page.locator('.drawer__content').last()
  await drawer.locator('input[type="file"]').setInputFiles({ name: 'IMG_0412.jpg', mimeType: 'image/jpeg', buffer: await photo() })
  // In Payload's drawer, fields with a description lose their label association: found by id.
  await drawer.locator('#field-alt').fill('Polisi lalu lintas menyerahkan helm kepada pengemudi ojek di tepi jembatan')
  await drawer.locator('#field-caption').fill('Kasat Lantas menyerahkan helm kepada pengemudi ojek.')
  await drawer.locator('#field-credit').fill('Foto: Humas Polrestabes Palembang')
  await drawer.getByRole('button', { name: 'Simpan' }).click()
  await expect(page.locator('#field-leadPhoto')).toContainText(/\.jpg/)

  await page.getByRole('button', { name: 'Simpan Draf' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/reports\/\d+$/)
  const id = page.url().split('/').pop()
  const slug = await page.locator('#field-slug').inputValue()

  // Submit as the writer, publish as the editor above, through the workflow API.
  const token = async (email: string) => (await (await request.post('/api/users/login', { data: { email, password: PASSWORD } })).json()).token as string
  const act = async (email: string, action: string) =>
    request.post(`/api/reports/${id}/workflow`, { headers: { Authorization: `JWT ${await token(email)}` }, data: { action } })
  expect((await act('penulis.palembang@warta.test', 'submit')).status()).toBe(200)
  expect((await act('editor.sumsel@warta.test', 'publish')).status()).toBe(200)

  const reader = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage()
  await reader.goto(`/berita/${slug}`)
  const figure = reader.locator('figure.photo').first()
  await expect(figure.getByText('Kasat Lantas menyerahkan helm kepada pengemudi ojek.')).toBeVisible()
  await expect(figure.getByText('Foto: Humas Polrestabes Palembang')).toBeVisible()
  const img = figure.locator('img')
  await expect(img).toHaveAttribute('alt', 'Polisi lalu lintas menyerahkan helm kepada pengemudi ojek di tepi jembatan')
  await expect(img).toHaveAttribute('width', '1800')
  await expect(img).toHaveAttribute('height', '1200')
  await expect(img).toHaveAttribute('loading', 'eager')
  await expect(img).toHaveAttribute('fetchpriority', 'high')
  expect(await img.getAttribute('srcset')).toMatch(/-small-640x427\.jpg 640w, .*-article-1200x800\.jpg 1200w, .*-wide-1800x1200\.jpg 1800w$/)
  expect(await figure.locator('source[type="image/avif"]').getAttribute('srcset')).toMatch(/\.avif 640w/)
  expect(await figure.locator('source[type="image/webp"]').getAttribute('srcset')).toMatch(/\.webp 1200w/)
  // The browser picked a size, never the uploaded original, and it loaded.
  const current = await img.evaluate((el) => (el as HTMLImageElement).currentSrc)
  expect(current).toMatch(/\/media\/[a-z0-9-]+-(small|article|wide)(-webp|-avif)?-(640x427|1200x800|1800x1200)\.(avif|webp|jpg)$/)
  expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)
})
