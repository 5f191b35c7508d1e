import { chromium } from '@playwright/test'
import lighthouse from 'lighthouse'

import { CHROMIUM_ARGS, chromiumPath } from './chromium'

export type LighthouseCategory = 'performance' | 'accessibility' | 'seo'
export type Audit = {
  url: string
  scores: Record<LighthouseCategory, number>
  /** First contentful paint, largest contentful paint, total blocking time (ms) and layout shift. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number }
  /** Audits that scored under 0.9, with Lighthouse's own summary: what to fix. */
  failed: string[]
}

const metric = (audits: Record<string, { numericValue?: number }>, id: string) => audits[id]?.numericValue ?? NaN

/**
 * Lighthouse's mobile audit with its defaults (a mid-range phone, slow 4G and a 4x slower CPU,
 * simulated) of each URL, `runs` times, in Debian's Chromium.
 */
export const auditPages = async (urls: string[], { runs = 1, categories = ['performance', 'accessibility', 'seo'] as LighthouseCategory[], port = 9333 } = {}): Promise<Audit[]> => {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] })
  const audits: Audit[] = []
  try {
    for (const url of urls) {
      for (let run = 0; run < runs; run++) {
        const lhr = (await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories }))?.lhr
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`)
        if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`)
        audits.push({
          url,
          scores: Object.fromEntries(categories.map((id) => [id, lhr.categories[id]?.score ?? 0])) as Record<LighthouseCategory, number>,
          metrics: {
            fcp: metric(lhr.audits, 'first-contentful-paint'),
            lcp: metric(lhr.audits, 'largest-contentful-paint'),
            tbt: metric(lhr.audits, 'total-blocking-time'),
            cls: metric(lhr.audits, 'cumulative-layout-shift'),
          },
          failed: Object.values(lhr.audits)
            .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
            .map((audit) => `${audit.id}: ${audit.displayValue ?? audit.score}`),
        })
      }
    }
  } finally {
    await browser.close()
  }
  return audits
}
