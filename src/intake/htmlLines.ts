import sanitizeHtml from 'sanitize-html'

import { cleanLine } from './cleanText'
import type { SourceLine } from './types'

/** Blocks that end a line. Inline elements (spans, links, emphasis) stay within their line. */
const BLOCKS = [
  'p', 'div', 'section', 'article', 'header', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'blockquote', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'pre', 'dt', 'dd', 'dl', 'address',
]
/** Blocks whose every line is site chrome: menus, sidebars, footers, forms. */
const CHROME_BLOCKS = ['nav', 'aside', 'footer', 'form', 'button', 'select', 'label']
/** Class or id words that mark a widget: share bars, comment boxes, related lists, tag clouds. */
const CHROME_CLASS = /^(?:share|sharing|sharer|social|sosmed|comments?|komentar|disqus|related|terkait|widget|sidebar|breadcrumbs?|tags?|tagcloud|navigation|navbar|menu|login|newsletter|advert|advertisement|ads|iklan|popular|populer|counter|pagination|pager|subscribe|relatedposts|sharedaddy|respond)$/

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)

const isChromeClass = (attributes: string): boolean =>
  [...attributes.matchAll(/(?:class|id)="([^"]*)"/g)].some(([, value]) =>
    (value ?? '').toLowerCase().split(/[\s_-]+/).some((word) => CHROME_CLASS.test(word)),
  )

/**
 * The lines of an HTML release. sanitize-html (already the feeds' sanitiser) parses the markup and
 * returns it reduced to blocks, links and class names, well formed and escaped; that is simple to
 * walk. Each line keeps the block it came from (h1 helps find the headline, figcaption a caption)
 * and, when a menu, sidebar or widget held it, why it is chrome.
 */
export const htmlLines = (html: string): SourceLine[] => {
  const reduced = sanitizeHtml(html, {
    allowedTags: [...BLOCKS, ...CHROME_BLOCKS, 'br', 'a'],
    allowedAttributes: { '*': ['class', 'id'] },
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'template', 'svg', 'head', 'title'],
  })
  const lines: SourceLine[] = []
  const stack: { tag: string; chrome: boolean }[] = []
  let text = ''
  let linkText = ''
  let linkDepth = 0
  const flush = () => {
    const line = cleanLine(decode(text))
    if (line) {
      const block = [...stack].reverse().find((frame) => BLOCKS.includes(frame.tag))?.tag ?? null
      const inChrome = stack.some((frame) => frame.chrome)
      const onlyLink = cleanLine(decode(linkText)) === line && block !== null && !/^h[1-3]$/.test(block)
      lines.push({ text: line, tag: block, ...(inChrome ? { chrome: 'widget' } : onlyLink && block === 'li' ? { chrome: 'links' } : {}) })
    }
    text = ''
    linkText = ''
  }
  for (const [, closing, tag, attributes, content] of reduced.matchAll(/<(\/?)([a-z0-9]+)([^>]*?)\/?>|([^<]+)/g)) {
    if (content !== undefined) {
      text += content
      if (linkDepth > 0) linkText += content
      continue
    }
    if (!tag) continue
    if (tag === 'a') {
      linkDepth = Math.max(0, linkDepth + (closing ? -1 : 1))
      continue
    }
    if (tag === 'br') {
      flush()
      continue
    }
    flush()
    if (closing) {
      const at = stack.map((frame) => frame.tag).lastIndexOf(tag)
      if (at >= 0) stack.length = at
    } else {
      // An article or main element is the story itself, whatever its class says.
      const chrome = CHROME_BLOCKS.includes(tag) || (tag !== 'article' && tag !== 'main' && isChromeClass(attributes ?? ''))
      stack.push({ tag, chrome })
    }
  }
  flush()
  return lines
}
