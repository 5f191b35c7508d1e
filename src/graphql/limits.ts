import type { Config } from 'payload'

import { maxDepthRule } from './maxDepthRule'

/** Enough for the deepest real query (a report's unit's parent's parent, through `docs`). */
export const GRAPHQL_MAX_DEPTH = 10
/** Each field costs 1 and each relationship 10 (Payload's estimators): half of Payload's default. */
export const GRAPHQL_MAX_COMPLEXITY = 500

/** GraphQL limits: nesting and complexity capped, no introspection and no playground in production. */
export const graphQLLimits: NonNullable<Config['graphQL']> = {
  maxComplexity: GRAPHQL_MAX_COMPLEXITY,
  disableIntrospectionInProduction: true,
  disablePlaygroundInProduction: true,
  validationRules: () => [maxDepthRule(GRAPHQL_MAX_DEPTH)],
}
