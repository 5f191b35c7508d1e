import type { RelationshipFieldSingleValidation } from 'payload'

import { UNIT_LEVELS, type UnitLevel } from '@/constants/collections'

/**
 * The national unit has no parent; every other unit sits directly under a unit one level up, and
 * never under itself.
 */
export const validateParent: RelationshipFieldSingleValidation = async (value, { id, req, siblingData }) => {
  const level = (siblingData as { level?: UnitLevel }).level
  const parentId = value && typeof value === 'object' && 'value' in value ? value.value : value
  if (!level) return true
  if (level === 'national') {
    return parentId ? 'Satuan tingkat Mabes tidak memiliki satuan induk.' : true
  }
  if (!parentId) return 'Satuan induk wajib diisi untuk tingkat ini.'
  if (id !== undefined && String(parentId) === String(id)) return 'Satuan tidak boleh menjadi induk dirinya sendiri.'
  const parent = await req.payload
    .findByID({ collection: 'units', id: parentId as number | string, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!parent) return 'Satuan induk tidak ditemukan.'
  const expected = UNIT_LEVELS[UNIT_LEVELS.indexOf(level) - 1]
  if (parent.level !== expected) return 'Satuan induk harus satu tingkat di atas satuan ini.'
  return true
}
