'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

import { COLLECTIONS } from '@/constants/collections'

import { PASTE_RELEASE_PATH } from './pasteReleasePath'

import './intake.css'

/** The reports list's way into "Tempel rilis": most reports start as a release pasted from elsewhere. */
export const PasteReleaseLink = () => {
  const { config } = useConfig()
  return (
    <div className="warta-list-actions">
      <Button el="link" to={formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/${COLLECTIONS.reports}${PASTE_RELEASE_PATH}` })} buttonStyle="primary" margin={false}>
        Tempel rilis
      </Button>
      <span>Buat draf dari rilis yang sudah ada: judul, waktu, tempat dan pejabat diisi otomatis.</span>
    </div>
  )
}
