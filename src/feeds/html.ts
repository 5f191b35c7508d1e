import sanitizeHtml from 'sanitize-html'

import { cleanText } from './text'

const ALLOWED_TAGS = ['p', 'br', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'code', 'a', 'img', 'figure', 'figcaption', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td']

/** A URL made absolute against the site, and only if it is http(s) (or mailto/tel for links). */
export const absoluteHttpUrl = (value: string | undefined, base: string, { links = false } = {}): string | null => {
  if (!value) return null
  const trimmed = value.trim()
  if (links && /^(mailto|tel):/i.test(trimmed)) return trimmed
  try {
    const url = new URL(trimmed, `${base.replace(/\/+$/, '')}/`)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}

/**
 * Feed-safe HTML: only text formatting, links and images survive (no script, style, iframe, object,
 * embed, form, meta, link or noscript, no attributes but href/src/alt/title), every URL absolute
 * http(s) (anything else, javascript: included, is dropped), every image with alt text, and no
 * characters XML 1.0 forbids. Pure.
 */
export const feedHtml = (html: string, base: string): string =>
  cleanText(
    sanitizeHtml(html, {
      allowedTags: ALLOWED_TAGS,
      allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'width', 'height'], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'] },
      allowedSchemes: ['http', 'https', 'mailto', 'tel'],
      allowProtocolRelative: false,
      disallowedTagsMode: 'discard',
      nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template'],
      transformTags: {
        a: (tagName, attribs) => {
          const href = absoluteHttpUrl(attribs.href, base, { links: true })
          return { tagName, attribs: href ? { href, ...(attribs.title ? { title: attribs.title } : {}) } : {} }
        },
        img: (tagName, attribs) => {
          const src = absoluteHttpUrl(attribs.src, base)
          return src
            ? { tagName, attribs: { src, alt: attribs.alt?.trim() || 'Foto', ...(attribs.width ? { width: attribs.width } : {}), ...(attribs.height ? { height: attribs.height } : {}) } }
            : { tagName: 'span', attribs: {} }
        },
      },
      exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href && !frame.text.trim(),
    }),
  )
