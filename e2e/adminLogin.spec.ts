import { expect, test } from '@playwright/test'

import { DEMO_PASSWORD as PASSWORD } from './support/newsroomApi'

// A raw translation key ("general:newLabel") is what Payload shows when a string is missing.
const RAW_KEY = /\b(general|fields|authentication|lexical|version|error|upload|validation):[a-zA-Z]+\b/

test('should log an editor into the Indonesian admin and list the reports of their region', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await page.getByLabel('Email').fill('editor.sumsel@warta.test')
  await page.getByLabel('Kata Sandi').fill(PASSWORD)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await expect(page.getByRole('heading', { name: 'Dasbor' }).or(page.getByText('Laporan Kegiatan').first())).toBeVisible()

  await page.goto('/admin/collections/reports')
  await expect(page.getByRole('heading', { name: 'Laporan Kegiatan', level: 1 })).toBeVisible()
  const rows = page.locator('table tbody tr')
  await expect(rows.first()).toBeVisible()
  expect(await rows.count()).toBeGreaterThan(1)
  await expect(page.getByRole('link', { name: 'Buat Laporan Kegiatan baru' })).toBeVisible()

  const text = await page.locator('body').innerText()
  expect(text).not.toMatch(RAW_KEY)
  // Screen readers read the accessible names: none may be an unresolved label.
  expect(await page.locator('body').ariaSnapshot()).not.toContain('[object Object]')

  await page.getByRole('textbox', { name: /^Cari berdasarkan/ }).fill('Workshop Penguatan Tim Media Online')
  await expect(page.getByRole('link', { name: 'Bidhumas Polda Sumsel Gelar Workshop Penguatan Tim Media Online' })).toBeVisible()
  expect(await page.locator('html').getAttribute('lang')).toBe('id')
})
