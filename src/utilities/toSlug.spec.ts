import { describe, expect, it } from 'vitest'

import { toSlug } from './toSlug'

describe('toSlug', () => {
  it.each([
    ['Bidhumas Polda Sumsel Gelar Workshop Penguatan Tim Media Online', 'bidhumas-polda-sumsel-gelar-workshop-penguatan-tim-media-online'],
    ['Kapolres Buka "Jumat Curhat" di Pasar Cepu', 'kapolres-buka-jumat-curhat-di-pasar-cepu'],
    ['Polres Gowa & Dinas Pendidikan Teken Kerja Sama', 'polres-gowa-dan-dinas-pendidikan-teken-kerja-sama'],
    ['Sosialisasi di Kafe Déjà Vu, Panakkukang', 'sosialisasi-di-kafe-deja-vu-panakkukang'],
    ['Rakor Pengamanan Natal 🎄 dan Tahun Baru 🎆', 'rakor-pengamanan-natal-dan-tahun-baru'],
    ['𝐑𝐚𝐤𝐞𝐫𝐧𝐢𝐬 Humas', 'rakernis-humas'],
    ["Kapolda's Visit: Jum'at (12/8)", 'kapoldas-visit-jumat-128'],
  ])('should turn %j into %j', (title, slug) => {
    expect(toSlug(title)).toBe(slug)
  })

  it('should never return an empty slug', () => {
    expect(toSlug('🚓🚨')).toBe('laporan')
    expect(toSlug('   ')).toBe('laporan')
  })

  it('should cut long titles at a word boundary within 80 characters', () => {
    const slug = toSlug('Bidhumas Polda Sulawesi Selatan Menggelar Rapat Koordinasi Pengamanan Pemilihan Kepala Daerah Serentak Tahun Ini')
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(slug.endsWith('-')).toBe(false)
  })
})
