'use client'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useTranslation } from '@payloadcms/ui'
import type { ClientField } from 'payload'
import { useCallback, type ReactNode } from 'react'

import { COLLECTIONS } from '@/constants/collections'

const INPUTS = 'input:not([type="hidden"]), textarea, [contenteditable="true"]'

/**
 * Scrolls to a field of the open document and puts the cursor in it. Payload gives most fields the
 * id `field-<path>` (dots as `__`); the rich-text editor only a `data-field-path`.
 */
export const focusField = (path: string): boolean => {
  const target =
    document.getElementById(`field-${path.replace(/\./g, '__')}`) ?? document.querySelector<HTMLElement>(`[data-field-path="${CSS.escape(path)}"]`)
  if (!target) return false
  target.scrollIntoView({ block: 'center' })
  const input = target.matches(INPUTS) ? target : target.querySelector<HTMLElement>(INPUTS)
  input?.focus({ preventScroll: true })
  const box = target.closest<HTMLElement>('.field-type') ?? target
  box.classList.add('warta-field-flash')
  window.setTimeout(() => box.classList.remove('warta-field-flash'), 2000)
  return true
}

const findLabel = (fields: ClientField[], name: string): unknown => {
  for (const field of fields) {
    if ('name' in field && field.name === name) return 'label' in field ? field.label : undefined
    if ('fields' in field && field.type === 'row') {
      const found = findLabel(field.fields, name)
      if (found !== undefined) return found
    }
  }
  return undefined
}

/** A report field's label as the form shows it, so a link names the field the writer sees. */
export const useReportFieldLabel = () => {
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const fields = getEntityConfig({ collectionSlug: COLLECTIONS.reports })?.fields ?? []
  return useCallback(
    (name: string): string => {
      const label = findLabel(fields, name)
      const translated = label ? getTranslation(label as Parameters<typeof getTranslation>[0], i18n) : name
      return typeof translated === 'string' ? translated : name
    },
    [fields, i18n],
  )
}

/** A link to a field of the open report: focuses the field instead of changing the URL. */
export const FieldLink = ({ path, children }: { path: string; children: ReactNode }) => (
  <a
    href={`#field-${path}`}
    onClick={(event) => {
      if (focusField(path)) event.preventDefault()
    }}
  >
    {children}
  </a>
)
