import type { Relation } from './machine'

type ID = number | string
export type UnitNode = { id: ID; parent?: ID | { id: ID } | null }

const parentOf = (unit: UnitNode | undefined): string | undefined => {
  const parent = unit?.parent
  if (parent === null || parent === undefined) return undefined
  return String(typeof parent === 'object' ? parent.id : parent)
}

/** The chain from a unit up to the root, the unit itself first. Stops on a cycle. */
export const ancestry = (units: UnitNode[], unitId: ID): string[] => {
  const byId = new Map(units.map((unit) => [String(unit.id), unit]))
  const chain: string[] = []
  for (let id: string | undefined = String(unitId); id !== undefined && !chain.includes(id); id = parentOf(byId.get(id))) {
    chain.push(id)
  }
  return chain
}

/** Where `reportUnit` sits seen from `actorUnit`: the same unit, below it, above it, or neither. */
export const relationOf = (units: UnitNode[], actorUnit: ID | null | undefined, reportUnit: ID | null | undefined): Relation => {
  if (actorUnit === null || actorUnit === undefined || reportUnit === null || reportUnit === undefined) return 'sideways'
  if (String(actorUnit) === String(reportUnit)) return 'own'
  if (ancestry(units, reportUnit).includes(String(actorUnit))) return 'below'
  if (ancestry(units, actorUnit).includes(String(reportUnit))) return 'above'
  return 'sideways'
}
