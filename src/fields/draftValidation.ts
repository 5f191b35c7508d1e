import type { Field, Validate } from 'payload'
import { validations } from 'payload/shared'

import { skipsContentCheck } from '@/workflow/context'

type ValidatedType = keyof typeof validations

/**
 * Payload's own validator for a field's type, run on every save, drafts included (the collection sets
 * `versions.drafts.validate`): lengths, options, dates and ids always; `required` only for a version
 * going live (`_status: published`), so a draft may stay incomplete until it is submitted (the
 * workflow then names what is missing). Workflow writes that only move the state skip it.
 */
export const draftAwareValidate =
  (type: ValidatedType): Validate =>
  (value, options) => {
    if (options.req && skipsContentCheck(options.req)) return true
    const goingLive = (options.data as { _status?: unknown } | undefined)?._status === 'published'
    const validate = validations[type] as Validate
    return validate(value, { ...options, required: Boolean(options.required) && goingLive })
  }

/** Fields, nested ones too, with `draftAwareValidate` wherever they have no validator of their own. */
export const withDraftValidation = (fields: Field[]): Field[] =>
  fields.map((field) => {
    const nested = 'fields' in field && Array.isArray(field.fields) ? ({ ...field, fields: withDraftValidation(field.fields) } as Field) : field
    if (!('name' in nested) || !(nested.type in validations) || ('validate' in nested && nested.validate)) return nested
    return { ...nested, validate: draftAwareValidate(nested.type as ValidatedType) } as Field
  })
