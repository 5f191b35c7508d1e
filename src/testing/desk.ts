import { expect } from 'vitest'

import type { Media } from '@/payload-types'

import { photoJpeg } from './images'
import { reportData, type Newsroom } from './newsroom'
import type { RestClient } from './restClient'

type Doc = { id: number | string; title: string; slug: string; state: string; _status: string }
export type ErrorBody = { errors?: { message: string; data?: { code?: string; fields?: string[]; errors?: { path: string }[] } }[] }

/** The error code of a refusal (`data.code`), or undefined. */
export const codeOf = (body: unknown): string | undefined => (body as ErrorBody).errors?.[0]?.data?.code

/**
 * What the newsroom's people do, over REST as the admin and the workflow panel do it: write, upload,
 * edit, take workflow actions. Each step that must succeed asserts its status with the answer shown.
 */
export const desk = (api: RestClient, n: Newsroom) => {
  const token = (user: string | null) => (user ? (n.tokens[user] ?? null) : null)
  const act = (user: string | null, id: Doc['id'], body: Record<string, unknown>) => api.post<Doc & ErrorBody & { revision?: string }>(`/reports/${id}/workflow`, { token: token(user), body })
  const must = async <T extends { status: number; body: unknown }>(expected: number, response: Promise<T>): Promise<T> => {
    const res = await response
    expect(res.status, JSON.stringify(res.body)).toBe(expected)
    return res
  }
  return {
    token,
    act,
    create: async (user: string, unit: string, title: string, extra: Record<string, unknown> = {}) =>
      (await must(201, api.post<{ doc: Doc }>('/reports', { token: token(user), body: reportData(n, unit, title, extra) }))).body.doc,
    edit: (user: string, id: Doc['id'], data: Record<string, unknown>) => api.patch<{ doc: Doc } & ErrorBody>(`/reports/${id}?draft=true`, { token: token(user), body: data }),
    /** Submitted by `writer`, approved by `editor`. */
    publish: async (id: Doc['id'], { writer = 'writerA', editor = 'editorA', input = {} }: { writer?: string; editor?: string; input?: Record<string, unknown> } = {}) => {
      await must(200, act(writer, id, { action: 'submit' }))
      await must(200, act(editor, id, { action: 'publish', ...input }))
    },
    mustAct: (user: string, id: Doc['id'], body: Record<string, unknown>) => must(200, act(user, id, body)),
    upload: async (user: string, fields: Record<string, unknown> = {}, size: [number, number] = [480, 360]) =>
      (
        await must(
          201,
          api.upload<{ doc: Media }>('/media', {
            file: await photoJpeg(...size),
            filename: 'foto-kegiatan.jpg',
            type: 'image/jpeg',
            token: token(user),
            fields: { alt: 'Peserta kegiatan', caption: 'Keterangan awal.', credit: 'Foto: Humas', ...fields },
          }),
        )
      ).body.doc,
  }
}
