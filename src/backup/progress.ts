import { formatBytes } from './files'

/** Receives the operator's progress lines, one plain line at a time (the output may go to a log). */
export type Progress = (line: string) => void

/** Work done since the last call: whole files finished and bytes processed. */
export type Tick = (files: number, bytes: number) => void

export type Meter = { tick: Tick; finish: () => void }

export type Totals = { files: number; bytes: number }

const INTERVAL_MS = 2000
const STEP = 0.1

/** `1,640`: digits grouped by thousands, without depending on the machine's locale. */
export const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** `0.4 s`, `12 s`, `3 min 05 s`: for the summary line. */
export const formatDuration = (ms: number): string => {
  const seconds = ms / 1000
  if (seconds < 10) return `${seconds.toFixed(1)} s`
  if (seconds < 120) return `${Math.round(seconds)} s`
  const whole = Math.round(seconds)
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`
}

/** `812 of 1,640 files, 410.2 MB of 820.0 MB` */
export const formatShare = (done: Totals, total: Totals): string =>
  `${formatCount(done.files)} of ${formatCount(total.files)} ${total.files === 1 ? 'file' : 'files'}, ${formatBytes(done.bytes)} of ${formatBytes(total.bytes)}`

/**
 * Reports one long phase as `  <label>: 812 of 1,640 files, 410.2 MB of 820.0 MB`. A line is printed
 * only when both 2 s and a tenth of the work (by bytes, or by files when there are no bytes) have
 * passed since the last one, so a long run prints about ten lines and a short one none; `finish`
 * always prints the final line.
 */
export const meter = (progress: Progress, label: string, total: Totals, clock: () => number = Date.now): Meter => {
  const done: Totals = { files: 0, bytes: 0 }
  const share = () => (total.bytes > 0 ? done.bytes / total.bytes : total.files > 0 ? done.files / total.files : 1)
  let lastAt = clock()
  let lastShare = 0
  let lastLine = ''
  const line = () => {
    const text = `  ${label}: ${formatShare(done, total)}`
    // Never the same line twice: a tick may just have printed the finished count.
    if (text !== lastLine) progress(text)
    lastLine = text
  }
  return {
    tick: (files, bytes) => {
      done.files += files
      done.bytes += bytes
      const now = clock()
      if (now - lastAt < INTERVAL_MS || share() - lastShare < STEP) return
      lastAt = now
      lastShare = share()
      line()
    },
    finish: line,
  }
}
