/** Warta's mark: a white "W" on the site's blue, drawn here (no image files in the repository). */
export const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="96" fill="#0b3d91"/>
  <path d="M96 150h58l44 170 42-170h52l42 170 44-170h58l-76 240h-50l-44-164-44 164h-50z" fill="#fff"/>
</svg>`

/** The share image of pages without a photo: 1200×630, the mark, the name and what the site is. */
export const SHARE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#0b3d91"/>
  <rect x="90" y="175" width="280" height="280" rx="52" fill="#fff"/>
  <path d="M139 257h32l24 93 23-93h28l23 93 24-93h32l-42 131h-27l-24-90-24 90h-27z" fill="#0b3d91"/>
  <text x="430" y="300" font-family="DejaVu Sans, Arial, sans-serif" font-size="120" font-weight="700" fill="#fff">Warta</text>
  <text x="434" y="370" font-family="DejaVu Sans, Arial, sans-serif" font-size="38" fill="#dbe6f7">Berita kegiatan humas kepolisian</text>
</svg>`
