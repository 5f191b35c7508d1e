import { expect, test } from '@playwright/test'

import { auditPages } from '../scripts/lib/lighthouse'

/**
 * Lighthouse's mobile audit of the home page and a report page on the production server:
 * accessibility and SEO 100. (Its performance score is a timing, so it is measured by
 * `npm run bench`, not asserted here: see the README's Performance section.)
 */
test('should score 100 for accessibility and SEO in Lighthouse on mobile, on home and a report', async ({ baseURL, request }) => {
  test.setTimeout(180_000)
  const feed = JSON.parse(await (await request.get('/feed.json')).text()) as { items: { url: string; image?: string }[] }
  // A report with a lead photo: the heavier page.
  const report = feed.items.find((item) => item.image) ?? feed.items[0]!
  const audits = await auditPages([`${baseURL}/`, report.url], { categories: ['accessibility', 'seo'] })
  for (const audit of audits) {
    const why = `${audit.url}: ${audit.failed.join(', ')}`
    expect(audit.scores.accessibility, why).toBe(1)
    expect(audit.scores.seo, why).toBe(1)
  }
})
