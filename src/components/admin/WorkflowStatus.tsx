'use client'

import { useFormFields } from '@payloadcms/ui'

import { STATE_LABELS } from '@/workflow/labels'
import type { State } from '@/workflow/machine'

/** Replaces Payload's publish and unpublish buttons: those steps belong to the workflow panel. */
export const Nothing = () => null

/** The document's workflow state where Payload shows draft/published. */
export const WorkflowStatus = () => {
  const state = useFormFields(([fields]) => fields.state?.value) as State | undefined
  if (!state) return null
  return (
    <div className="warta-workflow-status">
      <span>Status: </span>
      <strong>{STATE_LABELS[state] ?? state}</strong>
    </div>
  )
}
