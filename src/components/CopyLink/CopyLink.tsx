'use client'

import { useState } from 'react'

/**
 * "Salin tautan": copies the report's URL. Without JavaScript (or a clipboard) it is a plain link to
 * the report, which the reader can long-press to copy.
 */
export const CopyLink = ({ url }: { url: string }) => {
  const [copied, setCopied] = useState(false)
  return (
    <a
      href={url}
      onClick={async (event) => {
        if (!navigator.clipboard) return
        event.preventDefault()
        try {
          await navigator.clipboard.writeText(url)
          setCopied(true)
          window.setTimeout(() => setCopied(false), 3000)
        } catch {
          window.location.assign(url)
        }
      }}
    >
      <span aria-live="polite">{copied ? 'Tautan disalin' : 'Salin tautan'}</span>
    </a>
  )
}
