import { CopyLink } from '@/components/CopyLink/CopyLink'

/** Plain share links: no third-party script, nothing loads until the reader taps one. */
export const ShareLinks = ({ url, title }: { url: string; title: string }) => {
  const u = encodeURIComponent(url)
  const text = encodeURIComponent(title)
  const links = [
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${text}` },
  ]
  return (
    <nav className="share" aria-label="Bagikan berita">
      <span>Bagikan:</span>
      <ul>
        {links.map((link) => (
          <li key={link.name}>
            <a href={link.href} rel="noopener noreferrer" target="_blank">
              {link.name}
            </a>
          </li>
        ))}
        <li>
          <CopyLink url={url} />
        </li>
      </ul>
    </nav>
  )
}
