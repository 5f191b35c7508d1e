/**
 * Publish-to-visible through a shared cache: a writer writes and submits, an editor publishes, both
 * through one app process (`via`); readers ask `reader` (Varnish), which held home before. The time
 * until the report's page and home both show it there. Then once more with the report's page asked
 * for before its publication too (a reader with an early link): its 404 must not outlive it.
 */
import { act, createReport, idBy, login, rakorReport } from './restApi'

type Outcome = { ms: number; afterAnswerMs: number } | { invisible: string }

export type Visible = {
  /** From the moment the editor's publish request was sent, in ms, of the publications that became visible. */
  times: number[]
  /** From the moment its answer came. */
  afterAnswer: number[]
  /** Publications still not visible after GIVE_UP_MS, with what the reader was answered then. */
  invisible: string[]
  /** The publication whose page was asked for before. */
  askedBefore: Outcome
}

const POLL_MS = 15
const GIVE_UP_MS = 5_000

const get = async (url: string): Promise<{ status: number; body: string; said: string }> => {
  const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } })
  const header = (name: string) => response.headers.get(name) ?? '-'
  return {
    status: response.status,
    body: await response.text(),
    said: `${response.status}, X-Cache ${header('x-cache')}, Age ${header('age')}, Cache-Control ${header('cache-control')}`,
  }
}

/**
 * The bench's newsroom, signed in through `via`: Palembang's writer and the editor who approves their
 * reports, and `submitted`, which has the writer write a report (its title and text carrying `word`)
 * and submit it, ready for the editor to publish.
 */
export const benchNewsroom = async (via: string, password: string) => {
  const writer = await login(via, 'penulis.palembang@warta.test', password)
  const editor = await login(via, 'editor.sumsel@warta.test', password)
  const unit = await idBy(via, editor, 'units', 'polrestabes-palembang')
  const activityType = await idBy(via, editor, 'activity-types', 'rakor')
  const submitted = async (title: string, word: string) => {
    const report = await createReport(via, writer, rakorReport({ title, word, unit, activityType }))
    await act(via, writer, report.id, { action: 'submit' })
    return report
  }
  return { editor, submitted }
}

export const publishToVisible = async ({
  via,
  reader,
  password,
  publications,
}: {
  via: string
  reader: string
  password: string
  publications: number
}): Promise<Visible> => {
  const { editor, submitted } = await benchNewsroom(via, password)

  const publishOne = async (n: number, askPageBefore: boolean): Promise<Outcome> => {
    const word = `tolokukur${Date.now().toString(36)}`
    const report = await submitted(`Rakor Tolok Ukur Klaster ${n} ${word}`, word)
    if (askPageBefore) await get(`${reader}/berita/${report.slug}`)
    // Varnish holds home before the publication.
    await get(`${reader}/`)
    const home = await get(`${reader}/`)
    if (!home.said.includes('X-Cache HIT')) throw new Error(`Varnish did not keep home before the publication (${home.said})`)

    const sent = performance.now()
    await act(via, editor, report.id, { action: 'publish' })
    const answered = performance.now()
    for (;;) {
      const [page, home] = await Promise.all([get(`${reader}/berita/${report.slug}`), get(`${reader}/`)])
      if (page.status === 200 && home.body.includes(report.slug))
        return { ms: performance.now() - sent, afterAnswerMs: performance.now() - answered }
      if (performance.now() - sent > GIVE_UP_MS) {
        return {
          invisible: `publication ${n} after ${GIVE_UP_MS / 1000} s: page ${page.said}; home ${home.body.includes(report.slug) ? 'lists it' : `does not list it (${home.said})`}`,
        }
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
  }

  const visible: Visible = { times: [], afterAnswer: [], invisible: [], askedBefore: { invisible: 'not tried' } }
  for (let n = 1; n <= publications; n++) {
    const outcome = await publishOne(n, false)
    if ('invisible' in outcome) visible.invisible.push(outcome.invisible)
    else {
      visible.times.push(outcome.ms)
      visible.afterAnswer.push(outcome.afterAnswerMs)
    }
  }
  visible.askedBefore = await publishOne(publications + 1, true)
  return visible
}
