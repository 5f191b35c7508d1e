'use client'

import { useConfig } from '@payloadcms/ui'
import { useEffect, useState, type ReactNode } from 'react'

import { COLLECTIONS } from '@/constants/collections'
import type { Official } from '@/intake/types'

import { FieldLink, useReportFieldLabel } from './FieldLink'
import { forgetIntakeResult, readIntakeResult, type IntakeResult } from './intakeResult'

import './intake.css'

const SHORT = 140

const clip = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text)

/** "2017-05-23T08:00:00+07:00" read as written: the unit's own clock, no conversion. */
const localTime = (iso: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso)
  return match ? `${match[3]}/${match[2]}/${match[1]} ${match[4]}.${match[5]}` : iso
}

const official = ({ rank, name, degrees, position }: Official) =>
  [[rank, [name, ...degrees].join(', ')].filter(Boolean).join(' '), position].filter(Boolean).join(' — ')

/** The name of the guessed activity type (intake answers its id). */
const useActivityTypeName = (id: string | number | null | undefined) => {
  const { config } = useConfig()
  const [name, setName] = useState<string | null>(null)
  useEffect(() => {
    if (id === null || id === undefined) return
    void fetch(`${config.serverURL}${config.routes.api}/${COLLECTIONS.activityTypes}/${id}?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<{ name?: string }>) : null))
      .then((doc) => setName(doc?.name ?? null))
      .catch(() => setName(null))
  }, [config.routes.api, config.serverURL, id])
  return name
}

/**
 * What "Tempel rilis" read from the pasted release, kept for this tab: every field it filled and every
 * warning, each a link to the field to confirm. Shown until the writer hides it.
 */
export const IntakeResultPanel = ({ id }: { id: string | number }) => {
  const [result, setResult] = useState<IntakeResult | null>(null)
  const labelOf = useReportFieldLabel()
  const activityType = useActivityTypeName(result?.fields.activityType)
  useEffect(() => setResult(readIntakeResult(id)), [id])
  if (!result) return null

  const { fields } = result
  const guesses: { path: string; value: ReactNode }[] = [
    { path: 'title', value: fields.title || null },
    { path: 'datelineCity', value: fields.datelineCity },
    {
      path: 'activityAt',
      value: fields.activityAt ? `${localTime(fields.activityAt)}${fields.activityDateText ? ` (dari "${fields.activityDateText}")` : ''}` : null,
    },
    { path: 'activityType', value: fields.activityType === null ? null : (activityType ?? 'dikenali') },
    { path: 'venue', value: fields.venue },
    {
      path: 'officials',
      value: fields.officials.length ? (
        <ul>
          {fields.officials.map((person) => (
            <li key={`${person.rank ?? ''}${person.name}`}>{official(person)}</li>
          ))}
        </ul>
      ) : null,
    },
    { path: 'summary', value: fields.summary ? clip(fields.summary) : null },
    { path: 'body', value: fields.bodyParagraphs ? `${fields.bodyParagraphs} paragraf` : null },
  ]

  return (
    <section className="warta-intake" aria-labelledby="warta-intake-title">
      <h3 id="warta-intake-title">Hasil tempel rilis</h3>
      <p>Periksa setiap isian berikut sebelum mengajukan laporan.</p>
      <h4>Isian yang ditebak</h4>
      <ul className="warta-intake__fields">
        {guesses.map(({ path, value }) => (
          <li key={path} data-found={value !== null}>
            <FieldLink path={path}>{labelOf(path)}</FieldLink>: {value ?? <em>tidak ditemukan, isi sendiri</em>}
          </li>
        ))}
      </ul>
      {result.warnings.length > 0 && (
        <>
          <h4>Peringatan ({result.warnings.length})</h4>
          <ul className="warta-intake__warnings">
            {result.warnings.map((warning, index) => (
              <li key={`${warning.code}-${index}`}>
                {warning.field ? <FieldLink path={warning.field}>{warning.message}</FieldLink> : warning.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {(result.captions?.length ?? 0) > 0 && (
        <details>
          <summary>Keterangan foto, tidak masuk isi berita ({result.captions?.length})</summary>
          <ul>
            {result.captions?.map((caption) => <li key={caption}>{caption}</li>)}
          </ul>
        </details>
      )}
      {result.removed.length > 0 && (
        <details>
          <summary>Baris yang dibuang ({result.removed.length})</summary>
          <ul>
            {result.removed.map((line, index) => (
              <li key={`${index}-${line}`}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      <button
        type="button"
        className="warta-intake__hide"
        onClick={() => {
          forgetIntakeResult(id)
          setResult(null)
        }}
      >
        Sembunyikan hasil
      </button>
    </section>
  )
}
