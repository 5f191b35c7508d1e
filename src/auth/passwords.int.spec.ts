import type { SendEmailOptions } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createNewsroom, TEST_PASSWORD, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

type ErrorBody = { errors: { message: string; data?: { code?: string; reason?: string; errors?: { path: string; message: string }[] } }[] }

const UNICODE_PASSPHRASE = 'Sate ayam 🐔 Madura, rendang 🍛 Padang — kita makan bersama, ya! 🙂'

describe(`passwords and password reset on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload
  let api: RestClient
  let n: Newsroom
  let sent: SendEmailOptions[] = []
  let nextAddress = 1

  const newAddress = () => `198.51.100.${nextAddress++}`
  const data = (body: unknown) => (body as ErrorBody).errors?.[0]?.data
  const account = async (email: string, extra: Record<string, unknown> = {}) =>
    t.payload.create({ collection: 'users', data: { email, password: TEST_PASSWORD, name: `Akun ${email}`, role: 'writer', unit: n.units.polresA as number, ...extra } })
  const createAsAdmin = (email: string, password: string, name = 'Pengguna Baru') =>
    api.post<ErrorBody & { doc?: { id: number } }>('/users', { token: n.tokens.admin, body: { email, password, name, role: 'writer', unit: n.units.polresA } })
  const forgot = (body: unknown, headers: Record<string, string> = {}) =>
    api.post('/users/forgot-password', { body, headers: { 'X-Forwarded-For': newAddress(), ...headers } })
  const linkIn = (mail: SendEmailOptions) => /href="([^"]+)"/.exec(String(mail.html))?.[1] ?? ''
  const tokenIn = (mail: SendEmailOptions) => linkIn(mail).split('/').pop() ?? ''
  const reset = (token: unknown, password: unknown) => api.post<ErrorBody & { token?: string }>('/users/reset-password', { body: { token, password } })

  beforeAll(async () => {
    t = await startTestPayload()
    api = restClient(t.payload)
    n = await createNewsroom(t.payload, api)
    // Catch what Payload hands the e-mail adapter.
    ;(t.payload.email as { sendEmail: (message: SendEmailOptions) => Promise<unknown> }).sendEmail = async (message) => {
      sent.push(message)
    }
  })
  beforeEach(() => {
    sent = []
  })
  afterAll(async () => {
    await t?.destroy()
  })

  describe('password policy (A8)', () => {
    it('should refuse Passw0rd!, a 7-character password and list entries on create, with a code and the field', async () => {
      for (const [password, reason] of [
        ['Passw0rd!', 'TOO_SHORT'],
        ['kopi123', 'TOO_SHORT'],
        ['qwertyuiop123', 'COMMON'],
        ['Password2026!', 'COMMON'],
        ['iloveyou1234', 'COMMON'],
      ] as const) {
        const res = await createAsAdmin(`lemah-${reason.toLowerCase()}@uji.warta.test`, password)
        expect(res.status, password).toBe(400)
        expect(data(res.body)).toMatchObject({ code: 'WEAK_PASSWORD', reason, errors: [{ path: 'password', message: expect.stringMatching(/kata sandi/i) }] })
      }
      expect((await t.payload.find({ collection: 'users', where: { email: { like: 'lemah-' } } })).totalDocs).toBe(0)
    })

    it("should refuse the user's own e-mail or name as password", async () => {
      const byEmail = await createAsAdmin('budi.santoso@uji.warta.test', 'budi.santoso@uji.warta.test', 'Budi Santoso')
      expect(data(byEmail.body)).toMatchObject({ code: 'WEAK_PASSWORD', reason: 'PERSONAL' })
      const byName = await createAsAdmin('budi.s@uji.warta.test', 'BudiSantoso2026!', 'Budi Santoso')
      expect(data(byName.body)).toMatchObject({ code: 'WEAK_PASSWORD', reason: 'PERSONAL' })
    })

    it('should accept a 64-character Unicode passphrase, and log in with it', async () => {
      expect(Array.from(UNICODE_PASSPHRASE)).toHaveLength(64)
      const res = await createAsAdmin('unicode@uji.warta.test', UNICODE_PASSPHRASE)
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      expect(await api.login('unicode@uji.warta.test', UNICODE_PASSPHRASE)).toBeTruthy()
    })

    it('should apply the policy to a password change too, and keep the old password when refused', async () => {
      const user = await account('ubah@uji.warta.test')
      const token = await api.login('ubah@uji.warta.test', TEST_PASSWORD)
      const res = await api.patch(`/users/${user.id}`, { token, body: { password: 'password1234' } })
      expect(res.status).toBe(400)
      expect(data(res.body)).toMatchObject({ code: 'WEAK_PASSWORD', reason: 'COMMON' })
      expect(await api.login('ubah@uji.warta.test', TEST_PASSWORD)).toBeTruthy()
    })
  })

  describe('password reset (A4)', () => {
    it('should build the link from serverURL, whatever Host and X-Forwarded-Host say', async () => {
      await account('lupa@uji.warta.test')
      const res = await forgot({ email: 'lupa@uji.warta.test' }, { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', Origin: 'https://evil.example' })
      expect(res.status).toBe(200)
      expect(sent).toHaveLength(1)
      const [mail] = sent as [SendEmailOptions]
      expect(mail.to).toBe('lupa@uji.warta.test')
      expect(mail.subject).toBe('Atur ulang kata sandi Warta')
      expect(linkIn(mail)).toMatch(new RegExp(`^${t.payload.config.serverURL}/admin/reset/[0-9a-f]{40}$`))
      expect(String(mail.html)).not.toContain('evil.example')
      expect(String(mail.html)).toContain('Halo, Akun lupa@uji.warta.test.')
    })

    it('should answer the same generic 200 for an unknown e-mail, duplicate or object-typed e-mails, and none', async () => {
      await account('dikenal@uji.warta.test')
      const known = await forgot({ email: 'dikenal@uji.warta.test' })
      expect(known.status).toBe(200)
      for (const body of [
        { email: 'tidak-ada@uji.warta.test' },
        { email: { equals: 'dikenal@uji.warta.test' } },
        { email: ['dikenal@uji.warta.test', 'lain@uji.warta.test'] },
        { email: { $ne: null } },
        '{"email":"tidak-ada@uji.warta.test","email":"juga-tidak@uji.warta.test"}',
        {},
      ]) {
        const res = await forgot(body)
        expect(res.status, JSON.stringify(body)).toBe(200)
        expect(res.body).toEqual(known.body)
      }
      expect(sent.map((mail) => mail.to)).toEqual(['dikenal@uji.warta.test'])
    })

    it('should make the token single use, expire it within an hour, and end the old sessions', async () => {
      const user = await account('reset@uji.warta.test')
      const oldSession = await api.login('reset@uji.warta.test', TEST_PASSWORD)
      await forgot({ email: 'reset@uji.warta.test' })
      const token = tokenIn(sent[0] as SendEmailOptions)
      const stored = (await t.payload.db.findOne({ collection: 'users', where: { id: { equals: user.id } } })) as unknown as { resetPasswordExpiration: string }
      expect(new Date(stored.resetPasswordExpiration).getTime() - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000)

      const weak = await reset(token, 'password12345')
      expect(weak.status).toBe(400)
      expect(data(weak.body)).toMatchObject({ code: 'WEAK_PASSWORD', reason: 'COMMON' })

      const first = await reset(token, 'sandi-pulih-setelah-lupa')
      expect(first.status, JSON.stringify(first.body)).toBe(200)
      expect((await api.get('/reports/1/workflow', { token: oldSession })).status).toBe(401)
      const again = await reset(token, 'sandi-kedua-kalinya-ya')
      expect(again.status).toBe(403)
      expect(data(again.body)).toMatchObject({ code: 'INVALID_RESET_TOKEN' })
      expect(await api.login('reset@uji.warta.test', 'sandi-pulih-setelah-lupa')).toBeTruthy()
    })

    it('should refuse an expired token, and a token that is not a string', async () => {
      const user = await account('kedaluwarsa@uji.warta.test')
      await forgot({ email: 'kedaluwarsa@uji.warta.test' })
      const token = tokenIn(sent[0] as SendEmailOptions)
      await t.payload.db.updateOne({ collection: 'users', id: user.id, data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() } })
      expect(data((await reset(token, 'sandi-yang-terlambat-datang')).body)).toMatchObject({ code: 'INVALID_RESET_TOKEN' })
      for (const forged of [{ not_equals: 'x' }, { exists: true }, ['a'], null]) {
        const res = await reset(forged, 'sandi-pengambilalihan-akun')
        expect(res.status, JSON.stringify(forged)).toBe(403)
      }
    })

    it('should refuse the reset token of an account disabled after the e-mail went out', async () => {
      const user = await account('nonaktif-lupa@uji.warta.test')
      await forgot({ email: 'nonaktif-lupa@uji.warta.test' })
      const token = tokenIn(sent[0] as SendEmailOptions)
      await t.payload.update({ collection: 'users', id: user.id, data: { disabled: true } })
      const res = await reset(token, 'sandi-akun-yang-nonaktif')
      expect(res.status).toBe(403)
      expect(data(res.body)).toMatchObject({ code: 'INVALID_RESET_TOKEN' })
    })

    it('should send a disabled account no link, with the same answer', async () => {
      await account('nonaktif-sejak-awal@uji.warta.test', { disabled: true })
      const res = await forgot({ email: 'nonaktif-sejak-awal@uji.warta.test' })
      expect(res.status).toBe(200)
      expect(sent).toHaveLength(0)
    })

    it('should send one e-mail a minute per account, answering a repeat with the same 200', async () => {
      await account('berulang@uji.warta.test')
      const first = await forgot({ email: 'berulang@uji.warta.test' })
      const second = await forgot({ email: 'Berulang@uji.warta.test ' })
      expect(second.status).toBe(200)
      expect(second.body).toEqual(first.body)
      expect(sent).toHaveLength(1)
    })
  })
})
