/**
 * Indonesian strings Payload lacks: the Lexical editor ships no `id` keys, and the core `id` language
 * misses a few. Payload shows the raw key name for a missing one; `translationsComplete.int.spec.ts`
 * fails when a key is added upstream and not here.
 */
export const translationsId = {
  general: { newLabel: '{{label}} Baru' },
  lexical: {
    general: {
      placeholder: "Mulai mengetik, atau tekan '/' untuk perintah...",
      slashMenuBasicGroupLabel: 'Dasar',
      slashMenuListGroupLabel: 'Daftar',
      toolbarItemsActive: '{{count}} aktif',
    },
    textState: { defaultStyle: 'Gaya bawaan' },
    align: {
      alignCenterLabel: 'Rata Tengah',
      alignJustifyLabel: 'Rata Kiri-Kanan',
      alignLeftLabel: 'Rata Kiri',
      alignRightLabel: 'Rata Kanan',
    },
    blockquote: { label: 'Kutipan' },
    blocks: {
      inlineBlocks: {
        create: 'Buat {{label}}',
        edit: 'Ubah {{label}}',
        label: 'Blok Sebaris',
        remove: 'Hapus {{label}}',
      },
      label: 'Blok',
    },
    heading: { label: 'Judul {{headingLevel}}' },
    horizontalRule: { label: 'Garis Horizontal' },
    indent: { decreaseLabel: 'Kurangi Indentasi', increaseLabel: 'Tambah Indentasi' },
    link: { label: 'Tautan', loadingWithEllipsis: 'Memuat...' },
    paragraph: { label: 'Paragraf', label2: 'Teks Biasa' },
    relationship: { label: 'Relasi' },
    upload: { label: 'Unggahan' },
    checklist: { label: 'Daftar Centang' },
    orderedList: { label: 'Daftar Bernomor' },
    unorderedList: { label: 'Daftar Berpoin' },
  },
}
