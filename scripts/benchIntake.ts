/**
 * `npm run bench:intake [-- --passes 5 --misses]`: how well intake reads the corpus of releases in
 * src/intake/corpus/ (written for it, never copied from a site), and how fast.
 *
 * Prints precision and recall per field (headline, dateline city, activity date and time, activity
 * type, venue, officials by exact rank and name), the chrome lines left in a body, and the time per
 * release (median and p95 over every pass), and the time of 200 KB of adversarial input. With
 * --misses, every miss. Targets: headline, dateline and date >= 95%; officials >= 90%; no chrome
 * left; under 50 ms per release.
 */
import { ADVERSARIAL_INPUTS } from '@/intake/adversarialInputs'
import { loadCorpus } from '@/intake/corpus/loadCorpus'
import { CORPUS_ACTIVITY_TYPES, FIELDS, precision, recall, scoreCorpus } from '@/intake/corpus/scoreCorpus'
import { parseRelease } from '@/intake/parseRelease'
import { runChecks } from '@/intake/runChecks'
import { loadSpeller } from '@/intake/speller'

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`)
  const value = at === -1 ? NaN : Number(process.argv[at + 1])
  return Number.isFinite(value) && value > 0 ? value : fallback
}
const PASSES = arg('passes', 5)
const say = (line: string) => process.stdout.write(`${line}\n`)
const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7)

const releases = loadCorpus()
const score = scoreCorpus(releases)

say(`Intake over ${releases.length} releases`)
say(`${'field'.padEnd(14)} precision  recall   correct/given/expected`)
for (const field of FIELDS) {
  const tally = score.fields[field]
  say(`${field.padEnd(14)} ${percent(precision(tally))}   ${percent(recall(tally))}   ${tally.correct}/${tally.given}/${tally.expected}`)
}
say(`chrome left in a body: ${score.chromeLeft.length}${score.chromeLeft.map(({ id, line }) => `\n  ${id}: ${line}`).join('')}`)
say(`expected warnings not given: ${score.missingWarnings.length}${score.missingWarnings.map(({ id, code }) => `\n  ${id}: ${code}`).join('')}`)
if (process.argv.includes('--misses')) {
  for (const miss of score.misses) say(`miss ${miss.id} ${miss.field}: expected ${JSON.stringify(miss.expected)}, got ${JSON.stringify(miss.got)}`)
}

// Timing: the first pass warms the code up and is not counted.
const times: number[] = []
for (let pass = 0; pass <= PASSES; pass += 1) {
  for (const release of releases) {
    const started = performance.now()
    parseRelease(release.input, { activityTypes: CORPUS_ACTIVITY_TYPES, timeZone: release.timeZone, now: release.now })
    if (pass > 0) times.push(performance.now() - started)
  }
}
times.sort((a, b) => a - b)
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0
say(`time per release over ${PASSES} passes: median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${(times.at(-1) ?? 0).toFixed(2)} ms`)

// The checks before submit with the speller, on each release as intake reads it.
const speller = loadSpeller()
if (!speller) say('checks: the speller is not installed (apt-get install hunspell-id); timed without spelling')
const checkTimes = releases
  .map((release) => {
    const { fields } = parseRelease(release.input, { activityTypes: CORPUS_ACTIVITY_TYPES, timeZone: release.timeZone, now: release.now })
    const started = performance.now()
    runChecks({ title: fields.title, summary: fields.summary, activityAt: fields.activityAt, activityDateText: fields.activityDateText, bodyText: fields.bodyParagraphs.join('\n'), officials: fields.officials, createdAt: release.now }, { now: release.now, spell: speller })
    return performance.now() - started
  })
  .sort((a, b) => a - b)
say(`checks per release${speller ? ' with the speller' : ''}: median ${(checkTimes[Math.floor(checkTimes.length / 2)] ?? 0).toFixed(2)} ms, max ${(checkTimes.at(-1) ?? 0).toFixed(2)} ms`)

// The largest paste intake takes (200 KB), in the shapes that once made reading slow: the better of two readings.
for (const [name, text] of ADVERSARIAL_INPUTS) {
  const ms = Math.min(
    ...[0, 1].map(() => {
      const started = performance.now()
      parseRelease({ text }, { activityTypes: CORPUS_ACTIVITY_TYPES, timeZone: 'Asia/Jakarta', now: new Date() })
      return performance.now() - started
    }),
  )
  say(`200 KB of ${name}: ${ms.toFixed(0)} ms`)
}
