import type { Payload } from 'payload'

import { channelOf, feedScopeFor, loadFeedItems, SITE_FEED_SCOPE, type FeedScope } from '@/data/feedDocument'
import { findArchiveMonths } from '@/data/findArchiveMonths'
import { findCorrections } from '@/data/findCorrections'
import { findCurrentSlugFor, findReportBySlug, findWithdrawalNotice } from '@/data/findReport'
import { findReportCards, findSections } from '@/data/findReportCards'
import { findSearchResults } from '@/data/findSearchResults'
import { countPublishedReports, findNewsEntries, findSitemapEntries } from '@/data/findSitemapEntries'
import { findActivityTypes, findTags, findUnits, subtreeOf } from '@/data/findTaxonomy'
import { buildAtom } from '@/feeds/atom'
import { buildJsonFeed } from '@/feeds/jsonFeed'
import { buildRss } from '@/feeds/rss'
import { serveRendition } from '@/media/serveRendition'
import { newsArticle, reportMetadata } from '@/utilities/reportMetadata'

import { activePhotos, activeReports, clockNow, fileIsPublic, liveReports, publicPhotoKeys, publicTagKeys, publicTokens, type Model } from './state'
import type { Real } from './system'
import { leakedTokens, tokensIn } from './tokens'

type ID = number | string
type Seen = { where: string; text: string }

const sameSet = (a: Iterable<unknown>, b: Iterable<unknown>) => {
  const x = [...new Set([...a].map(String))].sort()
  const y = [...new Set([...b].map(String))].sort()
  return JSON.stringify(x) === JSON.stringify(y)
}

/**
 * Every public surface, read as an anonymous reader through the functions the public routes use and
 * through the anonymous REST and GraphQL API, compared with the model: each live report exactly as
 * approved, nothing else, and no token anywhere that the model does not expect to be public.
 */
export const verifyInProcess = (payload: Payload, client: Real['client'], graphql: (query: string) => Promise<{ status: number; body: unknown }>) => async (m: Model): Promise<void> => {
  const started = performance.now()
  const failures: string[] = []
  const seen: Seen[] = []
  const see = (where: string, value: unknown) => seen.push({ where, text: typeof value === 'string' ? value : JSON.stringify(value) })
  const expect = (ok: boolean, message: string) => {
    if (!ok) failures.push(message)
  }
  const live = liveReports(m)
  const liveIds = live.map((r) => r.id)
  const liveSlugs = live.map((r) => r.live.slug)

  // Report pages, withdrawal notices and old-slug redirects, for every slug the model has seen.
  const slugs = new Set([...m.reports.flatMap((r) => [r.slug, ...(r.live ? [r.live.slug, ...r.live.previousSlugs] : []), ...r.previousSlugs]), ...m.notices.map((n) => n.slug)])
  for (const slug of slugs) {
    const page = await findReportBySlug(payload, slug)
    see(`page ${slug}`, page)
    const expected = live.find((r) => r.live.slug === slug)
    expect(Boolean(page) === Boolean(expected), `page ${slug}: ${page ? 'shown' : 'missing'}, expected ${expected ? 'shown' : 'none'}`)
    if (page && expected) {
      const { content } = expected.live
      expect(page.title === content.title && page.summary === content.summary, `page ${slug}: title or summary not the approved ones`)
      const lead = content.lead === null ? null : m.photos[content.lead]?.approved
      const shownLead = page.leadPhoto && typeof page.leadPhoto === 'object' ? page.leadPhoto : null
      expect((shownLead?.caption ?? null) === (lead?.caption ?? null), `page ${slug}: lead photo caption ${shownLead?.caption} is not the approved ${lead?.caption}`)
      see(`metadata ${slug}`, reportMetadata(page, null))
      see(`json-ld ${slug}`, newsArticle(page))
      expect(newsArticle(page).headline === content.title, `json-ld ${slug}: headline`)
    }
    const notice = await findWithdrawalNotice(payload, slug)
    see(`notice ${slug}`, notice)
    const withdrawal = m.notices.filter((n) => n.kind === 'withdrawal' && n.slug === slug).at(-1)
    expect((notice?.reportTitle ?? null) === (withdrawal?.title ?? null), `notice ${slug}: ${notice?.reportTitle} where the model has ${withdrawal?.title}`)
    const current = await findCurrentSlugFor(payload, slug)
    const redirect = live.find((r) => r.live.previousSlugs.includes(slug))?.live.slug ?? null
    expect(current === redirect, `redirect ${slug}: ${current} where the model has ${redirect}`)
  }

  // Lists: everything, per unit (with the units below), per activity type, per public tag; home sections.
  const units = await findUnits(payload)
  const types = await findActivityTypes(payload)
  const tags = await findTags(payload)
  see('units', units)
  see('tags', tags)
  const publicTags = [...publicTagKeys(m)].map((key) => m.tags[key]!)
  expect(sameSet(tags.map((t) => t.id), publicTags.map((t) => t.id)), `public tags ${tags.map((t) => t.id)} where the model has ${publicTags.map((t) => t.id)}`)
  const all = await findReportCards(payload, { limit: 100 })
  see('list', all)
  expect(sameSet(all.docs.map((d) => d.id), liveIds), `list: ${all.docs.map((d) => d.id)} where the model has ${liveIds}`)
  const modelUnitOf = (id: ID) => m.units.find((u) => String(u.id) === String(id))?.key
  const scopes: FeedScope[] = [SITE_FEED_SCOPE]
  for (const unit of units) {
    const ids = subtreeOf(units, unit.id)
    const keys = ids.map(modelUnitOf)
    const cards = await findReportCards(payload, { where: { unit: { in: ids } }, limit: 100, count: false })
    expect(sameSet(cards.docs.map((d) => d.id), live.filter((r) => keys.includes(r.unit)).map((r) => r.id)), `unit ${unit.slug} list`)
    scopes.push(feedScopeFor('unit', unit.slug ?? '', { units, activityTypes: types, tags })!)
  }
  for (const type of types) scopes.push(feedScopeFor('kategori', type.slug ?? '', { units, activityTypes: types, tags })!)
  for (const tag of m.tags) {
    const scope = feedScopeFor('tag', tag.slug, { units, activityTypes: types, tags })
    expect(Boolean(scope) === publicTagKeys(m).has(tag.key), `tag ${tag.slug}: public page and feed ${scope ? 'exist' : 'missing'}`)
    if (scope) scopes.push(scope)
  }
  const regional = units.filter((u) => u.level === 'regional')
  const sections = await findSections(payload, [...regional.map((u) => ({ units: subtreeOf(units, u.id) })), ...types.map((t) => ({ activityType: t.id }))], 3)
  see('sections', sections)
  for (const card of sections.flat()) expect(liveIds.map(String).includes(String(card.id)), `home section shows report ${card.id}, not live`)

  // Feeds at every scope, in all three formats (one read of the items, three builders).
  for (const scope of scopes) {
    const items = await loadFeedItems(payload, scope.where)
    for (const [format, build] of [['rss', buildRss], ['atom', buildAtom], ['json', buildJsonFeed]] as const) see(`feed ${scope.key} ${format}`, build(channelOf(scope, format), items))
    const inScope = live.filter((r) => {
      if (scope.key === 'all') return true
      const [kind, id] = scope.key.split(':')
      if (kind === 'unit') return subtreeOf(units, Number(id)).map(modelUnitOf).includes(r.unit)
      if (kind === 'type') return String(m.types.find((t) => t.key === r.live.content.activityType)?.id) === id
      return r.live.content.tags.some((key) => String(m.tags[key]?.id) === id)
    })
    expect(sameSet(items.map((i) => i.title), inScope.map((r) => r.live.content.title)), `feed ${scope.key}: ${items.map((i) => i.title)} where the model has ${inScope.map((r) => r.live.content.title)}`)
  }

  // Search, sitemaps, the news sitemap, the archive, the corrections register.
  for (const report of activeReports(m)) {
    for (const token of new Set([...tokensIn(report.working.title), ...(report.live ? tokensIn(report.live.content.title) : [])])) {
      const found = await findSearchResults(payload, token, 1)
      see(`search ${token}`, found.docs)
      const expected = live.filter((r) => [r.live.content.title, r.live.content.summary ?? '', r.live.content.bodyText ?? ''].some((t) => tokensIn(t).includes(token)))
      expect(sameSet(found.docs.map((d) => d.id), expected.map((r) => r.id)), `search ${token}: ${found.docs.map((d) => d.id)} where the model has ${expected.map((r) => r.id)}`)
    }
  }
  const sitemap = await findSitemapEntries(payload, 1)
  see('sitemap', sitemap)
  expect(sameSet(sitemap.map((e) => e.slug), liveSlugs), `sitemap: ${sitemap.map((e) => e.slug)}`)
  expect((await countPublishedReports(payload)) === live.length, 'published count')
  const news = await findNewsEntries(payload, new Date())
  see('news sitemap', news)
  expect(sameSet(news.map((e) => e.slug), liveSlugs), `news sitemap: ${news.map((e) => e.slug)}`)
  expect((await findArchiveMonths(payload)).reduce((n, month) => n + month.count, 0) === live.length, 'archive counts')
  const register = await findCorrections(payload, 1)
  see('corrections', register)
  expect(
    sameSet(register.docs.map((c) => `${c.kind}|${c.reportTitle}|${c.reportSlug}|${c.note}`), m.notices.map((n) => `${n.kind}|${n.title}|${n.slug}|${n.note}`)),
    `corrections register: ${register.docs.map((c) => `${c.kind} ${c.reportTitle}`)} where the model has ${m.notices.map((n) => `${n.kind} ${n.title}`)}`,
  )

  // The anonymous REST and GraphQL API.
  const list = await client.get<{ docs?: { id: ID; title: string }[] }>('/reports?limit=100&depth=1')
  see('GET /reports', list.body)
  expect(sameSet((list.body.docs ?? []).map((d) => d.id), liveIds), `GET /reports: ${(list.body.docs ?? []).map((d) => d.id)}`)
  for (const report of activeReports(m)) {
    for (const path of [`/reports/${report.id}?depth=1`, `/reports/${report.id}?draft=true&depth=1`]) {
      const one = await client.get<{ title?: string }>(path)
      see(`GET ${path}`, one.body)
      expect(one.status === (report.live ? 200 : 404), `GET ${path}: ${one.status}`)
      if (report.live) expect(one.body.title === report.live.content.title, `GET ${path}: title ${one.body.title}`)
    }
  }
  expect((await client.get('/reports/versions')).status >= 400, 'GET /reports/versions answered anonymously')
  const photos = await client.get<{ docs?: { id: ID; caption?: string | null }[] }>('/media?limit=100')
  see('GET /media', photos.body)
  const publicPhotos = [...publicPhotoKeys(m)].map((key) => m.photos[key]!)
  expect(sameSet((photos.body.docs ?? []).map((d) => d.id), publicPhotos.map((p) => p.id)), `GET /media: ${(photos.body.docs ?? []).map((d) => d.id)} where the model has ${publicPhotos.map((p) => p.id)}`)
  // SQLite gives a new row the id of the newest row when that was deleted: a deleted photo's id may now be another photo's.
  const idsInUse = new Set(activePhotos(m).map((p) => String(p.id)))
  for (const photo of m.photos.filter((p) => !p.deleted || !idsInUse.has(String(p.id)))) {
    const one = await client.get<{ caption?: string; alt?: string; credit?: string }>(`/media/${photo.id}`)
    see(`GET /media/${photo.id}`, one.body)
    const expected = publicPhotoKeys(m).has(photo.key) ? photo.approved : null
    expect(one.status === (expected ? 200 : 404), `GET /media/${photo.id}: ${one.status}`)
    if (expected) expect(one.body.caption === expected.caption && one.body.alt === expected.alt && one.body.credit === expected.credit, `GET /media/${photo.id}: not the approved caption, alt or credit`)
  }
  see('GET /tags', (await client.get('/tags?limit=100')).body)
  see('GET /corrections', (await client.get('/corrections?limit=100')).body)
  const gql = await graphql('{ Reports(limit: 100) { docs { id title slug summary } } allMedia(limit: 100) { docs { id alt caption credit url } } Tags(limit: 100) { docs { id name slug } } }')
  see('GraphQL', gql.body)
  const gqlReports = (gql.body as { data?: { Reports?: { docs: { id: ID }[] } } }).data?.Reports?.docs ?? []
  expect(sameSet(gqlReports.map((d) => d.id), liveIds), `GraphQL Reports: ${gqlReports.map((d) => d.id)} (${JSON.stringify(gql.body).slice(0, 300)})`)

  // Photo files: approved renditions of photos a live version shows (and, for a day, those replaced); no original.
  const now = clockNow(m)
  for (const photo of m.photos) {
    for (const file of photo.knownFiles) {
      const expected = fileIsPublic(m, photo, file, now)
      if (expected === null) continue
      const { status } = await serveRendition(payload, file, new Headers(), new Date(now))
      expect(status === (expected ? 200 : 404), `file ${file} of photo ${photo.key}: ${status}, expected ${expected ? 200 : 404}`)
    }
    if (!photo.deleted) expect((await client.get(`/media/file/${photo.filename}`)).status !== 200, `original ${photo.filename} served anonymously`)
  }

  // The staff side: each working copy and photo is what the model says, so a refused command changed nothing there either.
  for (const report of activeReports(m)) {
    const working = await payload.findByID({ collection: 'reports', id: report.id, draft: true, depth: 0, overrideAccess: true, select: { title: true, summary: true, state: true } })
    const expected = { title: report.working.title, summary: report.working.summary, state: report.state }
    expect(working.title === expected.title && (working.summary ?? null) === expected.summary && working.state === expected.state, `working copy of report ${report.key}: ${JSON.stringify([working.title, working.summary, working.state])} where the model has ${JSON.stringify(expected)}`)
  }
  for (const photo of m.photos.filter((p) => !p.deleted)) {
    const working = await payload.findByID({ collection: 'media', id: photo.id, depth: 0, overrideAccess: true, select: { caption: true, alt: true, credit: true } })
    expect(working.caption === photo.working.caption && working.alt === photo.working.alt && working.credit === photo.working.credit, `working copy of photo ${photo.key}`)
  }

  const leaks = leakedTokens(seen, publicTokens(m))
  if (process.env.MODEL_VERBOSE) process.stdout.write(`    verified ${live.length} live of ${activeReports(m).length} reports, ${seen.length} answers, ${Math.round(performance.now() - started)} ms\n`)
  if (failures.length || leaks.length) {
    throw new Error(`The public side differs from the model:\n${[...failures, ...leaks.map((l) => `not approved, yet public: ${l}`)].slice(0, 30).join('\n')}`)
  }
}
