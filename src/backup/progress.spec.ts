import { describe, expect, it } from 'vitest'

import { formatCount, formatDuration, meter } from './progress'

const MB = 1024 * 1024

/** A meter on a clock the test moves by hand. */
const run = (files: number, bytes: number) => {
  const lines: string[] = []
  let now = 0
  const m = meter((line) => lines.push(line), 'checksums', { files, bytes }, () => now)
  return { lines, m, wait: (ms: number) => (now += ms) }
}

describe('progress meter', () => {
  it('should print counts and bytes done of total, ending with one final line', () => {
    const { lines, m } = run(1640, 820 * MB)
    for (let i = 0; i < 1640; i++) m.tick(1, (820 * MB) / 1640)
    m.finish()
    // Done within the first 2 s: only the final line.
    expect(lines).toEqual(['  checksums: 1,640 of 1,640 files, 820.0 MB of 820.0 MB'])
  })

  it('should print at most one line per 2 s and per tenth of the work on a long run', () => {
    const { lines, m, wait } = run(100, 100 * MB)
    for (let i = 0; i < 100; i++) {
      wait(1000)
      m.tick(1, MB)
    }
    m.finish()
    // 100 s for 100 files: a tenth of the work is the rarer step, so ten lines, the last one final.
    expect(lines).toHaveLength(10)
    expect(lines[0]).toBe('  checksums: 10 of 100 files, 10.0 MB of 100.0 MB')
    expect(lines.at(-1)).toBe('  checksums: 100 of 100 files, 100.0 MB of 100.0 MB')

    // Fast progress on a slow clock: 2 s is the rarer step.
    const fast = run(1000, 0)
    for (let i = 0; i < 1000; i++) {
      fast.wait(10)
      fast.m.tick(1, 0)
    }
    fast.m.finish()
    expect(fast.lines).toEqual([
      '  checksums: 200 of 1,000 files, 0 B of 0 B',
      '  checksums: 400 of 1,000 files, 0 B of 0 B',
      '  checksums: 600 of 1,000 files, 0 B of 0 B',
      '  checksums: 800 of 1,000 files, 0 B of 0 B',
      '  checksums: 1,000 of 1,000 files, 0 B of 0 B',
    ])
  })

  it('should print the final line of an empty phase', () => {
    const { lines, m } = run(0, 0)
    m.finish()
    expect(lines).toEqual(['  checksums: 0 of 0 files, 0 B of 0 B'])
  })

  it('should write counts and durations as an operator reads them', () => {
    expect([0, 999, 1000, 1640, 1234567].map(formatCount)).toEqual(['0', '999', '1,000', '1,640', '1,234,567'])
    expect([420, 12_300, 185_000].map(formatDuration)).toEqual(['0.4 s', '12 s', '3 min 05 s'])
  })
})
