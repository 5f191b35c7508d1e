import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createNewsroom, emailOf, reportData, TEST_PASSWORD, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

type ErrorBody = { errors: { message: string; data?: { code?: string } }[] }
type Me = { user: { id: number | string; email: string } | null }

describe(`sessions on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload
  let api: RestClient
  let n: Newsroom

  const code = (body: unknown) => (body as ErrorBody).errors?.[0]?.data?.code
  /** Who the server takes this token for (null: nobody). */
  const whoIs = async (token: string) => (await api.get<Me>('/users/me', { token })).body.user?.email ?? null
  /** A request only a signed-in user gets an answer to (401 otherwise). */
  const signedIn = async (token: string, headers?: Record<string, string>) =>
    (await api.get('/reports/1/workflow', { token: headers ? null : token, headers })).status !== 401
  const account = async (email: string, role: 'writer' | 'editor' = 'writer', unit = 'polresA') =>
    t.payload.create({ collection: 'users', data: { email, password: TEST_PASSWORD, name: `Akun ${email}`, role, unit: n.units[unit] as number } })
  const asAdmin = (id: number | string, body: Record<string, unknown>) => api.patch(`/users/${id}`, { token: n.tokens.admin, body })

  beforeAll(async () => {
    t = await startTestPayload()
    api = restClient(t.payload)
    n = await createNewsroom(t.payload, api)
  })
  afterAll(async () => {
    await t?.destroy()
  })

  describe('logout (A5)', () => {
    it('should refuse the logged-out token in the header and in the cookie, and keep the other session', async () => {
      await account('keluar@uji.warta.test')
      const first = await api.login('keluar@uji.warta.test', TEST_PASSWORD)
      const second = await api.login('keluar@uji.warta.test', TEST_PASSWORD)
      expect(await whoIs(first)).toBe('keluar@uji.warta.test')

      const out = await api.post('/users/logout', { token: first })
      expect(out.status).toBe(200)
      const expired = /^payload-token=;.*Expires=([^;]+)/i.exec(out.headers.get('set-cookie') ?? '')
      expect(new Date(expired?.[1] ?? '').getTime()).toBeLessThan(Date.now())
      expect(await whoIs(first)).toBeNull()
      expect(await signedIn(first)).toBe(false)
      expect(await signedIn(first, { Cookie: `payload-token=${first}` })).toBe(false)
      expect(await signedIn(second)).toBe(true)
    })

    it('should end every session with logout?allSessions=true', async () => {
      await account('keluar-semua@uji.warta.test')
      const first = await api.login('keluar-semua@uji.warta.test', TEST_PASSWORD)
      const second = await api.login('keluar-semua@uji.warta.test', TEST_PASSWORD)
      expect((await api.post('/users/logout?allSessions=true', { token: first })).status).toBe(200)
      expect(await signedIn(first)).toBe(false)
      expect(await signedIn(second)).toBe(false)
    })
  })

  describe('a deleted user (A6)', () => {
    it("should never let a deleted user's token work for the user created after, even on a reused id", async () => {
      const gone = await account('dihapus@uji.warta.test')
      const token = await api.login('dihapus@uji.warta.test', TEST_PASSWORD)
      expect((await api.delete(`/users/${gone.id}`, { token: n.tokens.admin })).status).toBe(200)
      const next = await account('pengganti@uji.warta.test')
      // SQLite hands the deleted id out again: the case that matters.
      if (t.db.kind === 'sqlite') expect(next.id).toBe(gone.id)
      expect(await whoIs(token)).toBeNull()
      expect(await signedIn(token)).toBe(false)
      expect(await whoIs(await api.login('pengganti@uji.warta.test', TEST_PASSWORD))).toBe('pengganti@uji.warta.test')
    })
  })

  describe('password change and disabling (A7)', () => {
    it('should end every other session when users change their own password, and keep the one they used', async () => {
      const user = await account('ganti@uji.warta.test')
      const used = await api.login('ganti@uji.warta.test', TEST_PASSWORD)
      const other = await api.login('ganti@uji.warta.test', TEST_PASSWORD)
      const res = await api.patch(`/users/${user.id}`, { token: used, body: { password: 'kata-sandi-baru-yang-panjang' } })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(await signedIn(other)).toBe(false)
      expect(await signedIn(used)).toBe(true)
      await expect(api.login('ganti@uji.warta.test', TEST_PASSWORD)).rejects.toThrow(/401/)
      await api.login('ganti@uji.warta.test', 'kata-sandi-baru-yang-panjang')
    })

    it("should end all of a user's sessions when an admin sets their password", async () => {
      const user = await account('diganti-admin@uji.warta.test')
      const token = await api.login('diganti-admin@uji.warta.test', TEST_PASSWORD)
      expect((await asAdmin(user.id, { password: 'sandi-baru-dari-admin-1' })).status).toBe(200)
      expect(await signedIn(token)).toBe(false)
    })

    it('should let an admin disable an account: every token refused at once, no login, the record and name kept', async () => {
      const user = await account('dinonaktifkan@uji.warta.test')
      const tokens = [await api.login('dinonaktifkan@uji.warta.test', TEST_PASSWORD), await api.login('dinonaktifkan@uji.warta.test', TEST_PASSWORD)]
      const res = await asAdmin(user.id, { disabled: true })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      for (const token of tokens) {
        expect(await signedIn(token)).toBe(false)
        expect((await api.post('/users/refresh-token', { token })).status).not.toBe(200)
      }
      const login = await api.post('/users/login', { body: { email: 'dinonaktifkan@uji.warta.test', password: TEST_PASSWORD } })
      expect(login.status).toBe(401)
      expect(code(login.body)).toBe('INVALID_CREDENTIALS')
      const kept = await t.payload.findByID({ collection: 'users', id: user.id })
      expect(kept).toMatchObject({ name: 'Akun dinonaktifkan@uji.warta.test', disabled: true })

      // Enabled again, the account logs in as before.
      expect((await asAdmin(user.id, { disabled: false })).status).toBe(200)
      expect(await whoIs(await api.login('dinonaktifkan@uji.warta.test', TEST_PASSWORD))).toBe('dinonaktifkan@uji.warta.test')
    })

    it('should refuse the tokens of an account disabled behind Payload’s back (a direct database edit)', async () => {
      const user = await account('langsung@uji.warta.test')
      const token = await api.login('langsung@uji.warta.test', TEST_PASSWORD)
      await t.payload.db.updateOne({ collection: 'users', id: user.id, data: { disabled: true } })
      expect(await signedIn(token)).toBe(false)
    })

    it('should not let anyone but an admin set the disabled flag, not even on their own record', async () => {
      const user = await account('bukan-admin@uji.warta.test', 'editor', 'poldaA')
      const token = await api.login('bukan-admin@uji.warta.test', TEST_PASSWORD)
      await api.patch(`/users/${n.users.writerA}`, { token, body: { disabled: true } })
      await api.patch(`/users/${user.id}`, { token, body: { disabled: true } })
      expect((await t.payload.findByID({ collection: 'users', id: n.users.writerA as number })).disabled).toBeFalsy()
      expect((await t.payload.findByID({ collection: 'users', id: user.id })).disabled).toBeFalsy()
      expect(await signedIn(token)).toBe(true)
    })
  })

  describe('role and unit changes (B24)', () => {
    const submittedReport = async (title: string) => {
      const created = await api.post<{ doc: { id: number } }>('/reports', { token: n.tokens.writerA, body: reportData(n, 'polresA', title) })
      expect(created.status).toBe(201)
      expect((await api.post(`/reports/${created.body.doc.id}/workflow`, { token: n.tokens.writerA, body: { action: 'submit' } })).status).toBe(200)
      return created.body.doc.id
    }
    const sendBack = (token: string, id: number) =>
      api.post<ErrorBody>(`/reports/${id}/workflow`, { token, body: { action: 'request_changes', note: 'Lengkapi nama pejabat.' } })

    it("should refuse a demoted editor's next editor-only action with the token they still hold", async () => {
      const editor = await account('editor-turun@uji.warta.test', 'editor', 'poldaA')
      const token = await api.login('editor-turun@uji.warta.test', TEST_PASSWORD)
      const id = await submittedReport('Laporan Uji Penurunan Peran')
      expect((await asAdmin(editor.id, { role: 'writer' })).status).toBe(200)
      const res = await sendBack(token, id)
      expect(res.status).toBe(401)
      expect(code(res.body)).toBe('UNAUTHENTICATED')
    })

    it('should read the role afresh on every request, so even a surviving session has only the new role', async () => {
      const editor = await account('editor-turun-db@uji.warta.test', 'editor', 'polresA')
      const token = await api.login('editor-turun-db@uji.warta.test', TEST_PASSWORD)
      const id = await submittedReport('Laporan Uji Peran Dibaca Ulang')
      // Past every hook: the session survives, the role in the database changes.
      await t.payload.db.updateOne({ collection: 'users', id: editor.id, data: { role: 'writer' } })
      expect(await signedIn(token)).toBe(true)
      // A writer of the same unit sees the report, but sending it back is an editor's action.
      const res = await sendBack(token, id)
      expect(res.status).toBe(403)
      expect(code(res.body)).toBe('NOT_ALLOWED')
      expect((await api.get<{ state: string }>(`/reports/${id}/workflow`, { token: n.tokens.editorA })).body.state).toBe('in_review')
    })

    it("should end a user's sessions when an admin moves them to another unit", async () => {
      const user = await account('pindah@uji.warta.test', 'editor', 'poldaB')
      const token = await api.login('pindah@uji.warta.test', TEST_PASSWORD)
      expect((await asAdmin(user.id, { unit: n.units.poldaA })).status).toBe(200)
      expect(await signedIn(token)).toBe(false)
      expect(await whoIs(await api.login('pindah@uji.warta.test', TEST_PASSWORD))).toBe('pindah@uji.warta.test')
    })

    it('should leave sessions alone on a change that grants nothing (a new name)', async () => {
      const user = await account('nama-baru@uji.warta.test')
      const token = await api.login('nama-baru@uji.warta.test', TEST_PASSWORD)
      expect((await asAdmin(user.id, { name: 'Nama Baru Sekali' })).status).toBe(200)
      expect((await api.patch(`/users/${user.id}`, { token, body: { name: 'Nama Saya Sendiri' } })).status).toBe(200)
      expect(await signedIn(token)).toBe(true)
      expect(emailOf('writerA')).toBe('writera@uji.warta.test')
    })
  })
})
