import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { maxDepthRule } from './maxDepthRule'

const schema = buildSchema(`
  type Unit { id: ID, name: String, parent: Unit }
  type Query { unit: Unit }
`)
const errorsOf = (query: string, max = 3) => validate(schema, parse(query), [maxDepthRule(max)]).map((error) => error.extensions.code)

describe('GraphQL depth limit', () => {
  it('should let a query as deep as the limit through', () => {
    expect(errorsOf('{ unit { parent { name } } }')).toEqual([])
    expect(errorsOf('{ unit { parent { parent { name } } } }', 4)).toEqual([])
  })

  it('should refuse a query one level deeper', () => {
    expect(errorsOf('{ unit { parent { parent { name } } } }')).toEqual(['QUERY_TOO_DEEP'])
  })

  it('should count the depth through fragments and inline fragments', () => {
    const query = `
      query { unit { ...deep } }
      fragment deep on Unit { parent { ... on Unit { parent { name } } } }
    `
    expect(errorsOf(query)).toEqual(['QUERY_TOO_DEEP'])
    expect(errorsOf(query, 4)).toEqual([])
  })

  it('should not loop on a fragment that spreads itself (GraphQL refuses it anyway)', () => {
    const query = `
      query { unit { ...loop } }
      fragment loop on Unit { parent { ...loop } }
    `
    expect(errorsOf(query, 10)).toEqual([])
  })
})
