'use client'

import { useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { COLLECTIONS } from '@/constants/collections'
import type { Check } from '@/intake/types'

import { FieldLink, useReportFieldLabel } from './FieldLink'

/** A check as listed; a refused submit lists only errors and names no severity. */
export type ListedCheck = Omit<Check, 'severity' | 'field'> & { severity?: Check['severity']; field: string }

const SEVERITY_LABELS = { error: 'Kesalahan', warning: 'Peringatan' } as const

const severityOf = (check: ListedCheck) => check.severity ?? 'error'

/**
 * `GET /api/reports/:id/checks`, read again whenever `version` changes (a save). Null until read, and
 * when the checks cannot be read: the panel then shows nothing rather than "no findings".
 */
export const useReportChecks = (id: string | number | undefined, version: unknown) => {
  const { config } = useConfig()
  const [checks, setChecks] = useState<ListedCheck[] | null>(null)
  const endpoint = `${config.serverURL}${config.routes.api}/${COLLECTIONS.reports}/${id}/checks`
  const reload = useCallback(async () => {
    const response = await fetch(endpoint, { credentials: 'include' }).catch(() => null)
    const body = response?.ok ? ((await response.json().catch(() => null)) as { checks?: ListedCheck[] } | null) : null
    setChecks(Array.isArray(body?.checks) ? body.checks : null)
  }, [endpoint])
  useEffect(() => {
    if (id) void reload()
  }, [id, version, reload])
  return { checks, reload }
}

/** Checks, errors first, each with what it found and a link to the field to fix. */
export const CheckList = ({ checks }: { checks: ListedCheck[] }) => {
  const labelOf = useReportFieldLabel()
  const sorted = [...checks].sort((a, b) => Number(severityOf(a) !== 'error') - Number(severityOf(b) !== 'error'))
  return (
    <ul className="warta-checks">
      {sorted.map((check, index) => (
        <li key={`${check.code}-${index}`} data-severity={severityOf(check)}>
          <span className="warta-checks__severity">{SEVERITY_LABELS[severityOf(check)]}</span> {check.message}
          {check.excerpt && <q>{check.excerpt}</q>}
          <FieldLink path={check.field}>Buka kolom {labelOf(check.field)}</FieldLink>
        </li>
      ))}
    </ul>
  )
}

/** The panel's section: what an editor would flag before submit. */
export const ReportChecks = ({ checks }: { checks: ListedCheck[] | null }) => {
  if (!checks) return null
  const errors = checks.filter((check) => severityOf(check) === 'error').length
  return (
    <section aria-labelledby="warta-checks-title">
      <h3 id="warta-checks-title">Pemeriksaan sebelum diajukan</h3>
      {checks.length === 0 ? (
        <p>Tidak ada temuan.</p>
      ) : (
        <>
          <p>
            {errors > 0 ? `${errors} kesalahan harus diperbaiki sebelum diajukan` : 'Tidak ada kesalahan'}
            {checks.length > errors ? `; ${checks.length - errors} peringatan untuk ditinjau.` : '.'}
          </p>
          <CheckList checks={checks} />
        </>
      )}
    </section>
  )
}
