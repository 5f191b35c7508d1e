import { describe, expect, it } from 'vitest'

import { graphQLTouchesInternal, internalCollectionAccess } from './internalCollections'

describe("Payload's internal collections (B21)", () => {
  it('should refuse the server-only ones to everyone', () => {
    for (const path of ['payload-jobs', 'payload-jobs/run', 'payload-migrations', 'payload-kv/1']) expect(internalCollectionAccess(path, true)).toEqual({ refuse: 'INTERNAL_COLLECTION' })
  })

  it("should refuse the admin app's ones to anonymous callers", () => {
    for (const path of ['payload-preferences', 'payload-preferences/nav', 'payload-locked-documents']) expect(internalCollectionAccess(path, false)).toEqual({ refuse: 'UNAUTHENTICATED' })
  })

  it("should let signed-in users at their own preferences by key, never at a preference document by id", () => {
    expect(internalCollectionAccess('payload-preferences/collection-reports', true)).toBeNull()
    expect(internalCollectionAccess('payload-preferences', true)).toBeNull()
    for (const id of ['7', '65f1c0ffee65f1c0ffee65f1', '0b6f3c1e-2a4d-4f7e-9c1a-5d2e3f4a5b6c']) expect(internalCollectionAccess(`payload-preferences/${id}`, true)).toEqual({ refuse: 'INTERNAL_COLLECTION' })
  })

  it('should leave document locks to editors and admins, and every other collection alone', () => {
    expect(internalCollectionAccess('payload-locked-documents/3', true)).toEqual({ needsRole: 'staff' })
    expect(internalCollectionAccess('reports/3', false)).toBeNull()
    expect(internalCollectionAccess('users/me', false)).toBeNull()
  })

  it('should find an internal collection in a GraphQL document, even one the JSON escapes', () => {
    expect(graphQLTouchesInternal(JSON.stringify({ query: '{ PayloadLockedDocuments { docs { id } } }' }))).toBe(true)
    expect(graphQLTouchesInternal('{"query":"mutation { deletePayloadPreference(id: 1) { id } }"}')).toBe(true)
    expect(graphQLTouchesInternal('{"query":"{ \\u0050ayloadJobs { docs { id } } }"}')).toBe(true)
    expect(graphQLTouchesInternal(JSON.stringify([{ query: '{ Reports { docs { id } } }' }, { query: '{ a: PayloadKvs { docs { id } } }' }]))).toBe(true)
    expect(graphQLTouchesInternal(JSON.stringify({ query: '{ Reports { docs { title } } }' }))).toBe(false)
  })
})
