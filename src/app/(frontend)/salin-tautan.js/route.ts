import { COPY_LINK_ATTRIBUTE } from '@/server/pageScripts.mjs'

export const dynamic = 'force-static'

/**
 * The public site's only script: "Salin tautan" copies the link instead of following it, and says so
 * for three seconds. Without a clipboard (or if copying fails) the link is followed as before.
 */
const SCRIPT = `document.addEventListener('click', function (event) {
  var link = event.target instanceof Element ? event.target.closest('a[${COPY_LINK_ATTRIBUTE}]') : null
  if (!link || !navigator.clipboard) return
  event.preventDefault()
  var label = link.querySelector('[aria-live]') || link
  navigator.clipboard.writeText(link.href).then(function () {
    label.textContent = 'Tautan disalin'
    setTimeout(function () { label.textContent = 'Salin tautan' }, 3000)
  }, function () {
    location.assign(link.href)
  })
})
`

export const GET = () =>
  new Response(SCRIPT, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  })
