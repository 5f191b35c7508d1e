import fc from 'fast-check'
import sharp from 'sharp'

import { isInScope, type Actor } from '@/workflow/machine'
import { relationOf } from '@/workflow/relation'

import { activeUsers, unitTree, type MUser, type Model } from './state'
import type { Answer, Real } from './system'

export type Cmd = fc.AsyncCommand<Model, Real>

/** How often each outcome came up in this process (the model test prints it, MODEL_VERBOSE=1). */
export const outcomes = new Map<string, number>()

export const pick = <T>(list: T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length])

export const codeOf = (body: unknown): string | undefined => (body as { errors?: { data?: { code?: string } }[] })?.errors?.[0]?.data?.code

/** Throws, with the answer, unless it has one of the expected statuses (and code, when given). */
export const expectAnswer = (what: string, answer: Answer, statuses: number[], code?: string) => {
  outcomes.set(what, (outcomes.get(what) ?? 0) + 1)
  if (!statuses.includes(answer.status) || (code !== undefined && codeOf(answer.body) !== code)) {
    throw new Error(`${what}: expected ${statuses.join('/')}${code ? ` ${code}` : ''}, got ${answer.status} ${JSON.stringify(answer.body).slice(0, 400)}`)
  }
}

export const actorFor = (m: Model, user: MUser, unit: string): Actor => ({ id: user.key, role: user.role, relation: relationOf(unitTree(m), user.unit, unit) })

/**
 * The acting user: three times in four one for whom the command can make sense (`fits`), else anyone,
 * so that both what is allowed and what must be refused come up often.
 */
export const chooseUser = (m: Model, n: number | string, fits: (user: MUser) => boolean): MUser => {
  if (typeof n === 'string') return activeUsers(m).find((u) => u.key === n)!
  const fitting = activeUsers(m).filter(fits)
  return (n % 4 !== 0 && fitting.length > 0 ? pick(fitting, Math.floor(n / 4)) : pick(activeUsers(m), n))!
}
export const isAdminUser = (user: MUser) => user.role === 'admin'

/** Where `user` may write: the unit's reports (the REST update access and the workflow's read). */
export const inScope = (m: Model, user: MUser, unit: string) => isInScope(actorFor(m, user, unit))

export const files = (renditions: unknown): string[] =>
  Object.values((renditions ?? {}) as Record<string, { filename?: string } | undefined>).flatMap((r) => (r?.filename ? [r.filename] : []))

export const smallPhoto = (seed: number) =>
  sharp({ create: { width: 360 + (seed % 5) * 40, height: 270, channels: 3, background: { r: (seed * 37) % 256, g: 90, b: 140 } } })
    .jpeg({ quality: 80 })
    .toBuffer()

/** One command: its action through the API, its effect on the model, then every public surface checked. */
export abstract class Step implements Cmd {
  abstract check(m: Readonly<Model>): boolean
  abstract act(m: Model, r: Real): Promise<void>
  abstract toString(): string
  async run(m: Model, r: Real): Promise<void> {
    r.log.push(this.toString())
    await this.act(m, r)
    await r.verify(m)
  }
}
