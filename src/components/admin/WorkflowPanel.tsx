'use client'

import { useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { ACTION_LABELS, STATE_LABELS, type EventAction } from '@/workflow/labels'
import type { Action, State } from '@/workflow/machine'

import { IntakeResultPanel } from './IntakeResultPanel'
import { CheckList, ReportChecks, useReportChecks, type ListedCheck } from './ReportChecks'

import './workflowPanel.css'

type WorkflowEvent = { id: string | number; action: EventAction; actorName?: string; at: string; note?: string | null; changeNote?: string | null; publishAt?: string | null }
type WorkflowInfo = {
  state: State
  live: boolean
  revision: string | number | null
  everPublished: boolean
  missing: string[]
  reviewNote: string | null
  publishAt: string | null
  actions: Action[]
  events: WorkflowEvent[]
}

const when = (iso: string) =>
  new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

type Refusal = { message: string; checks: ListedCheck[] }

const refusalOf = async (response: Response): Promise<Refusal> => {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string; data?: { code?: string; checks?: ListedCheck[] } }[] } | null
  const error = body?.errors?.[0]
  return {
    message: error?.message ?? `Gagal (${response.status}).`,
    // Submit refused while a check finds an error (CHECKS_FAILED) names those checks.
    checks: error?.data?.code === 'CHECKS_FAILED' && Array.isArray(error.data.checks) ? error.data.checks : [],
  }
}

/** One action with the inputs it takes. */
const ActionForm = ({ action, info, busy, run }: { action: Action; info: WorkflowInfo; busy: boolean; run: (body: Record<string, unknown>) => void }) => {
  const [note, setNote] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [changeNote, setChangeNote] = useState('')
  const [minor, setMinor] = useState(false)
  const noteLabel =
    action === 'withdraw' ? 'Alasan penarikan (tampil untuk publik)' : action === 'request_changes' ? 'Catatan untuk penulis' : 'Catatan (opsional)'
  const isCorrection = action === 'publish' && info.everPublished
  const submit = () =>
    run({
      action,
      ...(note.trim() ? { note } : {}),
      ...(action === 'publish' && publishAt ? { publishAt: new Date(publishAt).toISOString() } : {}),
      // The approval is of the revision shown here: a save since then is refused (STALE_REVISION).
      ...(action === 'publish' && info.revision !== null ? { revision: info.revision } : {}),
      ...(isCorrection ? { minor, ...(changeNote.trim() ? { changeNote } : {}) } : {}),
    })
  return (
    <div className="warta-workflow__action">
      {action !== 'reopen' && action !== 'unschedule' && (
        <label>
          {noteLabel}
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      )}
      {action === 'publish' && (
        <label>
          Jadwalkan terbit (kosongkan untuk terbit sekarang; waktu perangkat Anda)
          <input type="datetime-local" value={publishAt} onChange={(e) => setPublishAt(e.target.value)} />
        </label>
      )}
      {isCorrection && (
        <>
          <label>
            <input type="checkbox" checked={minor} onChange={(e) => setMinor(e.target.checked)} /> Perubahan kecil (tanpa catatan ralat)
          </label>
          {!minor && (
            <label>
              Catatan ralat untuk pembaca
              <textarea rows={2} value={changeNote} onChange={(e) => setChangeNote(e.target.value)} placeholder="Ralat: ..." />
            </label>
          )}
        </>
      )}
      <button type="button" disabled={busy} onClick={submit}>
        {ACTION_LABELS[action]}
      </button>
    </div>
  )
}

/** The sidebar panel: state, what this user may do now, and every event so far. */
export const WorkflowPanel = () => {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const [info, setInfo] = useState<WorkflowInfo | null>(null)
  const [error, setError] = useState<Refusal | null>(null)
  const [busy, setBusy] = useState(false)
  const endpoint = `${config.serverURL}${config.routes.api}/reports/${id}/workflow`
  // Read again after every save: the revision under review and the checks follow the saved content.
  const { checks, reload: reloadChecks } = useReportChecks(id, lastUpdateTime)

  const load = useCallback(async () => {
    const response = await fetch(endpoint, { credentials: 'include' })
    if (response.ok) setInfo((await response.json()) as WorkflowInfo)
    else setError(await refusalOf(response))
  }, [endpoint])

  useEffect(() => {
    if (!id) return
    // A refusal was about the content as it was before this save.
    setError(null)
    void load()
  }, [id, lastUpdateTime, load])

  const run = async (body: Record<string, unknown>) => {
    setBusy(true)
    setError(null)
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (response.ok) {
      // The form holds the old workflow values: reload the document.
      window.location.reload()
      return
    }
    setError(await refusalOf(response))
    setBusy(false)
    void reloadChecks()
  }

  if (!id) return <p className="warta-workflow">Simpan draf terlebih dahulu untuk memulai alur kerja.</p>
  if (!info) return <div className="warta-workflow">{error ? <p className="warta-workflow__error">{error.message}</p> : 'Memuat alur kerja...'}</div>

  return (
    <>
      <IntakeResultPanel id={id} />
      <section className="warta-workflow" aria-labelledby="warta-workflow-title">
        <h3 id="warta-workflow-title">Alur kerja</h3>
        <div>
          <span className="warta-workflow__badge" data-state={info.state}>
            {STATE_LABELS[info.state]}
          </span>{' '}
          {info.live && <span className="warta-workflow__live">Versi terbit sedang tayang</span>}
        </div>
        {info.revision !== null && (
          <p className="warta-workflow__revision">
            Revisi: <code>{String(info.revision)}</code>
          </p>
        )}
        {info.state === 'scheduled' && info.publishAt && <p>Terbit terjadwal: {when(info.publishAt)}</p>}
        {info.state === 'changes_requested' && info.reviewNote && <p className="warta-workflow__note">{info.reviewNote}</p>}
        {info.missing.length > 0 && <p>Belum lengkap: {info.missing.join(', ')}</p>}
        <ReportChecks checks={checks} />
        {error && (
          <div className="warta-workflow__error" role="alert">
            {/* The server's message repeats every check; the list says the same with links to the fields. */}
            <p>{error.checks.length > 0 ? 'Belum dapat diajukan. Perbaiki dahulu:' : error.message}</p>
            {error.checks.length > 0 && <CheckList checks={error.checks} />}
          </div>
        )}
        {modified && info.actions.length > 0 && <p>Ada perubahan yang belum disimpan. Simpan draf sebelum melanjutkan.</p>}
        {info.actions.map((action) => (
          <ActionForm key={action} action={action} info={info} busy={busy || modified} run={run} />
        ))}
        {info.events.length > 0 && (
          <>
            <h3>Riwayat</h3>
            <ol className="warta-workflow__timeline">
              {info.events.map((event) => (
                <li key={event.id}>
                  <time dateTime={event.at}>{when(event.at)}</time> · <strong>{ACTION_LABELS[event.action] ?? event.action}</strong> · {event.actorName}
                  {event.note && <q>{event.note}</q>}
                  {event.changeNote && <q>{event.changeNote}</q>}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </>
  )
}
