'use client'

import { getTranslation } from '@payloadcms/translations'
import { Button, Gutter, SetStepNav, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState, type ClipboardEvent, type FormEvent } from 'react'

import { COLLECTIONS } from '@/constants/collections'

import { saveIntakeResult, type IntakeAnswer } from './intakeResult'

import './intake.css'

/** The endpoint's limit (POST /api/reports/intake): checked here too, so a huge paste is not sent. */
const MAX_BYTES = 200 * 1024

const TOO_LARGE = 'Rilis terlalu panjang: paling banyak 200 KB. Tempel hanya judul dan isi beritanya.'

/** What the writer reads when intake refuses, by status and code; other refusals keep the server's words. */
const refusalMessage = async (response: Response): Promise<string> => {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string; data?: { code?: string } }[] } | null
  const error = body?.errors?.[0]
  if (response.status === 413) return TOO_LARGE
  if (error?.data?.code === 'EMPTY_INPUT') return 'Tidak ada teks rilis yang bisa dibaca. Tempel judul dan isi berita, lalu coba lagi.'
  if (response.status === 401) return 'Sesi Anda sudah berakhir. Silakan masuk kembali, lalu tempel rilisnya lagi.'
  return error?.message ?? `Draf gagal dibuat (kode ${response.status}). Coba lagi.`
}

/**
 * "Tempel rilis": a release pasted as it came (plain text, or the HTML a copy from Word or a web page
 * puts on the clipboard) becomes a draft in the writer's unit, which then opens with what was guessed.
 */
export const PasteReleaseView = () => {
  const { config, getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [text, setText] = useState('')
  // The clipboard's HTML keeps paragraphs, captions and site chrome apart better than its text.
  const [html, setHtml] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const adminRoute = config.routes.admin
  const reports = getEntityConfig({ collectionSlug: COLLECTIONS.reports })
  const listPath = `/collections/${COLLECTIONS.reports}` as const

  useEffect(() => {
    document.title = `Tempel rilis${config.admin.meta?.titleSuffix ?? ''}`
  }, [config.admin.meta?.titleSuffix])

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pastedHtml = event.clipboardData.getData('text/html')
    const area = event.currentTarget
    const replacesAll = area.value === '' || (area.selectionStart === 0 && area.selectionEnd === area.value.length)
    if (!pastedHtml.trim() || !replacesAll) {
      // Plain text, or a paste into text already there: the browser pastes text and text is sent.
      setHtml(null)
      return
    }
    event.preventDefault()
    setText(event.clipboardData.getData('text/plain'))
    setHtml(pastedHtml)
    setError(null)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const input = html !== null ? { html } : { text }
    if (new TextEncoder().encode(html ?? text).length > MAX_BYTES) {
      setError(TOO_LARGE)
      return
    }
    setBusy(true)
    setError(null)
    const response = await fetch(`${config.serverURL}${config.routes.api}/${COLLECTIONS.reports}/intake`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...input, create: true }),
    }).catch(() => null)
    if (!response) {
      setError('Server tidak dapat dihubungi. Periksa koneksi, lalu coba lagi.')
      setBusy(false)
      return
    }
    if (response.status !== 201) {
      setError(await refusalMessage(response))
      setBusy(false)
      return
    }
    const answer = (await response.json()) as IntakeAnswer
    if (answer.id === undefined) {
      setError('Draf dibuat, tetapi server tidak menyebut nomornya. Buka daftar laporan untuk melanjutkan.')
      setBusy(false)
      return
    }
    saveIntakeResult(answer.id, answer)
    router.push(formatAdminURL({ adminRoute, path: `${listPath}/${answer.id}` }))
  }

  return (
    <Gutter className="warta-paste">
      <SetStepNav
        nav={[
          { label: reports ? getTranslation(reports.labels.plural, i18n) : COLLECTIONS.reports, url: formatAdminURL({ adminRoute, path: listPath }) },
          { label: 'Tempel rilis' },
        ]}
      />
      <h1>Tempel rilis</h1>
      <p>
        Tempel rilis apa adanya: dari Word, pesan WhatsApp, atau halaman situs. Warta mengisi judul, dateline, waktu, jenis kegiatan,
        tempat, pejabat, ringkasan, dan isi berita, lalu membuka drafnya dengan daftar isian yang perlu Anda periksa. Tidak ada yang
        diajukan atau diterbitkan.
      </p>
      <form onSubmit={(event) => void submit(event)} className="warta-paste__form">
        <label>
          Teks rilis
          <textarea
            value={text}
            onChange={(event) => {
              setText(event.target.value)
              // Edited by hand: what is sent is what the writer sees.
              setHtml(null)
            }}
            onPaste={onPaste}
            spellCheck={false}
            placeholder="Tempel rilis di sini…"
          />
        </label>
        {html !== null && <p className="warta-paste__source">Format dari papan klip (paragraf, keterangan foto) ikut dibaca.</p>}
        {error && (
          <p className="warta-paste__error" role="alert">
            {error}
          </p>
        )}
        <div className="warta-paste__actions">
          <Button type="submit" buttonStyle="primary" disabled={busy || (!text.trim() && html === null)} margin={false}>
            {busy ? 'Membuat draf…' : 'Buat draf'}
          </Button>
          <Button el="link" to={formatAdminURL({ adminRoute, path: listPath })} buttonStyle="secondary" margin={false}>
            Batal
          </Button>
        </div>
      </form>
    </Gutter>
  )
}
