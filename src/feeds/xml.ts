import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'

/**
 * Text for xmlbuilder2. xmlbuilder2 does not escape an "&" that already starts something entity-like
 * ("&amp;", "&lt;", "&#38;": its regex is /&(?![A-Za-z]+;|#\d+;)/), so text that literally contains one
 * would lose a level of escaping: the HTML of an Atom entry would turn back into markup, and
 * "&lt;script&gt;" written in a report would reach readers as a script tag. Escaping every "&" first
 * gives "&amp;", which xmlbuilder2 keeps as it is; it escapes "<" and ">" itself. Pure.
 */
export const xmlText = (value: string): string => value.replace(/&/g, '&amp;')

/** Appends an element with escaped attributes and, when given, escaped text. */
export const el = (parent: XMLBuilder, name: string, attrs: Record<string, string> = {}, text?: string): XMLBuilder => {
  const node = parent.ele(name, Object.fromEntries(Object.entries(attrs).map(([key, value]) => [key, xmlText(value)])))
  return text === undefined ? node : node.txt(xmlText(text))
}

/**
 * The RSS Profile asks publishers to write "&" and "<" in plain text as hexadecimal character
 * references, which every XML parser reads the same way but which old RSS readers cannot mistake for
 * HTML (the W3C validator warns otherwise). Rewrites the escapes of serialised XML, outside CDATA
 * sections, into those references: the document means exactly the same. Pure.
 */
export const hexEscapes = (xml: string): string =>
  xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part : part.replace(/&amp;/g, '&#x26;').replace(/&lt;/g, '&#x3C;')))
    .join('')
