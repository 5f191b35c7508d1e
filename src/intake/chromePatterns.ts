/**
 * Lines of a web page or a forwarded message that are not the release: widgets, counters, menus,
 * credits of another site. Each pattern is tested against one whole, trimmed line. `list: true`
 * marks a heading after which the site lists other stories ("Baca juga", "Berita terkait").
 */
export type ChromePattern = { name: string; pattern: RegExp; list?: boolean }

const SOCIAL = '(?:facebook|fb|twitter|x|whatsapp|wa|telegram|line|linkedin|pinterest|instagram|e-?mail|copy\\s+link|salin\\s+(?:link|tautan)|print|cetak|pdf|tumblr|reddit)'
/** One link of a blog's pager. */
const PAGER_LINK = '(?:posting(?:an)?\\s+(?:lebih\\s+)?(?:baru|lama)|newer\\s+posts?|older\\s+posts?|beranda|home|halaman\\s+(?:depan|utama))'
/** Who a WhatsApp report is addressed to: a superior ("Komandan", "Ndan"), colleagues, the media. */
const ADDRESSEE = '(?:komandan|ndan|pimpinan|pak|bapak|bu|ibu|rekan(?:[\\s-]+rekan)?(?:\\s+media)?|semua|sekalian)'
const THANKS = '(?:terima\\s*kasih|trima\\s*kasih|makasih|trims|thanks|thank\\s+you|tks|thx)'
const DATE_WORDS = '(?:senin|selasa|rabu|kamis|jum.?at|sabtu|minggu|\\d{1,2}\\s+[a-z]+\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}:\\d{2}|\\d{4}-\\d{2}-\\d{2})'

export const CHROME_PATTERNS: ChromePattern[] = [
  { name: 'related', list: true, pattern: /^(?:baca\s+(?:juga|pula)|simak\s+juga|lihat\s+juga|berita\s+(?:terkait|lainnya|lain|terbaru|terpopuler|populer|pilihan)|artikel\s+(?:terkait|lainnya)|related\s+(?:posts?|articles?|news|stories)|postingan\s+terkait|you\s+may\s+also\s+like|baca\s+selengkapnya)\b[\s:.»>-]*(?<tail>.*)$/i },
  // Words that also open a sentence ("Terkait hal itu, ..."): a heading only alone, or before a colon.
  { name: 'related', list: true, pattern: /^(?:terkait|terpopuler|terkini|related|rekomendasi(?:\s+untuk\s+(?:anda|kamu))?)\s*(?:[:»>]\s*(?<tail>.*))?$/i },
  { name: 'share', pattern: new RegExp(`^(?:share|shares|bagikan|bagikan\\s+(?:ke|berita\\s+ini|artikel\\s+ini)|share\\s+(?:this|on|to|berita)|sebarkan|tweet|kirim\\s+ke)\\b.{0,60}$`, 'i') },
  { name: 'share', pattern: new RegExp(`^(?:${SOCIAL})(?:\\s*[|,•·/-]?\\s*${SOCIAL})*\\s*$`, 'i') },
  { name: 'share', pattern: /^\d+\s*(?:shares?|kali\s+dibagikan)$/i },
  { name: 'comments', pattern: /^(?:\d+\s*(?:comments?|komentar|tanggapan|responses?)|(?:no|belum\s+ada)\s+(?:comments?|komentar)|komentar\s*\(\d+\)|comments?\s*\(\d+\))(?:\s.{0,40})?$/i },
  { name: 'comments', pattern: /^(?:lihat\s+semua\s+[\d.]+\s+komentar|view\s+all\s+[\d,]+\s+comments|kirim|submit|send|post\s+comment|posting\s+komentar|tidak\s+ada\s+komentar:?)$/i },
  { name: 'navigation', pattern: /^(?:posting\s+lebih\s+(?:baru|lama)|postingan\s+(?:lebih\s+)?(?:baru|lama)|langganan:.{0,60}|subscribe\s+to:.{0,60})$/i },
  // A blog's pager, its links run together on one line ("Posting Lebih Baru Posting Lama Beranda").
  { name: 'navigation', pattern: new RegExp(`^(?:${PAGER_LINK}\\s*[|»«·•/]?\\s*){2,5}$`, 'i') },
  { name: 'comments', pattern: /^(?:leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|tulis\s+komentar|beri\s+komentar|tinggalkan\s+(?:komentar|balasan)|kirim\s+komentar|komentari|komentar\s+anda|balas|reply|kolom\s+komentar|login\s+untuk\s+berkomentar)\b.{0,60}$/i },
  // A comment form: its notice, its fields' labels, its checkboxes.
  { name: 'comments', pattern: /^(?:alamat\s+e-?mail\s+(?:anda\s+)?tidak\s+akan\s+(?:dipublikasikan|ditampilkan|disebarluaskan|diterbitkan)|your\s+email\s+address\s+will\s+not\s+be\s+published|(?:ruas|kolom|bidang)\s+yang\s+(?:wajib|harus)\s+(?:diisi|ditandai)|required\s+fields\s+are\s+marked|simpan\s+nama\s*,?\s+e-?mail|save\s+my\s+name\s*,?\s+email|beri\s*tahu\s+saya\s+(?:akan|tentang|melalui)|notify\s+me\s+of|batalkan\s+balasan|cancel\s+reply)\b.{0,160}$/i },
  { name: 'comments', pattern: /^(?:nama|name|e-?mail|surel|situs(?:\s+web)?|website|url|komentar|comment)\s*(?:\*\s*:?|:|\(\s*(?:wajib|required|opsional|optional)\s*\)\s*\*?)?$/i },
  { name: 'views', pattern: /^(?:dilihat|dibaca|views?|pembaca|hits|viewed)\s*:?\s*[\d.,]+\s*(?:kali|x|views?)?$/i },
  { name: 'views', pattern: /^[\d.,]+\s*(?:views?|kali\s+dibaca|kali\s+dilihat|x\s+dibaca|x\s+dilihat|pembaca|hits|reads?)$/i },
  { name: 'login', pattern: /^(?:login|log\s+in|sign\s+in|sign\s+up|register|registrasi|lupa\s+(?:kata\s+sandi|password)|forgot\s+(?:your\s+)?password|username|nama\s+pengguna|password|kata\s+sandi|remember\s+me|ingat\s+saya|logout)\b.{0,40}$/i },
  { name: 'login', pattern: /^(?:masuk|daftar|keluar)(?:\s*(?:\/|atau|\||dengan|ke\s+akun|akun)\s*.{0,30})?$/i },
  { name: 'byline', pattern: /^(?:editor|editing|penyunting|redaktur|penulis|reporter|pewarta|wartawan|kontributor|oleh|by|posted\s+by|diposting\s+oleh|ditulis\s+oleh|admin)\s*[:|]\s*.{0,60}$/i },
  { name: 'byline', pattern: /^(?:by|oleh)\s+(?:admin|redaksi|tim|humas)\b.{0,40}$/i },
  { name: 'source', pattern: /^(?:sumber|source|sumber\s+berita|via)\s*[:|]\s*.{0,100}$/i },
  { name: 'source', pattern: /^(?:https?:\/\/|www\.)\S+$/i },
  { name: 'source', pattern: /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|id|info|news)(?:\/\S*)?$/i },
  { name: 'source', pattern: /^(?:copyright|hak\s+cipta|©|\(c\))\s*.{0,100}$/i },
  { name: 'source', pattern: /\b(?:all\s+rights\s+reserved|hak\s+cipta\s+dilindungi)\b/i },
  { name: 'source', pattern: /^.{0,60}(?:©|\(c\)|copyright)\s*\d{4}.{0,60}$/i },
  { name: 'updated', pattern: /^(?:last\s+updated|updated|update|diperbarui|terakhir\s+diperbarui|diperbaharui|diposting|posted\s+(?:on|at)?|dipublikasikan|diterbitkan|published)\s*[:|,]?\s*(?=.{0,60}$).*\d.*$/i },
  { name: 'timestamp', pattern: new RegExp(`^${DATE_WORDS}[\\s,|/-]*(?:\\d{1,2}\\s+[a-z]+\\s+\\d{4})?[\\s,|/-]*(?:\\d{1,2}[:.]\\d{2}(?::\\d{2})?)?\\s*(?:wib|wita|wit)?$`, 'i') },
  { name: 'tags', list: true, pattern: /^(?:tags?|tagged|kata\s+kunci|keywords?|label|labels|topik|topics?|hashtag)\s*(?:[:|]\s*(?<tail>.{0,200}))?$/i },
  { name: 'tags', pattern: /^(?:#[\p{L}\d_]+[\s,]*)+$/u },
  { name: 'breadcrumb', pattern: /^(?:home|beranda|index|indeks)\s*(?:[»>›|/]|&gt;).{0,200}$/i },
  { name: 'menu', pattern: /^(?:home|beranda|menu|berita|news|profil|profile|kontak|contact|hubungi\s+kami|tentang\s+kami|about\s+us|galeri|gallery|video|foto|layanan|pengaduan|indeks|index|nasional|daerah|regional|hukum|kriminal|olahraga|opini|search|cari|pencarian|redaksi|pedoman\s+media\s+siber|kebijakan\s+privasi|privacy\s+policy|disclaimer|sitemap|arsip|archives?|kategori|categories|trending|headline|top\s+news|prev|next|sebelumnya|selanjutnya|berikutnya|older\s+posts?|newer\s+posts?)$/i },
  { name: 'navigation', pattern: /^(?:«|‹|<|&lt;)?\s*(?:previous|next)\s+(?:article|post|story)\b.{0,160}$/i },
  { name: 'navigation', pattern: /^(?:artikel|berita|postingan)\s+(?:sebelumnya|selanjutnya|berikutnya)\b.{0,160}$/i },
  { name: 'follow', pattern: /^(?:ikuti\s+(?:kami|berita|update|kanal|channel)|follow\s+us|subscribe|berlangganan|gabung\s+(?:di\s+)?(?:channel|grup|group|saluran)|join\s+(?:our\s+)?(?:channel|group)|download\s+(?:aplikasi|app)|unduh\s+aplikasi|dapatkan\s+(?:update|berita)|klik\s+(?:di\s*sini|link)|scroll\s+(?:to|untuk)\s+(?:continue|melanjutkan)|advertisement|iklan|sponsored|loading\.*|memuat\.*)\b.{0,120}$/i },
  { name: 'follow', pattern: /^\S{3,40}\s*[•·]\s*(?:ikuti|follow|mengikuti|following)$/i },
  // A forwarded message's greeting, salute and sign-off around the release.
  { name: 'message', pattern: /^(?:diteruskan|forwarded|selamat\s+(?:pagi|siang|sore|malam)|assalamu.?alaikum|wassalam\w*|salam\s+(?:presisi|sejahtera|hangat|hormat|sehat)|mohon\s+(?:izin|ijin|petunjuk|arahan)|izin\s+(?:komandan|ndan|melaporkan|share|berbagi)|ijin\s+(?:komandan|ndan|melaporkan|share|berbagi)|demikian\s+(?:kami\s+)?laporkan|dilaporkan\s+kepada)\b.{0,120}$/i },
  // A report's closing to a superior ("Demikian Komandan, mohon petunjuk", "Demikian laporan kami",
  // "Demikian, terima kasih"), not the news's own closing ("Demikian disampaikan Kapolres ...").
  { name: 'message', pattern: new RegExp(`^demikian\\s*,?\\s*(?:(?:yang\\s+dapat\\s+)?(?:kami\\s+)?(?:laporkan|sampaikan)|laporan(?:\\s+(?:kami|kegiatan))?|${ADDRESSEE}(?:\\s*[,.!]|\\s*$)|(?:dan\\s+)?${THANKS})(?=.{0,120}$)`, 'i') },
  { name: 'message', pattern: new RegExp(`^(?:sekian(?:\\s+(?:dan\\s+)?${THANKS}|\\s+laporan\\s+kami)?|siap\\s*,?\\s*(?:komandan|ndan))[\\s,.!]*$`, 'i') },
  // Thanks standing alone as a line, with at most whom and what for ("Terima kasih Komandan",
  // "Terima kasih atas perhatiannya"): a sentence thanking someone for something ("Terima kasih kepada
  // warga yang ...") or a quote ending in thanks is the release's and stays.
  { name: 'message', pattern: new RegExp(`^${THANKS}(?:\\s*,?\\s*(?:banyak|${ADDRESSEE}|atas\\s+(?:perhatian|kerja\\s*sama|dukungan|bantuan)(?:nya)?(?:\\s+(?:dan\\s+)?kerja\\s*sama(?:nya)?)?|wassalam\\S*|salam\\s+presisi))*[\\s,.!]*$`, 'i') },
  // The note that the photos come with the message ("Dokumentasi terlampir", "Terlampir foto kegiatan").
  { name: 'message', pattern: /^(?:(?:dokumentasi|dok\.?|foto(?:[\s-]+foto)?|video)(?:\s+kegiatan)?\s+(?:terlampir|sebagai\s+berikut|sbb)|terlampir\s+(?:foto|dokumentasi|dok\.?|video))\b.{0,60}$/i },
  { name: 'font', pattern: /^(?:a\s*-?\s*a\s*\+?|font\s*:?.{0,20}|ukuran\s+(?:huruf|teks).{0,20}|a-\s*a\+)$/i },
  { name: 'rating', pattern: /^(?:\d+\s*)?(?:like|likes|reaksi|bagaimana\s+reaksi\s+anda|apa\s+reaksi\s+anda)\b.{0,40}$/i },
  { name: 'rating', pattern: /^(?:[\d.,]+\s+)?(?:suka|menyukai(?:\s+ini)?|like\s+this|suka\s+ini)\s*:?$/i },
  { name: 'translate', pattern: /^(?:lihat\s+terjemahan|see\s+translation|terjemahkan|translate)$/i },
  // Another site's pointers to its own channels, pages and videos.
  { name: 'follow', pattern: /^(?:simak|baca|ikuti|dapatkan|cek)\s+(?:juga\s+)?(?:berita|artikel|update|info(?:rmasi)?)\b.{0,80}\b(?:google\s+news|whatsapp\s+channel|channel|telegram|aplikasi|kanal)\b.{0,60}$/i },
  { name: 'navigation', pattern: /^(?:halaman|page)\s*:?\s*\d+(?:\s+\d+)*(?:\s+(?:selanjutnya|berikutnya|next|»))?$/i },
  { name: 'embed', pattern: /^\[[^\]\n]{1,80}\]$/ },
  { name: 'embed', pattern: /^(?:tonton|saksikan|lihat)\s+(?:juga\s+)?(?:video|videonya)\b.{0,80}$/i },
  { name: 'reading', pattern: /^(?:waktu\s+baca|reading\s+time|estimasi\s+baca)\b.{0,30}$|^\d+\s*(?:menit|min)\s+(?:baca|read)$/i },
]

/** The name of the first chrome pattern a line matches, or null. */
export const chromeKind = (line: string): ChromePattern | null => CHROME_PATTERNS.find(({ pattern }) => pattern.test(line)) ?? null
