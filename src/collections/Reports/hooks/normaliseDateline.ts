import type { FieldHook } from 'payload'

/** Datelines are printed in capitals ("PALEMBANG"), whatever the writer typed. */
export const normaliseDateline: FieldHook = ({ value }) =>
  typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').toLocaleUpperCase('id-ID') : value
