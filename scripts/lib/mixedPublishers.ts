import { act, createReport, idBy, login, rakorReport } from './restApi'

/** A writer and the editor who approves their unit's reports (src/seed/data/users.ts): nobody approves their own work. */
type Pair = { writer: string; editor: string; unit: string; city: string }

export const PUBLISHING_PAIRS: Pair[] = [
  { writer: 'penulis.palembang@warta.test', editor: 'editor.sumsel@warta.test', unit: 'polrestabes-palembang', city: 'Palembang' },
  { writer: 'penulis.makassar@warta.test', editor: 'editor.sulsel@warta.test', unit: 'polrestabes-makassar', city: 'Makassar' },
  { writer: 'penulis.jayapura@warta.test', editor: 'editor.papua@warta.test', unit: 'polresta-jayapura-kota', city: 'Jayapura' },
]

/**
 * One publication: when it began (epoch ms) and how long each call took (ms); `publishedAt` when the
 * publish call returned; `marker` a word its title (and so its slug) has and no other report's.
 */
export type Cycle = { pair: number; at: number; create: number; submit: number; publish: number; total: number; publishedAt: number; marker: string }
export type PublishFailure = { pair: number; step: string; message: string }

const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now()
  const value = await work()
  return [value, performance.now() - started]
}

/** The pairs signed in, with the ids their reports need. */
export const preparePairs = async (origin: string, password: string, pairs = PUBLISHING_PAIRS) =>
  Promise.all(
    pairs.map(async (pair) => {
      const writer = await login(origin, pair.writer, password)
      const editor = await login(origin, pair.editor, password)
      const unit = await idBy(origin, editor, 'units', pair.unit)
      const activityType = await idBy(origin, editor, 'activity-types', 'rakor')
      return { ...pair, writer, editor, unit, activityType }
    }),
  )

/**
 * Each pair, until `until` (epoch ms), as fast as it can: the writer creates a report and submits it,
 * the editor publishes it (POST /api/reports/:id/workflow), through the REST API as the admin does.
 * A failed call is noted and the pair goes on with a new report.
 */
export const runPublishers = async ({ origin, pairs, until }: { origin: string; pairs: Awaited<ReturnType<typeof preparePairs>>; until: number }) => {
  const cycles: Cycle[] = []
  const failures: PublishFailure[] = []
  const publish = async (i: number) => {
    const pair = pairs[i]!
    for (let n = 1; Date.now() < until; n++) {
      const word = `serentak${i}x${n}x${Date.now().toString(36)}`
      const at = Date.now()
      let step = 'create'
      try {
        const [report, create] = await timed(() =>
          createReport(origin, pair.writer, rakorReport({ title: `Rakor Uji Beban Terbit Serentak ${pair.city} ${n} ${word}`, word, unit: pair.unit, activityType: pair.activityType, city: pair.city })),
        )
        step = 'submit'
        const [, submit] = await timed(() => act(origin, pair.writer, report.id, { action: 'submit' }))
        step = 'publish'
        const [, publishMs] = await timed(() => act(origin, pair.editor, report.id, { action: 'publish' }))
        cycles.push({ pair: i, at, create, submit, publish: publishMs, total: create + submit + publishMs, publishedAt: Date.now(), marker: word })
      } catch (error) {
        failures.push({ pair: i, step, message: error instanceof Error ? error.message.slice(0, 160) : String(error) })
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
  }
  await Promise.all(pairs.map((_, i) => publish(i)))
  return { cycles, failures }
}
