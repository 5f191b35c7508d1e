export type SeedBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }

export type SeedOfficial = { rank?: string; name: string; position: string }

export type SeedReport = {
  key: string // stable unique kebab-case id, e.g. 'sumsel-workshop-media-online'
  title: string
  unit: string // one of the unit slugs
  activityType: string // one of the activity type slugs
  activityAt: string // ISO 8601 with the unit's numeric offset, e.g. '2026-08-12T09:00:00+07:00'
  venue: string
  datelineCity: string // capitals, e.g. 'PALEMBANG'
  officials: SeedOfficial[] // 1-4; rank exactly as the press writes it; omitted for civilians
  summary: string // one or two sentences, <= 300 chars, plain text
  body: SeedBlock[]
  tags: string[] // 1-3 tag slugs
  author: string // author e-mail: a writer of the unit, or an editor of the unit or a unit above it
  status: 'published' | 'draft' | 'in_review' | 'changes_requested'
  reviewNote?: string // the editor's note, for status changes_requested
  photo: { alt: string; caption: string; credit: string }
}

/**
 * Demo activity reports: 30 original, fictional press releases (22 published; the rest drafts, in review or sent back) spread over
 * June to November 2026 and over every unit of the demo tree. Officials' names are invented. A few
 * drafts deliberately keep a typo or a doubled word, as real drafts do, for the editor to catch.
 */
export const seedReports: SeedReport[] = [
  // ---------------------------------------------------------------- Divisi Humas Polri (WIB)
  {
    key: 'mabes-vicon-evaluasi-humas-presisi',
    title: 'Divhumas Polri Gelar Vicon Evaluasi Program Humas Presisi bersama Bidhumas Polda Jajaran',
    unit: 'divhumas-polri',
    activityType: 'vicon',
    activityAt: '2026-06-16T10:00:00+07:00',
    venue: 'Ruang Vicon Divisi Humas Polri, Gedung Mabes Polri, Jakarta Selatan',
    datelineCity: 'JAKARTA',
    officials: [
      { rank: 'Brigjen Pol', name: 'Dr. Ratna Widyaningsih, S.I.K., M.H.', position: 'Karo Penmas Divhumas Polri' },
      { rank: 'Kombes Pol', name: 'Andri Halomoan Lubis, S.I.K., M.Si.', position: 'Kabag Pensat Divhumas Polri' },
    ],
    summary:
      'Divhumas Polri mengevaluasi pelaksanaan program Humas Presisi semester I tahun 2026 bersama Bidhumas Polda seluruh Indonesia melalui video conference.',
    body: [
      {
        type: 'paragraph',
        text: 'JAKARTA — Divisi Humas Polri menggelar video conference (vicon) evaluasi pelaksanaan program Humas Presisi semester I tahun 2026 bersama Bidhumas Polda jajaran, Selasa (16/6/2026) pukul 10.00 WIB. Kegiatan bertempat di Ruang Vicon Divisi Humas Polri, Gedung Mabes Polri, Jakarta Selatan, dan dipimpin oleh Kepala Biro Penerangan Masyarakat (Karo Penmas) Divhumas Polri Brigjen Pol Dr. Ratna Widyaningsih, S.I.K., M.H.',
      },
      {
        type: 'paragraph',
        text: 'Vicon diikuti para Kabid Humas Polda seluruh Indonesia beserta Kasubbid Penmas dan Kasubbid Multimedia. Secara bergantian, setiap Polda memaparkan capaian publikasi kegiatan selama enam bulan terakhir, jumlah rilis yang terbit di kanal resmi, serta kendala yang dihadapi di lapangan, terutama di wilayah dengan jaringan internet terbatas.',
      },
      {
        type: 'paragraph',
        text: 'Dalam arahannya, Karo Penmas menegaskan bahwa kecepatan publikasi tidak boleh mengorbankan ketepatan informasi.',
      },
      {
        type: 'quote',
        text: 'Informasi yang kita sampaikan harus cepat, akurat, dan mudah dipahami masyarakat. Pelayanan yang baik di lapangan wajib diketahui publik, tetapi setiap angka, nama, dan keterangan waktu harus dicek ulang sebelum rilis diterbitkan.',
      },
      {
        type: 'paragraph',
        text: 'Sementara itu, Kabag Pensat Divhumas Polri Kombes Pol Andri Halomoan Lubis, S.I.K., M.Si. menyampaikan empat catatan hasil evaluasi yang wajib ditindaklanjuti Bidhumas Polda jajaran:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Setiap kegiatan satuan kerja dipublikasikan paling lambat satu hari setelah pelaksanaan.',
          'Rilis memuat unsur 5W+1H serta kutipan pejabat yang berwenang, lengkap dengan pangkat dan jabatannya.',
          'Foto kegiatan disertai keterangan yang jelas dan mencantumkan sumber foto.',
          'Kesalahan informasi dikoreksi secara terbuka dan segera, dengan mencantumkan catatan koreksi pada berita.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Vicon berakhir pukul 12.15 WIB dalam keadaan aman dan lancar. (ads/Editor: Rina Kusumawardani)',
      },
    ],
    tags: ['humas-presisi', 'pelayanan-publik'],
    author: 'editor.mabes@warta.test',
    status: 'published',
    photo: {
      alt: 'Pejabat Divhumas Polri duduk di meja rapat menghadap layar besar yang menampilkan peserta vicon dari berbagai Polda',
      caption: 'Karo Penmas Divhumas Polri memimpin vicon evaluasi program Humas Presisi bersama Bidhumas Polda jajaran.',
      credit: 'Foto: Divhumas Polri',
    },
  },
  {
    key: 'mabes-rakernis-fungsi-humas-2026',
    title: 'Divhumas Polri Gelar Rakernis Fungsi Humas Tahun 2026, Perkuat Sinergi Pusat dan Daerah',
    unit: 'divhumas-polri',
    activityType: 'rakernis',
    activityAt: '2026-07-08T09:00:00+07:00',
    venue: 'Gedung Rupatama, Mabes Polri, Jakarta Selatan',
    datelineCity: 'JAKARTA',
    officials: [
      { rank: 'Irjen Pol', name: 'Drs. Wahyu Santoso Adiputro, M.Si.', position: 'Kadiv Humas Polri' },
      { rank: 'Brigjen Pol', name: 'Heru Prasetyo Wibowo, S.I.K., M.Si.', position: 'Karo Multimedia Divhumas Polri' },
    ],
    summary:
      'Rakernis Fungsi Humas Tahun 2026 dibuka Kadiv Humas Polri dan diikuti para Kabid Humas Polda untuk menyusun rencana kerja humas semester II.',
    body: [
      {
        type: 'paragraph',
        text: 'JAKARTA — Divisi Humas Polri menggelar Rapat Kerja Teknis (Rakernis) Fungsi Humas Tahun 2026 pada Rabu (8/7/2026) pukul 09.00 WIB, bertempat di Gedung Rupatama, Mabes Polri, Jakarta Selatan. Rakernis dibuka secara resmi oleh Kadiv Humas Polri Irjen Pol Drs. Wahyu Santoso Adiputro, M.Si. dan diikuti para Kabid Humas Polda seluruh Indonesia, baik secara langsung maupun daring.',
      },
      {
        type: 'paragraph',
        text: 'Rakernis yang berlangsung selama dua hari ini mengangkat tema penguatan sinergi humas pusat dan daerah untuk mewujudkan pelayanan informasi yang terbuka, cepat, dan terpercaya. Kegiatan diisi dengan paparan kebijakan, diskusi kelompok, serta penyusunan rencana kerja humas semester II.',
      },
      {
        type: 'paragraph',
        text: 'Dalam sambutannya, Kadiv Humas Polri mengingatkan bahwa kepercayaan publik dibangun dari konsistensi informasi yang disampaikan setiap satuan kerja.',
      },
      {
        type: 'quote',
        text: 'Humas adalah wajah Polri di hadapan masyarakat. Apa yang kita sampaikan harus sesuai dengan fakta di lapangan, disampaikan dengan bahasa yang santun, dan dapat dipertanggungjawabkan.',
      },
      { type: 'heading', text: 'Lima Arahan Kadiv Humas Polri' },
      {
        type: 'list',
        ordered: true,
        items: [
          'Memperkuat koordinasi antara Divhumas Polri dan Bidhumas Polda dalam penyampaian informasi berskala nasional.',
          'Menyusun kalender publikasi bulanan di setiap Polda dan Polres jajaran.',
          'Meningkatkan kualitas tulisan, foto, dan video melalui pelatihan berjenjang.',
          'Menjalin kemitraan yang sehat dengan insan pers dan menghormati kerja jurnalistik.',
          'Menyajikan informasi yang nyaman dibaca oleh masyarakat yang mengakses berita melalui ponsel.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Karo Multimedia Divhumas Polri Brigjen Pol Heru Prasetyo Wibowo, S.I.K., M.Si. menambahkan, pihaknya akan menggelar pelatihan produksi konten secara bergilir di setiap wilayah mulai Agustus 2026. "Kami ingin setiap Polres memiliki operator yang mampu menulis rilis dan mengolah foto dengan baik," katanya. (hpw/Editor: Rina Kusumawardani)',
      },
    ],
    tags: ['humas-presisi', 'media-sosial'],
    author: 'editor.mabes@warta.test',
    status: 'published',
    photo: {
      alt: 'Kadiv Humas Polri berdiri di podium memberikan sambutan di depan ratusan peserta rakernis berseragam dinas',
      caption: 'Kadiv Humas Polri membuka Rakernis Fungsi Humas Tahun 2026 di Gedung Rupatama, Mabes Polri.',
      credit: 'Foto: Divhumas Polri',
    },
  },
  {
    key: 'mabes-konpers-jaringan-narkoba-antarprovinsi',
    title: 'Divhumas Polri Gelar Konferensi Pers Pengungkapan Jaringan Narkoba Antarprovinsi',
    unit: 'divhumas-polri',
    activityType: 'konferensi-pers',
    activityAt: '2026-09-03T14:00:00+07:00',
    venue: 'Ruang Konferensi Pers Bareskrim Polri, Jakarta Selatan',
    datelineCity: 'JAKARTA',
    officials: [
      { rank: 'Brigjen Pol', name: 'Dr. Ratna Widyaningsih, S.I.K., M.H.', position: 'Karo Penmas Divhumas Polri' },
      { rank: 'Brigjen Pol', name: 'Taufik Hidayatullah, S.I.K., M.H.', position: 'Dirtipidnarkoba Bareskrim Polri' },
    ],
    summary:
      'Divhumas Polri dan Dittipidnarkoba Bareskrim Polri memaparkan pengungkapan jaringan peredaran sabu antarprovinsi dengan tiga tersangka dan barang bukti sekitar 12 kilogram.',
    body: [
      {
        type: 'paragraph',
        text: 'JAKARTA — Divisi Humas Polri bersama Direktorat Tindak Pidana Narkoba (Dittipidnarkoba) Bareskrim Polri menggelar konferensi pers pengungkapan jaringan peredaran narkoba antarprovinsi pada Kamis (3/9/2026) pukul 14.00 WIB. Konferensi pers bertempat di Ruang Konferensi Pers Bareskrim Polri, Jakarta Selatan, dan dipandu oleh Karo Penmas Divhumas Polri Brigjen Pol Dr. Ratna Widyaningsih, S.I.K., M.H.',
      },
      {
        type: 'paragraph',
        text: 'Dirtipidnarkoba Bareskrim Polri Brigjen Pol Taufik Hidayatullah, S.I.K., M.H. menjelaskan, pengungkapan berawal dari informasi masyarakat mengenai pengiriman paket mencurigakan melalui jasa ekspedisi. Tim kemudian melakukan penyelidikan selama hampir tiga pekan di dua provinsi dan mengamankan tiga tersangka berinisial AS (41), RH (35), dan MK (29) berikut barang bukti berupa:',
      },
      {
        type: 'list',
        ordered: false,
        items: [
          'Sabu seberat kurang lebih 12 kilogram yang disamarkan dalam kemasan suku cadang kendaraan.',
          'Empat unit telepon genggam.',
          'Satu unit mobil boks yang digunakan untuk pengiriman.',
          'Buku tabungan dan kartu ATM atas nama pihak lain.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Brigjen Pol Taufik Hidayatullah menegaskan, penanganan perkara tidak akan berhenti pada ketiga tersangka tersebut.',
      },
      {
        type: 'quote',
        text: 'Kami masih mengembangkan perkara ini untuk menelusuri pihak lain yang terlibat, termasuk aliran dananya. Setiap gram yang berhasil kami sita berarti ada keluarga yang terselamatkan dari bahaya narkoba.',
      },
      {
        type: 'paragraph',
        text: 'Para tersangka dijerat dengan pasal-pasal dalam peraturan perundang-undangan tentang narkotika dengan ancaman hukuman berat. Karo Penmas juga mengajak masyarakat tidak ragu melaporkan dugaan peredaran narkoba di lingkungannya melalui layanan darurat Polri 110 atau kantor polisi terdekat. "Identitas pelapor kami jamin kerahasiaannya," ujarnya. (tfk/Editor: Rina Kusumawardani)',
      },
    ],
    tags: ['narkoba', 'kamtibmas'],
    author: 'editor.mabes@warta.test',
    status: 'published',
    photo: {
      alt: 'Dua perwira tinggi Polri berbicara di depan awak media dengan meja berisi barang bukti yang telah dikemas dan diberi label',
      caption: 'Dirtipidnarkoba Bareskrim Polri didampingi Karo Penmas Divhumas Polri memaparkan pengungkapan jaringan narkoba antarprovinsi.',
      credit: 'Foto: Divhumas Polri',
    },
  },
  {
    key: 'mabes-zoom-literasi-digital-operator-humas',
    title: 'Divhumas Polri Gelar Zoom Meeting Peningkatan Literasi Digital bagi Operator Humas Polres',
    unit: 'divhumas-polri',
    activityType: 'zoom-meeting',
    activityAt: '2026-11-05T13:00:00+07:00',
    venue: 'Studio Biro Multimedia Divisi Humas Polri, Jakarta Selatan (daring)',
    datelineCity: 'JAKARTA',
    officials: [
      { rank: 'Brigjen Pol', name: 'Heru Prasetyo Wibowo, S.I.K., M.Si.', position: 'Karo Multimedia Divhumas Polri' },
      { rank: 'Kombes Pol', name: 'Andri Halomoan Lubis, S.I.K., M.Si.', position: 'Kabag Pensat Divhumas Polri' },
      { name: 'Dr. Laras Anindita, M.I.Kom.', position: 'Dosen Ilmu Komunikasi, narasumber' },
    ],
    summary:
      'Lebih dari 400 operator humas Polres dan Polsek mengikuti zoom meeting Biro Multimedia Divhumas Polri tentang verifikasi informasi dan etika publikasi di media sosial.',
    body: [
      {
        type: 'paragraph',
        text: 'JAKARTA — Biro Multimedia Divisi Humas Polri menggelar zoom meeting peningkatan literasi digital bagi operator humas Polres jajaran pada Kamis (5/11/2026) pukul 13.00 WIB. Kegiatan dipusatkan di Studio Biro Multimedia Divhumas Polri, Jakarta Selatan, dan dibuka oleh Karo Multimedia Divhumas Polri Brigjen Pol Heru Prasetyo Wibowo, S.I.K., M.Si.',
      },
      {
        type: 'paragraph',
        text: 'Zoom meeting diikuti lebih dari 400 operator humas dari Polres dan Polsek di seluruh Indonesia. Hadir sebagai narasumber dosen ilmu komunikasi Dr. Laras Anindita, M.I.Kom., yang membawakan materi tentang verifikasi informasi dan etika publikasi di media sosial.',
      },
      {
        type: 'paragraph',
        text: 'Brigjen Pol Heru Prasetyo Wibowo mengatakan, operator humas berada di garis depan penyampaian informasi kepada masyarakat.',
      },
      {
        type: 'quote',
        text: 'Setiap unggahan akun resmi Polri dibaca sebagai sikap institusi. Karena itu, periksa dulu kebenarannya, periksa bahasanya, dan pastikan tidak ada pihak yang dirugikan oleh apa yang kita publikasikan.',
      },
      {
        type: 'paragraph',
        text: 'Dalam paparannya, Dr. Laras Anindita memberikan sejumlah pedoman praktis yang dapat langsung diterapkan operator:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Memastikan informasi berasal dari pejabat atau dokumen resmi sebelum diunggah.',
          'Tidak menampilkan wajah anak, korban, maupun identitas lengkap pihak yang berperkara.',
          'Menuliskan teks alternatif pada foto agar konten dapat diakses penyandang disabilitas netra.',
          'Menggunakan bahasa Indonesia yang baik dan menghindari judul yang berlebihan.',
          'Segera meralat informasi yang keliru dan menjelaskan koreksinya kepada publik.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Kabag Pensat Divhumas Polri Kombes Pol Andri Halomoan Lubis, S.I.K., M.Si. menyampaikan bahwa materi dan rekaman zoom meeting akan dibagikan kepada seluruh Bidhumas Polda sebagai bahan pembinaan lanjutan. Kegiatan berakhir pukul 15.30 WIB. (ybp/Editor: Rina Kusumawardani)',
      },
    ],
    tags: ['media-sosial', 'humas-presisi'],
    author: 'editor.mabes@warta.test',
    status: 'in_review',
    photo: {
      alt: 'Narasumber berbicara di depan kamera di studio, sementara layar di belakangnya menampilkan puluhan peserta zoom meeting',
      caption: 'Suasana zoom meeting peningkatan literasi digital bagi operator humas Polres dari Studio Biro Multimedia Divhumas Polri.',
      credit: 'Foto: Divhumas Polri',
    },
  },

  // ---------------------------------------------------------------- Polda Sumsel (WIB)
  {
    key: 'sumsel-workshop-media-online',
    title: 'Bidhumas Polda Sumsel Gelar Workshop Penguatan Tim Media Online',
    unit: 'polda-sumsel',
    activityType: 'workshop',
    activityAt: '2026-08-12T09:00:00+07:00',
    venue: 'Aula Bidhumas Polda Sumsel, Palembang',
    datelineCity: 'PALEMBANG',
    officials: [
      { rank: 'Kombes Pol', name: 'Dr. Hendra Wijaya, S.I.K., M.H.', position: 'Kabid Humas Polda Sumsel' },
      { rank: 'AKBP', name: 'Rudi Hartono Siregar, S.H., M.H.', position: 'Kasubbid Multimedia Bidhumas Polda Sumsel' },
    ],
    summary:
      'Sebanyak 60 operator humas Polres jajaran Polda Sumsel mengikuti workshop penulisan rilis, fotografi ponsel, dan video pendek untuk memperkuat tim media online.',
    body: [
      {
        type: 'paragraph',
        text: 'PALEMBANG — Bidang Humas (Bidhumas) Polda Sumsel menggelar workshop penguatan tim media online bagi operator humas Polres jajaran, Rabu (12/8/2026) pukul 09.00 WIB. Kegiatan bertempat di Aula Bidhumas Polda Sumsel, Palembang, dan dibuka oleh Kabid Humas Polda Sumsel Kombes Pol Dr. Hendra Wijaya, S.I.K., M.H.',
      },
      {
        type: 'paragraph',
        text: 'Workshop diikuti 60 peserta dari Polres jajaran Polda Sumsel. Selama satu hari, peserta mendapat materi penulisan rilis, fotografi dengan ponsel, penyuntingan video pendek, dan pengelolaan kanal resmi satuan kerja.',
      },
      {
        type: 'paragraph',
        text: 'Dalam sambutannya, Kabid Humas Polda Sumsel mengatakan, masyarakat kini lebih banyak mencari informasi melalui ponsel sehingga tim media online di setiap Polres harus mampu bekerja cepat tanpa mengabaikan akurasi.',
      },
      {
        type: 'quote',
        text: 'Tim media online adalah etalase Polri di daerah. Berita yang baik bukan yang paling panjang, tetapi yang paling jelas: siapa melakukan apa, di mana, kapan, dan apa manfaatnya bagi masyarakat.',
      },
      {
        type: 'paragraph',
        text: 'Kasubbid Multimedia Bidhumas Polda Sumsel AKBP Rudi Hartono Siregar, S.H., M.H. selaku pemateri menekankan beberapa hal yang harus diperhatikan operator:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Menulis judul yang memuat satuan, kegiatan, dan pokok berita.',
          'Mencantumkan pangkat, nama, dan jabatan pejabat secara lengkap dan benar.',
          'Memilih foto yang tajam serta menuliskan keterangan foto beserta sumbernya.',
          'Membaca ulang naskah sebelum dikirim untuk menghindari salah ketik.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Di akhir kegiatan, peserta mempraktikkan penulisan rilis berdasarkan simulasi kegiatan dan hasilnya dibahas bersama. Workshop ditutup pukul 15.00 WIB. (rfa/Editor: Andi Saputra)',
      },
    ],
    tags: ['media-sosial', 'humas-presisi'],
    author: 'editor.sumsel@warta.test',
    status: 'published',
    photo: {
      alt: 'Peserta workshop berseragam duduk berderet di aula sambil memperhatikan pemateri yang menunjuk layar presentasi',
      caption: 'Kabid Humas Polda Sumsel membuka workshop penguatan tim media online di Aula Bidhumas Polda Sumsel.',
      credit: 'Foto: Bidhumas Polda Sumsel',
    },
  },
  {
    key: 'sumsel-zoom-konten-kreatif-media-sosial',
    title: 'Bidhumas Polda Sumsel Ikuti Zoom Meeting Program Konten Kreatif Media Sosial bersama Divhumas Polri',
    unit: 'polda-sumsel',
    activityType: 'zoom-meeting',
    activityAt: '2026-06-23T13:30:00+07:00',
    venue: 'Ruang Rapat Bidhumas Polda Sumsel, Palembang',
    datelineCity: 'PALEMBANG',
    officials: [
      { rank: 'AKBP', name: 'Yuliana Sari Dewi, S.H., M.Si.', position: 'Kasubbid Penmas Bidhumas Polda Sumsel' },
      { rank: 'Kombes Pol', name: 'Dr. Hendra Wijaya, S.I.K., M.H.', position: 'Kabid Humas Polda Sumsel' },
    ],
    summary:
      'Bidhumas Polda Sumsel mengikuti zoom meeting Divhumas Polri tentang program konten tematik "Cerita Polisi Sahabat Warga" yang berjalan hingga akhir 2026.',
    body: [
      {
        type: 'paragraph',
        text: 'PALEMBANG — Bidhumas Polda Sumsel mengikuti zoom meeting program konten kreatif media sosial yang diselenggarakan Divisi Humas Polri, Selasa (23/6/2026) pukul 13.30 WIB. Kegiatan diikuti dari Ruang Rapat Bidhumas Polda Sumsel, Palembang, dan dipimpin oleh Kasubbid Penmas Bidhumas Polda Sumsel AKBP Yuliana Sari Dewi, S.H., M.Si.',
      },
      {
        type: 'paragraph',
        text: 'Zoom meeting membahas pelaksanaan program konten tematik "Cerita Polisi Sahabat Warga" yang akan berjalan hingga akhir tahun. Melalui program ini, setiap Polda diminta menampilkan kisah pelayanan sehari-hari personel di lapangan dalam bentuk tulisan pendek, foto, dan video singkat.',
      },
      {
        type: 'paragraph',
        text: 'Usai kegiatan, Kabid Humas Polda Sumsel Kombes Pol Dr. Hendra Wijaya, S.I.K., M.H. menyampaikan bahwa Bidhumas Polda Sumsel siap menjalankan program tersebut bersama Polres jajaran.',
      },
      {
        type: 'quote',
        text: 'Banyak cerita baik dari Bhabinkamtibmas, Polwan, dan petugas lalu lintas yang belum terangkat. Program ini menjadi kesempatan untuk menyampaikannya kepada masyarakat secara jujur dan apa adanya.',
      },
      { type: 'heading', text: 'Tema Konten Bulanan' },
      {
        type: 'paragraph',
        text: 'AKBP Yuliana Sari Dewi menambahkan, tema konten telah dibagi per bulan agar publikasi lebih terarah, yaitu:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Juli: pelayanan di Sentra Pelayanan Kepolisian Terpadu (SPKT).',
          'Agustus: kebersamaan personel dengan warga dalam perayaan HUT RI.',
          'September: keselamatan berlalu lintas bagi pelajar.',
          'Oktober: peran Bhabinkamtibmas di desa dan kelurahan.',
          'November: kesiapsiagaan menghadapi musim hujan.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Seluruh konten akan diunggah melalui akun resmi Polda Sumsel dan Polres jajaran. Kegiatan berakhir pukul 15.00 WIB. (ysd/Editor: Andi Saputra)',
      },
    ],
    tags: ['media-sosial'],
    author: 'editor.sumsel@warta.test',
    status: 'published',
    photo: {
      alt: 'Personel Bidhumas duduk mengelilingi meja rapat sambil menyimak paparan yang ditayangkan di layar televisi',
      caption: 'Kasubbid Penmas Bidhumas Polda Sumsel bersama staf mengikuti zoom meeting program konten kreatif dari Divhumas Polri.',
      credit: 'Foto: Bidhumas Polda Sumsel',
    },
  },
  {
    key: 'palembang-sosialisasi-keselamatan-lalin-siswa-baru',
    title: 'Polrestabes Palembang Gelar Sosialisasi Keselamatan Berlalu Lintas bagi Siswa Baru SMA',
    unit: 'polrestabes-palembang',
    activityType: 'sosialisasi',
    activityAt: '2026-07-14T08:00:00+07:00',
    venue: 'Lapangan SMA Negeri 9 Palembang',
    datelineCity: 'PALEMBANG',
    officials: [
      { rank: 'AKBP', name: 'Dedi Kurniawan, S.I.K., M.H.', position: 'Kasat Lantas Polrestabes Palembang' },
      { rank: 'Iptu', name: 'Meiliana Putri, S.H.', position: 'Kanit Kamsel Satlantas Polrestabes Palembang' },
    ],
    summary:
      'Satlantas Polrestabes Palembang membekali 350 siswa baru SMA dengan pesan keselamatan berlalu lintas dalam rangkaian Masa Pengenalan Lingkungan Sekolah.',
    body: [
      {
        type: 'paragraph',
        text: 'PALEMBANG — Satuan Lalu Lintas (Satlantas) Polrestabes Palembang menggelar sosialisasi keselamatan berlalu lintas bagi siswa baru dalam rangkaian Masa Pengenalan Lingkungan Sekolah (MPLS), Selasa (14/7/2026) pukul 08.00 WIB. Kegiatan bertempat di lapangan SMA Negeri 9 Palembang dan dipimpin oleh Kasat Lantas Polrestabes Palembang AKBP Dedi Kurniawan, S.I.K., M.H.',
      },
      {
        type: 'paragraph',
        text: 'Sebanyak 350 siswa kelas X mengikuti sosialisasi tersebut bersama para guru pendamping. Materi disampaikan secara interaktif, dilengkapi pemutaran video dan tanya jawab berhadiah.',
      },
      {
        type: 'paragraph',
        text: 'AKBP Dedi Kurniawan mengungkapkan, pelanggaran lalu lintas yang melibatkan pelajar masih kerap ditemui di Kota Palembang, terutama pengendara sepeda motor yang belum memiliki SIM. "Kami tidak ingin adik-adik menjadi korban di jalan. Keselamatan dimulai dari kebiasaan kecil, seperti memakai helm dan tidak memainkan ponsel saat berkendara," ujarnya.',
      },
      {
        type: 'paragraph',
        text: 'Kanit Kamsel Satlantas Polrestabes Palembang Iptu Meiliana Putri, S.H. kemudian menyampaikan lima pesan keselamatan yang diminta untuk dipraktikkan siswa setiap hari:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Menggunakan helm berstandar SNI dan mengancingkan talinya.',
          'Tidak mengendarai kendaraan bermotor sebelum cukup umur dan memiliki SIM.',
          'Tidak berboncengan lebih dari satu orang.',
          'Menyeberang di zebra cross atau jembatan penyeberangan orang.',
          'Mematuhi rambu dan lampu lalu lintas meskipun jalan sedang sepi.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Pihak sekolah menyambut baik kegiatan tersebut dan berharap sosialisasi serupa dapat digelar setiap awal tahun ajaran baru. Kegiatan ditutup dengan pembagian helm kepada siswa yang berhasil menjawab pertanyaan. (dlp/Editor: Andi Saputra)',
      },
    ],
    tags: ['lalu-lintas', 'pendidikan'],
    author: 'penulis.palembang@warta.test',
    status: 'published',
    photo: {
      alt: 'Polwan Satlantas berbicara menggunakan pengeras suara di depan barisan siswa berseragam putih abu-abu di lapangan sekolah',
      caption: 'Kanit Kamsel Satlantas Polrestabes Palembang menyampaikan pesan keselamatan berlalu lintas kepada siswa baru SMA Negeri 9 Palembang.',
      credit: 'Foto: Humas Polrestabes Palembang',
    },
  },
  {
    key: 'ilir-timur-sambangi-pedagang-pasar-16-ilir',
    title: 'Polsek Ilir Timur I Sambangi Pedagang Pasar 16 Ilir, Sampaikan Pesan Kamtibmas',
    unit: 'polsek-ilir-timur-i',
    activityType: 'kunjungan',
    activityAt: '2026-09-17T07:30:00+07:00',
    venue: 'Pasar 16 Ilir, Kecamatan Ilir Timur I, Palembang',
    datelineCity: 'PALEMBANG',
    officials: [
      { rank: 'Kompol', name: 'Syahrial Effendi, S.H., M.H.', position: 'Kapolsek Ilir Timur I' },
      { rank: 'Iptu', name: 'Ridwan Saleh', position: 'Kanit Binmas Polsek Ilir Timur I' },
    ],
    summary:
      'Kapolsek Ilir Timur I bersama Unit Binmas menyambangi pedagang Pasar 16 Ilir untuk menyampaikan imbauan kamtibmas dan nomor layanan yang bisa dihubungi.',
    body: [
      {
        type: 'paragraph',
        text: 'PALEMBANG — Kapolsek Ilir Timur I Kompol Syahrial Effendi, S.H., M.H. bersama personel Unit Binmas menyambangi para pedagang di Pasar 16 Ilir, Kamis (17/9/2026) pukul 07.30 WIB. Kunjungan tersebut untuk menyampaikan pesan kamtibmas sekaligus mendengar langsung keluhan pedagang dan pengunjung pasar.',
      },
      {
        type: 'paragraph',
        text: 'Rombongan menyusuri los pedagang kain, sembako, dan kelontong. Di setiap blok, personel membagikan selebaran berisi nomor layanan darurat Polri 110 dan nomor telepon Bhabinkamtibmas kelurahan setempat.',
      },
      {
        type: 'paragraph',
        text: 'Kompol Syahrial Effendi mengatakan, pasar merupakan pusat aktivitas warga yang ramai setiap hari sehingga kewaspadaan bersama perlu terus dijaga.',
      },
      {
        type: 'quote',
        text: 'Kami ingin pedagang dan pembeli merasa aman dan nyaman. Jika ada hal yang mencurigakan, jangan ragu menghubungi kami. Polisi hadir untuk melayani.',
      },
      {
        type: 'paragraph',
        text: 'Kanit Binmas Polsek Ilir Timur I Iptu Ridwan Saleh juga menyampaikan sejumlah imbauan kepada pedagang dan pengunjung, antara lain:',
      },
      {
        type: 'list',
        ordered: false,
        items: [
          'Tidak membawa perhiasan dan uang tunai dalam jumlah besar saat berbelanja.',
          'Memeriksa instalasi listrik kios secara berkala untuk mencegah korsleting.',
          'Memastikan kios terkunci dengan baik sebelum ditinggal pulang.',
          'Segera melapor apabila melihat tindak kejahatan di area pasar.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Salah seorang pedagang kain, Nurhayati (52), mengaku senang dengan kunjungan tersebut. "Kami jadi tahu harus menghubungi siapa kalau ada kejadian," ujarnya. (fh/Editor: Andi Saputra)',
      },
    ],
    tags: ['kamtibmas', 'pelayanan-publik'],
    author: 'penulis.ilirtimur@warta.test',
    status: 'published',
    photo: {
      alt: 'Kapolsek berseragam berbincang dengan seorang pedagang kain di depan kiosnya di lorong pasar yang ramai',
      caption: 'Kapolsek Ilir Timur I berdialog dengan pedagang saat menyambangi Pasar 16 Ilir, Palembang.',
      credit: 'Foto: Humas Polsek Ilir Timur I',
    },
  },
  {
    key: 'ogan-ilir-sosialisasi-pencegahan-karhutla',
    title: 'Polres Ogan Ilir Gelar Sosialisasi Pencegahan Karhutla kepada Petani dan Perangkat Desa',
    unit: 'polres-ogan-ilir',
    activityType: 'sosialisasi',
    activityAt: '2026-09-09T09:00:00+07:00',
    venue: 'Balai Desa Sungai Rambutan, Kecamatan Indralaya Utara, Ogan Ilir',
    datelineCity: 'INDRALAYA',
    officials: [
      { rank: 'AKBP', name: 'Muhammad Fadli Ramadhan, S.I.K., M.H.', position: 'Kapolres Ogan Ilir' },
      { rank: 'AKP', name: 'Zulkarnain, S.H.', position: 'Kasi Humas Polres Ogan Ilir' },
    ],
    summary:
      'Memasuki puncak kemarau, Polres Ogan Ilir mengajak petani dan perangkat desa tidak membuka lahan dengan cara membakar serta memaparkan langkah pencegahan karhutla.',
    body: [
      {
        type: 'paragraph',
        text: 'INDRALAYA — Polres Ogan Ilir menggelar sosialisasi pencegahan kebakaran hutan dan lahan (karhutla) kepada petani dan perangkat desa, Rabu (9/9/2026) pukul 09.00 WIB. Kegiatan bertempat di Balai Desa Sungai Rambutan, Kecamatan Indralaya Utara, dan dipimpin oleh Kapolres Ogan Ilir AKBP Muhammad Fadli Ramadhan, S.I.K., M.H.',
      },
      {
        type: 'paragraph',
        text: 'Sosialisasi dihadiri kepala desa, anggota Masyarakat Peduli Api (MPA), petugas BPBD, serta puluhan petani dari desa-desa sekitar. Kegiatan ini digelar seiring masuknya puncak musim kemarau di wilayah Sumatera Selatan.',
      },
      {
        type: 'paragraph',
        text: 'AKBP Muhammad Fadli Ramadhan mengingatkan bahwa sebagian wilayah Ogan Ilir berupa lahan gambut yang mudah terbakar dan sulit dipadamkan.',
      },
      {
        type: 'quote',
        text: 'Sekali api muncul di lahan gambut, asapnya bisa bertahan berhari-hari dan mengganggu kesehatan anak-anak kita. Karena itu, kami minta masyarakat tidak membuka lahan dengan cara membakar. Mencegah jauh lebih mudah daripada memadamkan.',
      },
      {
        type: 'paragraph',
        text: 'Kasi Humas Polres Ogan Ilir AKP Zulkarnain, S.H. menambahkan, Polres Ogan Ilir telah menyiapkan sejumlah langkah pencegahan bersama instansi terkait, yaitu:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Patroli bersama TNI, BPBD, dan MPA di desa-desa rawan.',
          'Pendirian posko siaga karhutla di tingkat kecamatan.',
          'Pemasangan papan imbauan larangan membakar lahan.',
          'Penegakan hukum terhadap pelaku pembakaran lahan sesuai ketentuan yang berlaku.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Ia juga mengimbau warga segera melapor kepada Bhabinkamtibmas atau layanan darurat Polri 110 apabila melihat titik api di wilayahnya. (zkn/Editor: Andi Saputra)',
      },
    ],
    tags: ['bencana', 'kamtibmas'],
    author: 'editor.sumsel@warta.test',
    status: 'published',
    photo: {
      alt: 'Kapolres berdiri di depan warga dan petani yang duduk di kursi plastik di dalam balai desa, dengan spanduk imbauan karhutla di dinding',
      caption: 'Kapolres Ogan Ilir memberikan sosialisasi pencegahan karhutla kepada petani dan perangkat desa di Balai Desa Sungai Rambutan.',
      credit: 'Foto: Humas Polres Ogan Ilir',
    },
  },
  {
    key: 'palembang-pengamanan-lomba-perahu-bidar',
    title: 'Polrestabes Palembang Amankan Lomba Perahu Bidar di Sungai Musi',
    unit: 'polrestabes-palembang',
    activityType: 'pengamanan',
    activityAt: '2026-08-18T09:00:00+07:00',
    venue: 'Perairan Sungai Musi di sekitar Benteng Kuto Besak, Palembang',
    datelineCity: 'PALEMBANG',
    officials: [
      { rank: 'Kombes Pol', name: 'Teguh Ariyanto Nasution, S.I.K., M.Si.', position: 'Kapolrestabes Palembang' },
      { rank: 'Kompol', name: 'Herman Susanto, S.H.', position: 'Kasat Polairud Polrestabes Palembang' },
    ],
    summary:
      'Sebanyak 450 personel gabungan diterjunkan untuk mengamankan Lomba Perahu Bidar dalam rangka HUT ke-81 RI di Sungai Musi, yang berlangsung aman dan tertib.',
    body: [
      {
        type: 'paragraph',
        text: 'PALEMBANG — Polrestabes Palembang mengerahkan ratusan personel untuk mengamankan Lomba Perahu Bidar dalam rangka memeriahkan HUT ke-81 Kemerdekaan RI, Selasa (18/8/2026) pukul 09.00 WIB. Pengamanan dipusatkan di perairan Sungai Musi sekitar Benteng Kuto Besak dan dipimpin langsung oleh Kapolrestabes Palembang Kombes Pol Teguh Ariyanto Nasution, S.I.K., M.Si.',
      },
      {
        type: 'paragraph',
        text: 'Sebelum lomba dimulai, Kapolrestabes memimpin apel gelar pasukan yang diikuti 450 personel gabungan Polrestabes Palembang, TNI, Dinas Perhubungan, dan Basarnas. Personel disebar di darat, di atas Jembatan Ampera, serta di perairan menggunakan perahu patroli.',
      },
      {
        type: 'paragraph',
        text: 'Kombes Pol Teguh Ariyanto Nasution mengatakan, lomba bidar selalu menyedot ribuan penonton yang memadati tepian sungai dan jembatan.',
      },
      {
        type: 'quote',
        text: 'Keselamatan penonton menjadi prioritas kami. Kami minta warga tidak berdesakan di pagar pembatas dan tidak menonton dari atas perahu kecil yang melebihi kapasitas. Ikuti arahan petugas di lapangan.',
      },
      {
        type: 'paragraph',
        text: 'Kasat Polairud Polrestabes Palembang Kompol Herman Susanto, S.H. menjelaskan, pengamanan didukung sejumlah pos yang tersebar di titik-titik keramaian:',
      },
      {
        type: 'list',
        ordered: false,
        items: [
          'Pos komando di pelataran Benteng Kuto Besak.',
          'Pos pengamanan perairan di sekitar dermaga.',
          'Pos kesehatan dan informasi anak hilang.',
          'Pos pengaturan lalu lintas di kawasan Jembatan Ampera.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Lomba yang diikuti 12 perahu bidar itu berlangsung meriah hingga pukul 14.00 WIB dalam keadaan aman dan tertib. (dlp/Editor: Andi Saputra)',
      },
    ],
    tags: ['kamtibmas', 'pelayanan-publik'],
    author: 'penulis.palembang@warta.test',
    status: 'published',
    photo: {
      alt: 'Perahu patroli polisi berjaga di Sungai Musi sementara perahu bidar berwarna-warni melaju dengan Jembatan Ampera di latar belakang',
      caption: 'Personel Satpolairud Polrestabes Palembang berjaga di perairan Sungai Musi saat Lomba Perahu Bidar berlangsung.',
      credit: 'Foto: Humas Polrestabes Palembang',
    },
  },
  {
    key: 'palembang-konpers-pencurian-sepeda-motor',
    title: 'Polrestabes Palembang Gelar Konferensi Pers Pengungkapan Kasus Pencurian Sepeda Motor',
    unit: 'polrestabes-palembang',
    activityType: 'konferensi-pers',
    activityAt: '2026-11-12T14:00:00+07:00',
    venue: 'Lobi Mapolrestabes Palembang',
    datelineCity: 'PALEMBANG',
    officials: [
      { rank: 'AKBP', name: 'Ferdi Irawan, S.I.K., M.H.', position: 'Kasat Reskrim Polrestabes Palembang' },
      { rank: 'Kompol', name: 'Eviana Lestari, S.H.', position: 'Kasi Humas Polrestabes Palembang' },
    ],
    summary:
      'Satreskrim Polrestabes Palembang mengungkap kasus pencurian sepeda motor di kawasan permukiman, mengamankan dua tersangka berinisial RD dan AF serta 14 unit sepeda motor.',
    body: [
      {
        type: 'paragraph',
        text: 'PALEMBANG — Satreskrim Polrestabes Palembang menggelar konferensi pers pengungkapan kasus pencurian sepeda motor di wilayah permukiman, Kamis (12/11/2026) pukul 14.00 WIB. Konferensi pers bertempat di lobi Mapolrestabes Palembang dan dipimpin oleh Kasat Reskrim Polrestabes Palembang AKBP Ferdi Irawan, S.I.K., M.H., didampingi Kasi Humas Polrestabes Palembang Kompol Eviana Lestari, S.H.',
      },
      {
        type: 'paragraph',
        text: 'AKBP Ferdi Irawan menjelaskan, dua tersangka berinisial RD (27) dan AF (31) diamankan setelah polisi menindaklanjuti sejumlah laporan kehilangan dalam dua bulan terakhir. Keduanya diduga beraksi di halaman rumah dan rumah kos yang tidak dilengkapi pagar terkunci.',
      },
      {
        type: 'paragraph',
        text: 'Dari tangan tersangka, petugas mengamankan 14 unit sepeda motor berbagai merek, kunci leter T, serta beberapa pelat nomor kendaran. AKBP Ferdi Irawan pun meminta warga lebih waspada, terutama pada malam hari.',
      },
      {
        type: 'quote',
        text: 'Kami mengimbau masyarakat untuk untuk selalu memasang kunci ganda dan memarkir kendaraan di tempat yang terang. Sebagian besar sepeda motor ini dicuri dalam waktu kurang dari lima menit.',
      },
      {
        type: 'paragraph',
        text: 'Kompol Eviana Lestari menambahkan, warga yang merasa kehilangan sepeda motor dapat mendatangi Satreskrim Polrestabes Palembang dengan membawa BPKB dan STNK asli untuk mencocokkan data kendaraan. Layanan ini tidak dipungut biaya.',
      },
      {
        type: 'paragraph',
        text: 'Atas perbuatannya, para tersangka dijerat pasal pencurian dengan pemberatan dengan ancaman pidana penjara paling lama tujuh tahun. (dlp/Editor: Andi Saputra)',
      },
    ],
    tags: ['kamtibmas'],
    author: 'penulis.palembang@warta.test',
    status: 'in_review',
    photo: {
      alt: 'Deretan sepeda motor hasil pengungkapan kasus terparkir rapi di halaman markas polisi di depan meja konferensi pers',
      caption: 'Kasat Reskrim Polrestabes Palembang menunjukkan barang bukti sepeda motor dalam konferensi pers di lobi Mapolrestabes Palembang.',
      credit: 'Foto: Humas Polrestabes Palembang',
    },
  },

  // ---------------------------------------------------------------- Polda Sulsel (WITA)
  {
    key: 'sulsel-rakor-informasi-jelang-pilkades',
    title: 'Bidhumas Polda Sulsel Gelar Rakor Pengelolaan Informasi Jelang Pilkades Serentak',
    unit: 'polda-sulsel',
    activityType: 'rakor',
    activityAt: '2026-10-06T10:00:00+08:00',
    venue: 'Ruang Rapat Bidhumas Polda Sulsel, Makassar',
    datelineCity: 'MAKASSAR',
    officials: [
      { rank: 'Kombes Pol', name: 'Andi Rahmat Hidayat, S.I.K., M.H.', position: 'Kabid Humas Polda Sulsel' },
      { rank: 'AKBP', name: 'Sitti Rahmawati, S.Sos., M.Si.', position: 'Kasubbid Penmas Bidhumas Polda Sulsel' },
    ],
    summary:
      'Bidhumas Polda Sulsel dan Kasi Humas Polres jajaran menyepakati langkah pengelolaan informasi yang netral dan tepat waktu menjelang Pilkades serentak di sejumlah kabupaten.',
    body: [
      {
        type: 'paragraph',
        text: 'MAKASSAR — Bidhumas Polda Sulsel menggelar rapat koordinasi (rakor) pengelolaan informasi menjelang Pemilihan Kepala Desa (Pilkades) serentak di sejumlah kabupaten di Sulawesi Selatan, Selasa (6/10/2026) pukul 10.00 WITA. Rakor bertempat di Ruang Rapat Bidhumas Polda Sulsel, Makassar, dan dipimpin oleh Kabid Humas Polda Sulsel Kombes Pol Andi Rahmat Hidayat, S.I.K., M.H.',
      },
      {
        type: 'paragraph',
        text: 'Rakor diikuti para Kasi Humas Polres jajaran yang wilayahnya akan menyelenggarakan Pilkades, baik secara langsung maupun melalui sambungan daring. Hadir pula perwakilan Dinas Komunikasi dan Informatika Provinsi Sulawesi Selatan.',
      },
      {
        type: 'paragraph',
        text: 'Kombes Pol Andi Rahmat Hidayat menegaskan, humas Polri harus menjadi sumber informasi yang menenangkan dan netral selama tahapan Pilkades berlangsung.',
      },
      {
        type: 'quote',
        text: 'Polri tidak berpihak kepada calon mana pun. Tugas kita menyampaikan informasi pengamanan secara benar dan tepat waktu, serta segera meluruskan kabar yang tidak benar sebelum menimbulkan keresahan di tengah warga.',
      },
      {
        type: 'paragraph',
        text: 'Kasubbid Penmas Bidhumas Polda Sulsel AKBP Sitti Rahmawati, S.Sos., M.Si. kemudian memaparkan langkah-langkah yang disepakati dalam rakor:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Setiap Polres menunjuk satu petugas penghubung informasi selama tahapan Pilkades.',
          'Informasi resmi terkait pengamanan disampaikan melalui kanal resmi Polres dan Polda.',
          'Klarifikasi atas kabar tidak benar diterbitkan paling lambat enam jam setelah dikonfirmasi kepada pihak berwenang.',
          'Seluruh publikasi menggunakan bahasa yang netral dan tidak menyiratkan dukungan kepada calon tertentu.',
          'Koordinasi rutin dengan pemerintah kabupaten dan panitia pemilihan di tingkat desa.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Rakor berakhir pukul 12.30 WITA dan akan dilanjutkan dengan evaluasi bersama usai pelaksanaan Pilkades. (srw/Editor: Muhammad Arief Rahman)',
      },
    ],
    tags: ['pemilu', 'kamtibmas'],
    author: 'editor.sulsel@warta.test',
    status: 'published',
    photo: {
      alt: 'Kabid Humas memimpin rapat di meja panjang, dengan layar di ujung ruangan menampilkan peserta rakor dari Polres jajaran',
      caption: 'Kabid Humas Polda Sulsel memimpin rakor pengelolaan informasi jelang Pilkades serentak.',
      credit: 'Foto: Bidhumas Polda Sulsel',
    },
  },
  {
    key: 'sulsel-upacara-hari-bhayangkara-80',
    title: 'Polda Sulsel Gelar Upacara Peringatan Hari Bhayangkara ke-80',
    unit: 'polda-sulsel',
    activityType: 'upacara',
    activityAt: '2026-07-01T07:30:00+08:00',
    venue: 'Lapangan Upacara Mapolda Sulsel, Makassar',
    datelineCity: 'MAKASSAR',
    officials: [
      { rank: 'Irjen Pol', name: 'Dr. Yudhistira Mahendra, S.I.K., M.H.', position: 'Kapolda Sulsel' },
      { rank: 'Kombes Pol', name: 'Andi Rahmat Hidayat, S.I.K., M.H.', position: 'Kabid Humas Polda Sulsel' },
    ],
    summary:
      'Polda Sulsel memperingati Hari Bhayangkara ke-80 dengan upacara di Mapolda Sulsel, penyerahan penghargaan kepada personel berprestasi, dan rangkaian kegiatan sosial.',
    body: [
      {
        type: 'paragraph',
        text: 'MAKASSAR — Polda Sulsel menggelar upacara peringatan Hari Bhayangkara ke-80, Rabu (1/7/2026) pukul 07.30 WITA, bertempat di Lapangan Upacara Mapolda Sulsel, Makassar. Bertindak selaku inspektur upacara Kapolda Sulsel Irjen Pol Dr. Yudhistira Mahendra, S.I.K., M.H.',
      },
      {
        type: 'paragraph',
        text: 'Upacara diikuti personel Polda Sulsel, perwakilan TNI, Bhayangkari, ASN Polri, serta tamu undangan dari unsur pemerintah daerah dan tokoh masyarakat. Dalam kesempatan itu, Kapolda membacakan amanat Presiden Republik Indonesia dan menyerahkan penghargaan kepada personel yang berprestasi dalam pelayanan kepada masyarakat.',
      },
      {
        type: 'paragraph',
        text: 'Usai upacara, Kabid Humas Polda Sulsel Kombes Pol Andi Rahmat Hidayat, S.I.K., M.H. mengatakan, usia ke-80 menjadi momentum bagi seluruh personel untuk terus memperbaiki kualitas pelayanan.',
      },
      {
        type: 'quote',
        text: 'Delapan puluh tahun bukan waktu yang singkat. Kepercayaan masyarakat harus kita jaga dengan pelayanan yang cepat, ramah, dan tanpa pungutan. Itulah kado terbaik Polri untuk masyarakat Sulawesi Selatan.',
      },
      { type: 'heading', text: 'Rangkaian Kegiatan Hari Bhayangkara' },
      {
        type: 'list',
        ordered: false,
        items: [
          'Bakti sosial dan pembagian paket sembako di wilayah pesisir Makassar.',
          'Donor darah bersama PMI Kota Makassar.',
          'Ziarah dan tabur bunga di taman makam pahlawan.',
          'Pelayanan SIM keliling di sejumlah titik keramaian.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Seluruh rangkaian kegiatan digelar serentak oleh Polda Sulsel dan Polres jajaran serta berlangsung aman dan lancar. (arh/Editor: Muhammad Arief Rahman)',
      },
    ],
    tags: ['humas-presisi', 'pelayanan-publik'],
    author: 'editor.sulsel@warta.test',
    status: 'published',
    photo: {
      alt: 'Barisan personel Polri berseragam lengkap berdiri tegap di lapangan upacara, menghadap podium inspektur upacara',
      caption: 'Kapolda Sulsel bertindak selaku inspektur upacara peringatan Hari Bhayangkara ke-80 di Lapangan Upacara Mapolda Sulsel.',
      credit: 'Foto: Bidhumas Polda Sulsel',
    },
  },
  {
    key: 'makassar-sosialisasi-bahaya-narkoba-mahasiswa-baru',
    title: 'Polrestabes Makassar Gelar Sosialisasi Bahaya Narkoba bagi Mahasiswa Baru',
    unit: 'polrestabes-makassar',
    activityType: 'sosialisasi',
    activityAt: '2026-09-22T09:00:00+08:00',
    venue: 'Auditorium Universitas Cendekia Nusantara, Makassar',
    datelineCity: 'MAKASSAR',
    officials: [
      { rank: 'AKBP', name: 'Irwan Sudirman, S.I.K., M.H.', position: 'Kasat Resnarkoba Polrestabes Makassar' },
      { rank: 'Kompol', name: 'Muh. Anwar Hamzah, S.Sos.', position: 'Kasi Humas Polrestabes Makassar' },
    ],
    summary:
      'Sekitar 500 mahasiswa baru mengikuti sosialisasi bahaya narkoba dari Satresnarkoba Polrestabes Makassar, termasuk informasi rehabilitasi melalui lapor diri ke IPWL.',
    body: [
      {
        type: 'paragraph',
        text: 'MAKASSAR — Satresnarkoba Polrestabes Makassar menggelar sosialisasi bahaya narkoba bagi mahasiswa baru, Selasa (22/9/2026) pukul 09.00 WITA. Kegiatan bertempat di Auditorium Universitas Cendekia Nusantara, Makassar, dan dipimpin oleh Kasat Resnarkoba Polrestabes Makassar AKBP Irwan Sudirman, S.I.K., M.H.',
      },
      {
        type: 'paragraph',
        text: 'Sekitar 500 mahasiswa baru dari berbagai program studi mengikuti kegiatan yang menjadi bagian dari masa pengenalan kehidupan kampus tersebut. Sosialisasi dikemas dalam bentuk dialog, pemutaran film pendek, dan kuis.',
      },
      {
        type: 'paragraph',
        text: 'AKBP Irwan Sudirman mengatakan, mahasiswa baru yang tinggal jauh dari keluarga rentan terpengaruh lingkungan pergaulan yang keliru.',
      },
      {
        type: 'quote',
        text: 'Narkoba tidak mengenal status dan kecerdasan. Banyak yang awalnya hanya coba-coba karena ajakan teman. Kalian harus berani menolak, dan berani bercerita kepada orang yang dipercaya jika merasa terjebak.',
      },
      {
        type: 'paragraph',
        text: 'Ia juga membekali mahasiswa dengan beberapa langkah pencegahan:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Memilih lingkungan pergaulan yang positif dan aktif dalam kegiatan kampus.',
          'Menolak dengan tegas tawaran zat atau obat yang tidak jelas asal-usulnya.',
          'Tidak menerima titipan barang dari orang yang tidak dikenal.',
          'Menghubungi pihak kampus, orang tua, atau kepolisian jika mengetahui peredaran narkoba.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Kasi Humas Polrestabes Makassar Kompol Muh. Anwar Hamzah, S.Sos. menambahkan, pecandu yang ingin pulih dapat melaporkan diri secara sukarela ke Institusi Penerima Wajib Lapor (IPWL) untuk mendapatkan rehabilitasi. "Yang dibutuhkan pecandu adalah pertolongan. Jangan takut untuk memulai," ujarnya. (nh/Editor: Muhammad Arief Rahman)',
      },
    ],
    tags: ['narkoba', 'pendidikan'],
    author: 'penulis.makassar@warta.test',
    status: 'published',
    photo: {
      alt: 'Perwira polisi berbicara di panggung auditorium di hadapan ratusan mahasiswa baru yang mengenakan jas almamater',
      caption: 'Kasat Resnarkoba Polrestabes Makassar memberikan materi bahaya narkoba kepada mahasiswa baru.',
      credit: 'Foto: Humas Polrestabes Makassar',
    },
  },
  {
    key: 'panakkukang-polisi-sahabat-anak-sd-karampuang',
    title: 'Polsek Panakkukang Gelar "Polisi Sahabat Anak" di SD Inpres Karampuang',
    unit: 'polsek-panakkukang',
    activityType: 'kunjungan',
    activityAt: '2026-08-25T09:00:00+08:00',
    venue: 'SD Inpres Karampuang, Kecamatan Panakkukang, Makassar',
    datelineCity: 'MAKASSAR',
    officials: [
      { rank: 'Kompol', name: 'Hasanuddin Baso, S.H., M.H.', position: 'Kapolsek Panakkukang' },
      { rank: 'Iptu', name: 'Nurdin Tahir', position: 'Kanit Binmas Polsek Panakkukang' },
    ],
    summary:
      'Polsek Panakkukang mengunjungi SD Inpres Karampuang untuk mengenalkan tugas polisi kepada 120 siswa dan mengajarkan pesan keselamatan sederhana.',
    body: [
      {
        type: 'paragraph',
        text: 'MAKASSAR — Polsek Panakkukang menggelar kegiatan "Polisi Sahabat Anak" di SD Inpres Karampuang, Kecamatan Panakkukang, Selasa (25/8/2026) pukul 09.00 WITA. Kunjungan dipimpin langsung oleh Kapolsek Panakkukang Kompol Hasanuddin Baso, S.H., M.H., didampingi Kanit Binmas Iptu Nurdin Tahir dan sejumlah Polwan.',
      },
      {
        type: 'paragraph',
        text: 'Sebanyak 120 siswa kelas IV hingga VI tampak antusias menyambut kedatangan polisi. Mereka diajak mengenal tugas-tugas kepolisian, mencoba memakai topi polisi, dan melihat langsung mobil patroli yang diparkir di halaman sekolah.',
      },
      {
        type: 'paragraph',
        text: 'Kompol Hasanuddin Baso mengatakan, kegiatan ini bertujuan menanamkan rasa aman kepada anak-anak sejak dini.',
      },
      {
        type: 'quote',
        text: 'Kami ingin anak-anak tidak takut kepada polisi. Kalau tersesat, diganggu orang, atau melihat temannya dirundung, mereka tahu harus meminta tolong kepada siapa.',
      },
      {
        type: 'paragraph',
        text: 'Dalam kesempatan itu, Iptu Nurdin Tahir mengajak siswa menghafal pesan keselamatan sederhana:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Tidak ikut dengan orang yang tidak dikenal, meskipun ditawari hadiah.',
          'Menyeberang jalan bersama orang dewasa atau di zebra cross.',
          'Segera memberi tahu guru atau orang tua jika ada teman yang dirundung.',
          'Menghafal nomor darurat 110 dan nomor telepon orang tua.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Pihak sekolah menyampaikan terima kasih atas kunjungan tersebut dan berharap kegiatan serupa digelar secara rutin. Kegiatan ditutup dengan pembagian buku tulis dan foto bersama. (sb/Editor: Muhammad Arief Rahman)',
      },
    ],
    tags: ['pendidikan', 'kamtibmas'],
    author: 'penulis.panakkukang@warta.test',
    status: 'published',
    photo: {
      alt: 'Anak-anak sekolah dasar berseragam merah putih mengerumuni mobil patroli polisi di halaman sekolah bersama seorang Polwan',
      caption: 'Siswa SD Inpres Karampuang melihat mobil patroli dalam kegiatan "Polisi Sahabat Anak" Polsek Panakkukang.',
      credit: 'Foto: Humas Polsek Panakkukang',
    },
  },
  {
    key: 'gowa-rakor-sekolah-aman-bebas-perundungan',
    title: 'Polres Gowa & Dinas Pendidikan Gelar Rakor Program Sekolah Aman dan Bebas Perundungan',
    unit: 'polres-gowa',
    activityType: 'rakor',
    activityAt: '2026-10-19T09:30:00+08:00',
    venue: 'Aula Kantor Dinas Pendidikan Kabupaten Gowa, Sungguminasa',
    datelineCity: 'SUNGGUMINASA',
    officials: [
      { rank: 'AKBP', name: 'Reza Adiputra, S.I.K., M.H.', position: 'Kapolres Gowa' },
      { name: 'Drs. H. Abdul Rahman, M.Pd.', position: 'Kepala Dinas Pendidikan Kabupaten Gowa' },
      { rank: 'AKP', name: 'Muh. Syarif, S.H.', position: 'Kasat Binmas Polres Gowa' },
    ],
    summary:
      'Polres Gowa dan Dinas Pendidikan Kabupaten Gowa menyepakati langkah bersama mencegah perundungan, perkelahian pelajar, dan penyalahgunaan narkoba di sekolah.',
    body: [
      {
        type: 'paragraph',
        text: 'SUNGGUMINASA — Polres Gowa bersama Dinas Pendidikan Kabupaten Gowa menggelar rapat koordinasi (rakor) program sekolah aman dan bebas perundungan, Senin (19/10/2026) pukul 09.30 WITA. Rakor bertempat di Aula Kantor Dinas Pendidikan Kabupaten Gowa, Sungguminasa, dan dipimpin oleh Kapolres Gowa AKBP Reza Adiputra, S.I.K., M.H. serta Kepala Dinas Pendidikan Kabupaten Gowa Drs. H. Abdul Rahman, M.Pd.',
      },
      {
        type: 'paragraph',
        text: 'Rakor dihadiri para kepala SMP negeri dan swasta se-Kabupaten Gowa, pengawas sekolah, serta Bhabinkamtibmas dari sejumlah kecamatan. Pertemuan membahas langkah bersama untuk mencegah perundungan, perkelahian pelajar, dan penyalahgunaan narkoba di lingkungan sekolah.',
      },
      {
        type: 'paragraph',
        text: 'AKBP Reza Adiputra mengatakan, pencegahan hanya akan berhasil jika sekolah, orang tua, dan kepolisian bergerak bersama.',
      },
      {
        type: 'quote',
        text: 'Sekolah harus menjadi tempat paling aman bagi anak setelah rumah. Polisi tidak datang ke sekolah untuk menakut-nakuti, tetapi untuk menjadi teman diskusi guru dan siswa.',
      },
      {
        type: 'paragraph',
        text: 'Sementara itu, Drs. H. Abdul Rahman, M.Pd. menyambut baik kerja sama ini dan meminta setiap sekolah memastikan Tim Pencegahan dan Penanganan Kekerasan (TPPK) berjalan aktif. Rakor menghasilkan sejumlah kesepakatan, di antaranya:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Bhabinkamtibmas dijadwalkan menjadi pembina upacara di sekolah minimal sekali dalam sebulan.',
          'Sekolah menyediakan saluran pengaduan yang aman bagi siswa korban perundungan.',
          'Polres Gowa menggelar sosialisasi keselamatan berlalu lintas dan bahaya narkoba secara bergilir.',
          'Evaluasi program dilakukan bersama setiap akhir semester.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Kasat Binmas Polres Gowa AKP Muh. Syarif, S.H. menyatakan, jadwal kunjungan ke sekolah akan segera disusun dan dibagikan kepada seluruh Bhabinkamtibmas. (msy/Editor: Muhammad Arief Rahman)',
      },
    ],
    tags: ['pendidikan', 'kamtibmas'],
    author: 'editor.sulsel@warta.test',
    status: 'published',
    photo: {
      alt: 'Kapolres dan Kepala Dinas Pendidikan duduk berdampingan di meja depan aula, menghadap para kepala sekolah peserta rakor',
      caption: 'Kapolres Gowa dan Kepala Dinas Pendidikan Kabupaten Gowa memimpin rakor program sekolah aman dan bebas perundungan.',
      credit: 'Foto: Humas Polres Gowa',
    },
  },
  {
    key: 'makassar-pengamanan-lomba-lari-pantai-losari',
    title: 'Polrestabes Makassar Amankan Lomba Lari 10K di Kawasan Pantai Losari',
    unit: 'polrestabes-makassar',
    activityType: 'pengamanan',
    activityAt: '2026-11-15T05:30:00+08:00',
    venue: 'Anjungan Pantai Losari, Makassar',
    datelineCity: 'MAKASSAR',
    officials: [
      { rank: 'AKBP', name: 'Darmawan Saleh, S.I.K.', position: 'Kabag Ops Polrestabes Makassar' },
      { rank: 'AKBP', name: 'Lukman Hakim, S.I.K.', position: 'Kasat Lantas Polrestabes Makassar' },
    ],
    summary:
      'Ratusan personel gabungan mengamankan lomba lari 10K yang diikuti sekitar 3.000 pelari di kawasan Pantai Losari, disertai penutupan dan pengalihan arus lalu lintas sementara.',
    body: [
      {
        type: 'paragraph',
        text: 'MAKASSAR — Polrestabes Makassar menurunkan 320 persnonel gabungan untuk mengamankan lomba lari 10K di kawasan Pantai Losari, Minggu (15/11/2026) pukul 05.30 WITA. Pengamanan dipimpin oleh Kabag Ops Polrestabes Makassar AKBP Darmawan Saleh, S.I.K., dengan pos komando di Anjungan Pantai Losari yang menjadi titik start dan finis.',
      },
      {
        type: 'paragraph',
        text: 'Lomba yang diikuti sekitar 3.000 pelari dari berbagai daerah tersebut melintasi sejumlah ruas jalan utama di pusat kota. Sebelum start, AKBP Darmawan Saleh memimpin apel pengecekan personel dan memberikan arahan kepada petugas di setiap pos.',
      },
      {
        type: 'paragraph',
        text: 'Ia meminta personel mengutamakan keselamatan peserta dan tetap melayani warga yang hendak beraktivitas.',
      },
      {
        type: 'quote',
        text: 'Jalan memang ditutup sementara, tetapi warga yang hendak ke rumah sakit atau dalam keadaan darurat harus tetap kita bantu. Sampaikan informasi pengalihan arus dengan ramah.',
      },
      {
        type: 'paragraph',
        text: 'Kasat Lantas Polrestabes Makassar AKBP Lukman Hakim, S.I.K. menjelaskan, penutupan dan pengalihan arus dilakukan secara bertahap mulai pukul 05.00 hingga 09.00 WITA di ruas-ruas berikut:',
      },
      {
        type: 'list',
        ordered: false,
        items: ['Jalan Penghibur', 'Jalan Pasar Ikan', 'Jalan Ujung Pandang', 'Jalan Metro Tanjung Bunga'],
      },
      {
        type: 'paragraph',
        text: 'Hingga seluruh peserta mencapai garis finis, kegiatan berlangsung aman dan lancar. Arus lalu lintas kembali dibuka normal pukul 09.15 WITA. (nh/Editor: Muhammad Arief Rahman)',
      },
    ],
    tags: ['lalu-lintas', 'kamtibmas'],
    author: 'penulis.makassar@warta.test',
    status: 'changes_requested',
    reviewNote:
      'Ada salah ketik "persnonel" di paragraf pertama. Mohon sebutkan juga unsur personel gabungan (Polri, TNI, Dishub) dan nomor kontak pengaduan selama penutupan jalan.',
    photo: {
      alt: 'Ribuan pelari memadati jalan tepi pantai pada pagi hari, dengan polisi lalu lintas berjaga di sisi jalan',
      caption: 'Personel Polrestabes Makassar mengatur arus saat peserta lomba lari 10K melintas di kawasan Pantai Losari.',
      credit: 'Foto: Humas Polrestabes Makassar',
    },
  },
  {
    key: 'sulsel-vicon-persiapan-publikasi-operasi-zebra',
    title: 'Bidhumas Polda Sulsel Ikuti Vicon Persiapan Publikasi Operasi Zebra 2026',
    unit: 'polda-sulsel',
    activityType: 'vicon',
    activityAt: '2026-11-16T10:00:00+08:00',
    venue: 'Ruang Vicon Bidhumas Polda Sulsel, Makassar',
    datelineCity: 'MAKASSAR',
    officials: [
      { rank: 'Kombes Pol', name: 'Andi Rahmat Hidayat, S.I.K., M.H.', position: 'Kabid Humas Polda Sulsel' },
      { rank: 'Kombes Pol', name: 'Eko Prasetyo Hadi, S.I.K., M.H.', position: 'Dirlantas Polda Sulsel' },
    ],
    summary:
      'Bidhumas dan Ditlantas Polda Sulsel mengikuti vicon persiapan publikasi Operasi Zebra 2026 dan menyusun rencana sosialisasi bersama Polres jajaran.',
    body: [
      {
        type: 'paragraph',
        text: 'MAKASSAR — Bidhumas Polda Sulsel mengikuti video conference (vicon) persiapan publikasi Operasi Zebra 2026 yang digelar Korlantas Polri bersama Divisi Humas Polri, Senin (16/11/2026) pukul 10.00 WITA. Vicon diikuti dari Ruang Vicon Bidhumas Polda Sulsel, Makassar, dipimpin oleh Kabid Humas Polda Sulsel Kombes Pol Andi Rahmat Hidayat, S.I.K., M.H., didampingi Dirlantas Polda Sulsel Kombes Pol Eko Prasetyo Hadi, S.I.K., M.H.',
      },
      {
        type: 'paragraph',
        text: 'Vicon membahas strategi penyampaian informasi kepada masyarakat menjelang Operasi Zebra yang akan digelar selama dua pekan mulai akhir November 2026. Operasi ini mengedepankan langkah edukatif dan preventif, didukung penegakan hukum secara elektronik.',
      },
      {
        type: 'paragraph',
        text: 'Kombes Pol Eko Prasetyo Hadi mengatakan, sasaran utama operasi adalah pelanggaran yang berpotensi menimbulkan kecelakaan.',
      },
      {
        type: 'quote',
        text: 'Kami ingin masyarakat tertib bukan karena takut ditilang, tetapi karena sadar akan keselamatan dirinya dan keluarganya. Karena itu, sosialisasi sebelum operasi sangat penting.',
      },
      {
        type: 'paragraph',
        text: 'Usai vicon, Kabid Humas Polda Sulsel menyampaikan rencana publikasi yang akan dijalankan Bidhumas bersama Polres jajaran:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Penyebaran infografis sasaran pelanggaran melalui kanal resmi Polda dan Polres.',
          'Dialog interaktif di radio lokal bersama Ditlantas Polda Sulsel.',
          'Rilis harian perkembangan operasi selama masa pelaksanaan.',
          'Publikasi kegiatan edukasi keselamatan di sekolah dan kampus.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Vicon berakhir pukul 11.45 WITA dalam keadaan aman dan lancar. (arh/Editor: Muhammad Arief Rahman)',
      },
    ],
    tags: ['lalu-lintas', 'humas-presisi'],
    author: 'editor.sulsel@warta.test',
    status: 'draft',
    photo: {
      alt: 'Dua perwira menengah duduk di depan layar vicon yang menampilkan pejabat Korlantas Polri sedang memberikan paparan',
      caption: 'Kabid Humas dan Dirlantas Polda Sulsel mengikuti vicon persiapan publikasi Operasi Zebra 2026.',
      credit: 'Foto: Bidhumas Polda Sulsel',
    },
  },

  // ---------------------------------------------------------------- Polda Papua (WIT)
  {
    key: 'papua-vicon-pelayanan-informasi-publik',
    title: 'Bidhumas Polda Papua Ikuti Vicon Arahan Kadiv Humas Polri tentang Pelayanan Informasi Publik',
    unit: 'polda-papua',
    activityType: 'vicon',
    activityAt: '2026-07-22T10:00:00+09:00',
    venue: 'Ruang Vicon Mapolda Papua, Jayapura',
    datelineCity: 'JAYAPURA',
    officials: [
      { rank: 'Kombes Pol', name: 'Frans Rumbiak, S.I.K., M.H.', position: 'Kabid Humas Polda Papua' },
      { rank: 'AKBP', name: 'Dorkas Sawaki, S.Sos.', position: 'Kasubbid PID Bidhumas Polda Papua' },
      { rank: 'Irjen Pol', name: 'Drs. Wahyu Santoso Adiputro, M.Si.', position: 'Kadiv Humas Polri' },
    ],
    summary:
      'Bidhumas Polda Papua mengikuti vicon arahan Kadiv Humas Polri tentang penguatan PPID dan menyiapkan layanan informasi publik yang menjangkau warga di berbagai wilayah.',
    body: [
      {
        type: 'paragraph',
        text: 'JAYAPURA — Bidhumas Polda Papua mengikuti video conference (vicon) arahan Kadiv Humas Polri tentang pelayanan informasi publik, Rabu (22/7/2026) pukul 10.00 WIT. Vicon diikuti dari Ruang Vicon Mapolda Papua, Jayapura, dipimpin oleh Kabid Humas Polda Papua Kombes Pol Frans Rumbiak, S.I.K., M.H., bersama Kasubbid PID AKBP Dorkas Sawaki, S.Sos.',
      },
      {
        type: 'paragraph',
        text: 'Dalam vicon tersebut, Kadiv Humas Polri Irjen Pol Drs. Wahyu Santoso Adiputro, M.Si. meminta seluruh Bidhumas Polda memperkuat peran Pejabat Pengelola Informasi dan Dokumentasi (PPID) sesuai Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik. Setiap permohonan informasi dari masyarakat harus dilayani tepat waktu dan dicatat dengan baik.',
      },
      {
        type: 'paragraph',
        text: 'Usai mengikuti vicon, Kombes Pol Frans Rumbiak menyampaikan bahwa Polda Papua akan menyesuaikan pelayanan dengan kondisi geografis wilayah.',
      },
      {
        type: 'quote',
        text: 'Tidak semua warga di Papua mudah menjangkau kantor polisi atau jaringan internet. Kami akan memastikan layanan informasi bisa diakses melalui berbagai cara, baik datang langsung, telepon, maupun surat elektronik.',
      },
      {
        type: 'paragraph',
        text: 'AKBP Dorkas Sawaki menjelaskan tindak lanjut yang akan segera dilaksanakan Bidhumas Polda Papua:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Memperbarui daftar informasi publik di laman resmi Polda Papua.',
          'Menyiapkan meja layanan informasi di ruang SPKT Mapolda Papua.',
          'Melatih petugas PPID pelaksana di Polres jajaran.',
          'Menyusun laporan layanan informasi publik setiap triwulan.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Vicon berakhir pukul 11.30 WIT dalam keadaan aman dan lancar. (dsw/Editor: Yohanes Wenda)',
      },
    ],
    tags: ['pelayanan-publik', 'humas-presisi'],
    author: 'editor.papua@warta.test',
    status: 'published',
    photo: {
      alt: 'Kabid Humas dan staf Bidhumas duduk di ruang vicon sambil mencatat arahan yang ditayangkan di layar',
      caption: 'Kabid Humas Polda Papua bersama Kasubbid PID mengikuti vicon arahan Kadiv Humas Polri di Mapolda Papua.',
      credit: 'Foto: Bidhumas Polda Papua',
    },
  },
  {
    key: 'jayapura-bakti-sosial-pengobatan-kampung-enggros',
    title: 'Polresta Jayapura Kota Gelar Bakti Sosial Pengobatan Gratis di Kampung Enggros',
    unit: 'polresta-jayapura-kota',
    activityType: 'bakti-sosial',
    activityAt: '2026-08-29T09:00:00+09:00',
    venue: 'Balai Kampung Enggros, Distrik Abepura, Kota Jayapura',
    datelineCity: 'JAYAPURA',
    officials: [
      { rank: 'Kombes Pol', name: 'Dedy Ardiansyah, S.I.K., M.H.', position: 'Kapolresta Jayapura Kota' },
      { rank: 'Ipda', name: 'dr. Maria Sroyer', position: 'Kasi Dokkes Polresta Jayapura Kota' },
    ],
    summary:
      'Tim kesehatan Polresta Jayapura Kota menyeberang ke Kampung Enggros di Teluk Youtefa untuk memberikan pengobatan gratis kepada 230 warga dan membagikan paket sembako.',
    body: [
      {
        type: 'paragraph',
        text: 'JAYAPURA — Polresta Jayapura Kota menggelar bakti sosial pengobatan gratis bagi warga Kampung Enggros, Distrik Abepura, Sabtu (29/8/2026) pukul 09.00 WIT. Kegiatan bertempat di Balai Kampung Enggros dan dipimpin oleh Kapolresta Jayapura Kota Kombes Pol Dedy Ardiansyah, S.I.K., M.H.',
      },
      {
        type: 'paragraph',
        text: 'Rombongan tim kesehatan menyeberang menggunakan perahu motor menuju kampung yang berdiri di atas perairan Teluk Youtefa tersebut. Sejak pagi, warga dari anak-anak hingga lanjut usia sudah mengantre di balai kampung.',
      },
      {
        type: 'paragraph',
        text: 'Kasi Dokkes Polresta Jayapura Kota Ipda dr. Maria Sroyer menjelaskan, sebanyak 230 warga mendapatkan layanan dalam kegiatan ini. Layanan yang diberikan meliputi:',
      },
      {
        type: 'list',
        ordered: false,
        items: [
          'Pemeriksaan kesehatan umum dan tekanan darah.',
          'Pemeriksaan gula darah bagi warga lanjut usia.',
          'Pemberian obat-obatan dan vitamin.',
          'Penyuluhan kebersihan air dan pencegahan malaria.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Kombes Pol Dedy Ardiansyah mengatakan, kegiatan ini merupakan wujud kepedulian Polri kepada warga di kampung-kampung pesisir.',
      },
      {
        type: 'quote',
        text: 'Kami datang untuk melayani, bukan sekadar seremoni. Jika ada warga yang memerlukan pemeriksaan lanjutan, tim kami akan membantu merujuk ke fasilitas kesehatan terdekat.',
      },
      {
        type: 'paragraph',
        text: 'Selain pengobatan, Polresta Jayapura Kota juga membagikan 150 paket sembako kepada warga. Tokoh masyarakat setempat menyampaikan terima kasih dan berharap kegiatan serupa dapat dilaksanakan kembali. (mk/Editor: Yohanes Wenda)',
      },
    ],
    tags: ['kesehatan', 'pelayanan-publik'],
    author: 'penulis.jayapura@warta.test',
    status: 'published',
    photo: {
      alt: 'Dokter polisi memeriksa tekanan darah seorang ibu di balai kampung berlantai papan di atas air, sementara warga lain menunggu giliran',
      caption: 'Kasi Dokkes Polresta Jayapura Kota memeriksa kesehatan warga dalam bakti sosial di Kampung Enggros.',
      credit: 'Foto: Humas Polresta Jayapura Kota',
    },
  },
  {
    key: 'abepura-sambangi-pedagang-pasar-youtefa',
    title: 'Polsek Abepura Sambangi Pedagang Pasar Youtefa, Ajak Bersama Jaga Kamtibmas',
    unit: 'polsek-abepura',
    activityType: 'kunjungan',
    activityAt: '2026-10-16T07:00:00+09:00',
    venue: 'Pasar Youtefa, Distrik Abepura, Kota Jayapura',
    datelineCity: 'JAYAPURA',
    officials: [
      { rank: 'AKP', name: 'Petrus Wanimbo, S.H.', position: 'Kapolsek Abepura' },
      { rank: 'Ipda', name: 'Yosua Mebri', position: 'Kanit Binmas Polsek Abepura' },
    ],
    summary:
      'Kapolsek Abepura menyambangi pedagang Pasar Youtefa, menampung masukan soal penerangan dan patroli malam, serta menambah jadwal patroli dialogis di kawasan pasar.',
    body: [
      {
        type: 'paragraph',
        text: 'JAYAPURA — Kapolsek Abepura AKP Petrus Wanimbo, S.H. bersama personel Unit Binmas dan Samapta menyambangi pedagang di Pasar Youtefa, Distrik Abepura, Jumat (16/10/2026) pukul 07.00 WIT. Kegiatan ini bertujuan mempererat hubungan polisi dengan pedagang sekaligus menyampaikan pesan kamtibmas.',
      },
      {
        type: 'paragraph',
        text: 'Sambil berkeliling, personel berbincang dengan mama-mama pedagang sayur, pinang, dan hasil kebun yang setiap hari berjualan sejak subuh. Sejumlah pedagang menyampaikan harapan agar penerangan di area parkir diperbaiki dan patroli malam ditingkatkan.',
      },
      {
        type: 'paragraph',
        text: 'AKP Petrus Wanimbo mengatakan, masukan dari pedagang akan segera ditindaklanjuti, termasuk dengan berkoordinasi bersama pengelola pasar dan pemerintah kota.',
      },
      {
        type: 'quote',
        text: 'Pasar ini sumber penghidupan banyak keluarga. Kami ingin mama-mama bisa berjualan dengan tenang dari pagi sampai pulang. Kalau ada gangguan, langsung sampaikan kepada kami.',
      },
      { type: 'heading', text: 'Patroli Dialogis Ditingkatkan' },
      {
        type: 'paragraph',
        text: 'Kanit Binmas Polsek Abepura Ipda Yosua Mebri menambahkan, mulai pekan depan Polsek Abepura akan menambah jadwal patroli dialogis di kawasan pasar pada pagi dan malam hari. Personel juga akan membantu mengatur arus kendaraan di pintu masuk pasar yang kerap padat.',
      },
      {
        type: 'paragraph',
        text: 'Kunjungan ditutup dengan pembagian kartu berisi nomor telepon piket Polsek Abepura kepada para pedagang. (yr/Editor: Yohanes Wenda)',
      },
    ],
    tags: ['kamtibmas', 'pelayanan-publik'],
    author: 'penulis.abepura@warta.test',
    status: 'published',
    photo: {
      alt: 'Kapolsek berjongkok berbincang dengan mama-mama pedagang sayur yang menggelar dagangan di lapak pasar',
      caption: 'Kapolsek Abepura berdialog dengan pedagang saat menyambangi Pasar Youtefa.',
      credit: 'Foto: Humas Polsek Abepura',
    },
  },
  {
    key: 'jayawijaya-pengamanan-festival-lembah-baliem',
    title: 'Polres Jayawijaya Amankan Pembukaan Festival Budaya Lembah Baliem 2026',
    unit: 'polres-jayawijaya',
    activityType: 'pengamanan',
    activityAt: '2026-08-06T08:00:00+09:00',
    venue: 'Arena Festival Budaya Lembah Baliem, Distrik Walesi, Kabupaten Jayawijaya',
    datelineCity: 'WAMENA',
    officials: [
      { rank: 'AKBP', name: 'Samuel Tabuni, S.I.K., M.H.', position: 'Kapolres Jayawijaya' },
      { rank: 'Kompol', name: 'Markus Lokobal, S.H.', position: 'Kabag Ops Polres Jayawijaya' },
      { rank: 'Iptu', name: 'Yusak Itlay', position: 'Kasi Humas Polres Jayawijaya' },
    ],
    summary:
      'Sebanyak 280 personel gabungan Polres Jayawijaya dan TNI mengamankan pembukaan Festival Budaya Lembah Baliem 2026 secara humanis; situasi aman dan kondusif.',
    body: [
      {
        type: 'paragraph',
        text: 'WAMENA — Polres Jayawijaya mengamankan pembukaan Festival Budaya Lembah Baliem 2026, Kamis (6/8/2026) pukul 08.00 WIT. Pengamanan dipusatkan di arena festival, Distrik Walesi, Kabupaten Jayawijaya, dan dipimpin langsung oleh Kapolres Jayawijaya AKBP Samuel Tabuni, S.I.K., M.H.',
      },
      {
        type: 'paragraph',
        text: 'Sebanyak 280 personel gabungan Polres Jayawijaya dan TNI dikerahkan untuk mengamankan festival yang menampilkan atraksi budaya dari berbagai distrik tersebut. Setiap tahun, festival ini menarik ribuan pengunjung, termasuk wisatawan mancanegara.',
      },
      {
        type: 'paragraph',
        text: 'AKBP Samuel Tabuni mengatakan, pengamanan dilakukan secara humanis dengan menghormati adat dan budaya masyarakat setempat.',
      },
      {
        type: 'quote',
        text: 'Festival ini milik masyarakat Jayawijaya dan menjadi kebanggaan Papua. Kami hadir untuk memastikan semua tamu, baik warga lokal maupun wisatawan, merasa aman dan disambut dengan baik.',
      },
      {
        type: 'paragraph',
        text: 'Kabag Ops Polres Jayawijaya Kompol Markus Lokobal, S.H. menjelaskan, pengamanan dibagi ke dalam beberapa sektor:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Pengamanan arena atraksi dan tribun tamu undangan.',
          'Pengaturan lalu lintas di jalur Wamena–Walesi.',
          'Pos pelayanan informasi dan kesehatan bagi pengunjung.',
          'Pendampingan wisatawan oleh personel yang mampu berbahasa Inggris.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Kasi Humas Polres Jayawijaya Iptu Yusak Itlay menyampaikan, hingga acara pembukaan selesai pukul 13.00 WIT, situasi terpantau aman dan kondusif. Pengamanan akan terus dilakukan hingga festival berakhir. (yit/Editor: Yohanes Wenda)',
      },
    ],
    tags: ['kamtibmas'],
    author: 'editor.papua@warta.test',
    status: 'published',
    photo: {
      alt: 'Personel polisi berjaga di tepi arena festival berumput sementara penari adat tampil di hadapan penonton dengan latar pegunungan',
      caption: 'Personel Polres Jayawijaya mengamankan pembukaan Festival Budaya Lembah Baliem 2026 di Distrik Walesi.',
      credit: 'Foto: Humas Polres Jayawijaya',
    },
  },
  {
    key: 'papua-workshop-fotografi-jurnalistik',
    title: 'Bidhumas Polda Papua Gelar Workshop Fotografi Jurnalistik bagi Personel Humas Jajaran',
    unit: 'polda-papua',
    activityType: 'workshop',
    activityAt: '2026-11-17T09:00:00+09:00',
    venue: 'Aula Bidhumas Polda Papua, Jayapura',
    datelineCity: 'JAYAPURA',
    officials: [
      { rank: 'Kombes Pol', name: 'Frans Rumbiak, S.I.K., M.H.', position: 'Kabid Humas Polda Papua' },
      { rank: 'AKBP', name: 'Hendrik Wambrauw, S.Sos.', position: 'Kasubbid Multimedia Bidhumas Polda Papua' },
      { name: 'Ferdinand Karubaba', position: 'Pewarta foto senior, narasumber' },
    ],
    summary:
      'Sebanyak 40 personel humas Polres jajaran Polda Papua mengikuti workshop fotografi jurnalistik selama dua hari, termasuk etika memotret anak, korban, dan kegiatan adat.',
    body: [
      {
        type: 'paragraph',
        text: 'JAYAPURA — Bidhumas Polda Papua menggelar workshop fotografi jurnalistik bagi personel humas Polres jajaran, Selasa (17/11/2026) pukul 09.00 WIT. Workshop bertempat di Aula Bidhumas Polda Papua, Jayapura, dan dibuka oleh Kabid Humas Polda Papua Kombes Pol Frans Rumbiak, S.I.K., M.H.',
      },
      {
        type: 'paragraph',
        text: 'Sebanyak 40 peserta mengikuti workshop yang berlangsung selama dua hari ini. Materi disampaikan oleh Kasubbid Multimedia Bidhumas Polda Papua AKBP Hendrik Wambrauw, S.Sos. dan pewarta foto senior Ferdinand Karubaba.',
      },
      {
        type: 'paragraph',
        text: 'Dalam sambutannya, Kombes Pol Frans Rumbiak mengatakan, foto yang baik mampu bercerita lebih banyak daripada tulisan panjang.',
      },
      {
        type: 'quote',
        text: 'Satu foto yang jujur dan jelas bisa menjelaskan pelayanan kita kepada masyarakat dalam sekejap. Tetapi ingat, foto juga harus menghormati orang yang kita potret.',
      },
      {
        type: 'paragraph',
        text: 'Ferdinand Karubaba kemudian membagikan sejumlah prinsip dasar fotografi jurnalistik kepada peserta:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Mengutamakan momen dan ekspresi, bukan sekadar foto bersama.',
          'Memperhatikan arah cahaya dan kerapian latar belakang.',
          'Menulis keterangan foto yang memuat siapa, apa, di mana, dan kapan.',
          'Menyamarkan wajah anak, korban, dan pihak yang berperkara.',
          'Meminta izin sebelum memotret warga dalam kegiatan adat.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Pada hari kedua, peserta akan praktik langsung memotret kegiatan pelayanan di SPKT Mapolda Papua, dan hasilnya dievaluasi bersama. (hwb/Editor: Yohanes Wenda)',
      },
    ],
    tags: ['media-sosial', 'humas-presisi'],
    author: 'editor.papua@warta.test',
    status: 'draft',
    photo: {
      alt: 'Peserta workshop memegang kamera dan ponsel sambil memperhatikan narasumber yang menunjukkan contoh foto di layar',
      caption: 'Pewarta foto senior memberikan materi fotografi jurnalistik kepada personel humas Polres jajaran Polda Papua.',
      credit: 'Foto: Bidhumas Polda Papua',
    },
  },
  {
    key: 'jayapura-upacara-hut-ri-81',
    title: 'Polresta Jayapura Kota Gelar Upacara Bendera Peringatan HUT ke-81 RI',
    unit: 'polresta-jayapura-kota',
    activityType: 'upacara',
    activityAt: '2026-08-17T08:00:00+09:00',
    venue: 'Lapangan Apel Mapolresta Jayapura Kota',
    datelineCity: 'JAYAPURA',
    officials: [{ rank: 'Kombes Pol', name: 'Dedy Ardiansyah, S.I.K., M.H.', position: 'Kapolresta Jayapura Kota' }],
    summary:
      'Polresta Jayapura Kota menggelar upacara bendera HUT ke-81 RI, lalu menggeser personel untuk mengamankan perayaan kemerdekaan di berbagai titik di Kota Jayapura.',
    body: [
      {
        type: 'paragraph',
        text: 'JAYAPURA — Polresta Jayapura Kota menggelar upacara bendera peringatan HUT ke-81 Kemerdekaan Republik Indonesia, Senin (17/8/2026) pukul 08.00 WIT, bertempat di Lapangan Apel Mapolresta Jayapura Kota. Bertindak selaku inspektur upacara Kapolresta Jayapura Kota Kombes Pol Dedy Ardiansyah, S.I.K., M.H.',
      },
      {
        type: 'paragraph',
        text: 'Upacara diikuti seluruh personel Polresta Jayapura Kota dan Polsek jajaran, ASN Polri, serta Bhayangkari. Pengibaran bendera Merah Putih berlangsung khidmat diiringi lagu kebangsaan Indonesia Raya.',
      },
      {
        type: 'paragraph',
        text: 'Dalam amanatnya, Kombes Pol Dedy Ardiansyah mengajak personel memaknai kemerdekaan dengan bekerja sepenuh hati melayani masyarakat.',
      },
      {
        type: 'quote',
        text: 'Para pahlawan telah memberikan segalanya untuk negeri ini. Tugas kita hari ini adalah memastikan masyarakat Kota Jayapura dapat merayakan kemerdekaan dengan aman, gembira, dan penuh persaudaraan.',
      },
      {
        type: 'paragraph',
        text: 'Usai upacara, personel langsung digeser ke sejumlah lokasi untuk melaksanakan tugas pengamanan, antara lain:',
      },
      {
        type: 'list',
        ordered: false,
        items: [
          'Upacara peringatan HUT RI tingkat Kota Jayapura.',
          'Lomba rakyat dan pawai di kampung-kampung.',
          'Kawasan wisata pantai yang ramai dikunjungi warga.',
          'Jalur lalu lintas utama Abepura–Jayapura.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Hingga sore hari, seluruh kegiatan perayaan di wilayah hukum Polresta Jayapura Kota berlangsung aman dan tertib. (mk/Editor: Yohanes Wenda)',
      },
    ],
    tags: ['kamtibmas'],
    author: 'penulis.jayapura@warta.test',
    status: 'published',
    photo: {
      alt: 'Pasukan pengibar bendera menarik tali tiang bendera sementara barisan personel memberi hormat di lapangan apel',
      caption: 'Pengibaran bendera Merah Putih pada upacara HUT ke-81 RI di Lapangan Apel Mapolresta Jayapura Kota.',
      credit: 'Foto: Humas Polresta Jayapura Kota',
    },
  },

  // ---------------------------------------------------------------- Polda Jateng (WIB)
  {
    key: 'jateng-rakernis-fungsi-humas-semester-ii',
    title: 'Bidhumas Polda Jateng Gelar Rakernis Fungsi Humas Semester II Tahun 2026',
    unit: 'polda-jateng',
    activityType: 'rakernis',
    activityAt: '2026-09-30T08:30:00+07:00',
    venue: 'Gedung Serbaguna Mapolda Jateng, Semarang',
    datelineCity: 'SEMARANG',
    officials: [
      { rank: 'Brigjen Pol', name: 'Dr. Agung Wicaksono, S.I.K., M.Si.', position: 'Wakapolda Jateng' },
      { rank: 'Kombes Pol', name: 'Bayu Aji Santoso, S.I.K., M.H.', position: 'Kabid Humas Polda Jateng' },
      { rank: 'AKBP', name: 'Sri Wahyuni, S.H.', position: 'Kasubbid Penmas Bidhumas Polda Jateng' },
    ],
    summary:
      'Rakernis Fungsi Humas Polda Jateng semester II mengevaluasi publikasi semester I dan menyepakati format rilis seragam untuk seluruh Polres jajaran.',
    body: [
      {
        type: 'paragraph',
        text: 'SEMARANG — Bidhumas Polda Jateng menggelar Rapat Kerja Teknis (Rakernis) Fungsi Humas Semester II Tahun 2026, Rabu (30/9/2026) pukul 08.30 WIB. Rakernis bertempat di Gedung Serbaguna Mapolda Jateng, Semarang, dan dibuka oleh Wakapolda Jateng Brigjen Pol Dr. Agung Wicaksono, S.I.K., M.Si.',
      },
      {
        type: 'paragraph',
        text: 'Rakernis diikuti para Kasi Humas Polres, Polresta, dan Polrestabes jajaran Polda Jateng. Agenda utamanya adalah evaluasi publikasi semester I, penyamaan format rilis, serta penyusunan rencana publikasi hingga akhir tahun.',
      },
      {
        type: 'paragraph',
        text: 'Dalam sambutannya, Wakapolda Jateng menekankan bahwa setiap berita yang terbit membawa nama institusi.',
      },
      {
        type: 'quote',
        text: 'Informasi yang keliru, sekecil apa pun, dapat mengurangi kepercayaan masyarakat. Bangun budaya membaca ulang dan saling mengoreksi sebelum berita diterbitkan.',
      },
      {
        type: 'paragraph',
        text: 'Kabid Humas Polda Jateng Kombes Pol Bayu Aji Santoso, S.I.K., M.H. mengatakan, rakernis juga menjadi ruang bagi para Kasi Humas untuk berbagi pengalaman, termasuk kendala keterbatasan personel dan peralatan di daerah.',
      },
      { type: 'heading', text: 'Rekomendasi Rakernis' },
      {
        type: 'list',
        ordered: true,
        items: [
          'Seluruh Polres menggunakan format rilis yang seragam, mulai dari judul, dateline, hingga keterangan foto.',
          'Setiap rilis ditinjau oleh Kasi Humas sebelum diterbitkan.',
          'Kasi Humas melaporkan rekapitulasi publikasi kepada Bidhumas setiap bulan.',
          'Pelatihan penulisan dan fotografi digelar bergilir di setiap eks-karesidenan.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Rakernis ditutup pukul 16.00 WIB oleh Kasubbid Penmas Bidhumas Polda Jateng AKBP Sri Wahyuni, S.H. (bas/Editor: Bambang Setiawan)',
      },
    ],
    tags: ['humas-presisi', 'media-sosial'],
    author: 'editor.jateng@warta.test',
    status: 'published',
    photo: {
      alt: 'Wakapolda berdiri di podium gedung serbaguna, di hadapan para Kasi Humas yang duduk di meja berbentuk huruf U',
      caption: 'Wakapolda Jateng membuka Rakernis Fungsi Humas Semester II Tahun 2026 di Gedung Serbaguna Mapolda Jateng.',
      credit: 'Foto: Bidhumas Polda Jateng',
    },
  },
  {
    key: 'blora-bakti-sosial-donor-darah-hari-bhayangkara',
    title: 'Polres Blora Gelar Bakti Sosial Donor Darah Sambut Hari Bhayangkara ke-80',
    unit: 'polres-blora',
    activityType: 'bakti-sosial',
    activityAt: '2026-06-27T08:00:00+07:00',
    venue: 'Gedung Serbaguna Mapolres Blora',
    datelineCity: 'BLORA',
    officials: [
      { rank: 'AKBP', name: 'Galih Pratama Putra, S.I.K., M.Si.', position: 'Kapolres Blora' },
      { rank: 'AKP', name: 'Sugiyanto, S.H.', position: 'Kasi Humas Polres Blora' },
    ],
    summary:
      'Donor darah Polres Blora bersama PMI menyambut Hari Bhayangkara ke-80 mengumpulkan 175 kantong darah, melampaui target awal 150 kantong.',
    body: [
      {
        type: 'paragraph',
        text: 'BLORA — Polres Blora menggelar bakti sosial donor darah dalam rangka menyambut Hari Bhayangkara ke-80, Sabtu (27/6/2026) pukul 08.00 WIB. Kegiatan bertempat di Gedung Serbaguna Mapolres Blora dan dibuka oleh Kapolres Blora AKBP Galih Pratama Putra, S.I.K., M.Si.',
      },
      {
        type: 'paragraph',
        text: 'Donor darah yang bekerja sama dengan Unit Donor Darah PMI Kabupaten Blora ini diikuti personel Polres Blora, Bhayangkari, pengemudi ojek daring, mahasiswa, dan warga umum. Hingga kegiatan berakhir, terkumpul 175 kantong darah, melampaui target awal 150 kantong.',
      },
      {
        type: 'paragraph',
        text: 'AKBP Galih Pratama Putra mengatakan, kebutuhan darah di rumah sakit selalu ada setiap hari, sementara stok sering kali menipis.',
      },
      {
        type: 'quote',
        text: 'Setetes darah yang kita berikan bisa menyelamatkan nyawa orang lain. Ini cara sederhana Polres Blora berbagi kebahagiaan Hari Bhayangkara dengan masyarakat.',
      },
      {
        type: 'paragraph',
        text: 'Kasi Humas Polres Blora AKP Sugiyanto, S.H. menjelaskan, sebelum mendonorkan darah, setiap peserta menjalani pemeriksaan oleh petugas PMI. Beberapa syarat yang harus dipenuhi pendonor antara lain:',
      },
      {
        type: 'list',
        ordered: false,
        items: [
          'Berusia 17 hingga 60 tahun.',
          'Berat badan minimal 45 kilogram.',
          'Tekanan darah dan kadar hemoglobin dalam batas normal.',
          'Dalam kondisi sehat dan cukup tidur pada malam sebelumnya.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Darah yang terkumpul akan disalurkan PMI untuk memenuhi kebutuhan pasien di rumah sakit wilayah Kabupaten Blora dan sekitarnya. (sa/Editor: Bambang Setiawan)',
      },
    ],
    tags: ['kesehatan', 'pelayanan-publik'],
    author: 'penulis.blora@warta.test',
    status: 'published',
    photo: {
      alt: 'Personel polisi berbaring di kursi donor sementara petugas PMI memasang kantong darah di gedung serbaguna',
      caption: 'Personel Polres Blora mendonorkan darah dalam bakti sosial menyambut Hari Bhayangkara ke-80.',
      credit: 'Foto: Humas Polres Blora',
    },
  },
  {
    key: 'cepu-kerja-bakti-pascabanjir-bengawan-solo',
    title: 'Polsek Cepu Gelar Kerja Bakti Bersihkan Lingkungan Warga Pascabanjir Bengawan Solo',
    unit: 'polsek-cepu',
    activityType: 'bakti-sosial',
    activityAt: '2026-11-14T07:00:00+07:00',
    venue: 'Permukiman warga Kelurahan Balun, Kecamatan Cepu, Blora',
    datelineCity: 'CEPU',
    officials: [
      { rank: 'Kompol', name: 'Joko Susilo, S.H.', position: 'Kapolsek Cepu' },
      { name: 'Eko Budi Santosa, S.STP., M.Si.', position: 'Camat Cepu' },
    ],
    summary:
      'Polsek Cepu bersama Koramil, pemerintah kecamatan, dan warga membersihkan permukiman yang terdampak luapan Bengawan Solo serta menyalurkan bantuan sembako dan perlengkapan kebersihan.',
    body: [
      {
        type: 'paragraph',
        text: 'CEPU — Polsek Cepu bersama Koramil, pemerintah kecamatan, dan warga menggelar kerja bakti membersihkan lingkungan permukiman pascabanjir luapan Sungai Bengawan Solo, Sabtu (14/11/2026) pukul 07.00 WIB. Kegiatan dipusatkan di Kelurahan Balun, Kecamatan Cepu, dan dipimpin oleh Kapolsek Cepu Kompol Joko Susilo, S.H.',
      },
      {
        type: 'paragraph',
        text: 'Sejak pagi, personel Polsek Cepu membantu warga mengangkat sisa sisa lumpur yang masuk ke rumah, membersihkan saluran air, dan memindahkan perabot yang rusak. Air yang sempat merendam permukiman setinggi lutut orang dewasa telah surut sejak Jumat malam.',
      },
      {
        type: 'paragraph',
        text: 'Kompol Joko Susilo mengatakan, kerja bakti ini merupakan wujud kepedulian Polri kepada masyarakt yang terdampak banjir.',
      },
      {
        type: 'quote',
        text: 'Kami ingin warga bisa segera kembali beraktivitas. Syukurlah tidak ada korban jiwa, dan sekarang kita bersihkan bersama-sama dengan semangat gotong royong.',
      },
      {
        type: 'paragraph',
        text: 'Camat Cepu Eko Budi Santosa, S.STP., M.Si. menyampaikan terima kasih atas bantuan personel Polsek Cepu. Ia juga mengingatkan warga untuk tetap waspada karena curah hujan di wilayah hulu masih tinggi.',
      },
      {
        type: 'paragraph',
        text: 'Selain kerja bakti, Polsek Cepu juga menyalurkan bantuan kepada warga terdampak berupa:',
      },
      {
        type: 'list',
        ordered: false,
        items: [
          'Paket sembako dan air mineral.',
          'Perlengkapan kebersihan seperti sapu, sekop, dan cairan pembersih.',
          'Obat-obatan ringan hasil koordinasi dengan puskesmas setempat.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Polsek Cepu mengimbau warga di bantaran sungai segera mengungsi ke tempat yang lebih aman apabila air kembali naik, serta menghubungi layanan darurat Polri 110 bila membutuhkan bantuan. (ep/Editor: Bambang Setiawan)',
      },
    ],
    tags: ['bencana', 'kamtibmas'],
    author: 'penulis.cepu@warta.test',
    status: 'in_review',
    photo: {
      alt: 'Polisi dan warga menyekop lumpur dari halaman rumah dan gang permukiman yang baru saja terendam banjir',
      caption: 'Personel Polsek Cepu bersama warga membersihkan lumpur sisa banjir di Kelurahan Balun, Cepu.',
      credit: 'Foto: Humas Polsek Cepu',
    },
  },
  {
    key: 'blora-konpers-pencurian-ternak-sapi',
    title: 'Polres Blora Gelar Konferensi Pers Pengungkapan Kasus Pencurian Ternak Sapi',
    unit: 'polres-blora',
    activityType: 'konferensi-pers',
    activityAt: '2026-10-22T10:00:00+07:00',
    venue: 'Lobi Mapolres Blora',
    datelineCity: 'BLORA',
    officials: [
      { rank: 'AKBP', name: 'Galih Pratama Putra, S.I.K., M.Si.', position: 'Kapolres Blora' },
      { rank: 'AKP', name: 'Wahyu Nugroho, S.I.K.', position: 'Kasat Reskrim Polres Blora' },
      { rank: 'AKP', name: 'Sugiyanto, S.H.', position: 'Kasi Humas Polres Blora' },
    ],
    summary:
      'Polres Blora mengungkap kasus pencurian sapi di Kecamatan Jepon dan Bogorejo, mengamankan dua tersangka berinisial SP dan WT, enam ekor sapi, dan satu truk.',
    body: [
      {
        type: 'paragraph',
        text: 'BLORA — Polres Blora menggelar konferensi pers pengungkapan kasus pencurian ternak sapi yang meresahkan warga di wilayah Kecamatan Jepon dan Bogorejo, Kamis (22/10/2026) pukul 10.00 WIB. Konferensi pers bertempat di lobi Mapolres Blora dan dipimpin oleh Kapolres Blora AKBP Galih Pratama Putra, S.I.K., M.Si., didampingi Kasat Reskrim AKP Wahyu Nugroho, S.I.K. dan Kasi Humas AKP Sugiyanto, S.H.',
      },
      {
        type: 'paragraph',
        text: 'AKBP Galih Pratama Putra menjelaskan, dua tersangka berinisial SP (38) dan WT (33) diamankan setelah polisi menindaklanjuti laporan warga yang kehilangan sapi dari kandang pada dini hari. Dalam kurun waktu dua bulan, keduanya diduga telah beraksi di empat lokasi. Dari pengungkapan tersebut, petugas mengamankan barang bukti berupa:',
      },
      {
        type: 'list',
        ordered: false,
        items: [
          'Enam ekor sapi milik korban.',
          'Satu unit truk bak terbuka yang digunakan untuk mengangkut ternak.',
          'Tali tambang dan alat pemotong gembok.',
        ],
      },
      {
        type: 'paragraph',
        text: 'Kasat Reskrim AKP Wahyu Nugroho mengatakan, satu pelaku lain masih dalam pengejaran. Sapi yang diamankan telah dikembalikan kepada pemiliknya melalui mekanisme pinjam pakai setelah dicocokkan dengan keterangan dan ciri-ciri ternak. Kapolres pun mengajak warga meningkatkan kewaspadaan.',
      },
      {
        type: 'quote',
        text: 'Bagi masyarakat Blora, sapi adalah tabungan keluarga. Kami minta warga mengunci kandang, menghidupkan kembali ronda malam, dan segera melapor jika melihat kendaraan mencurigakan di sekitar kandang pada malam hari.',
      },
      {
        type: 'paragraph',
        text: 'Atas perbuatannya, para tersangka dijerat pasal pencurian dengan pemberatan dengan ancaman pidana penjara paling lama tujuh tahun. (sa/Editor: Bambang Setiawan)',
      },
    ],
    tags: ['kamtibmas'],
    author: 'penulis.blora@warta.test',
    status: 'published',
    photo: {
      alt: 'Kapolres berbicara kepada wartawan di lobi markas polisi dengan truk bak terbuka barang bukti terparkir di halaman',
      caption: 'Kapolres Blora memaparkan pengungkapan kasus pencurian ternak sapi dalam konferensi pers di lobi Mapolres Blora.',
      credit: 'Foto: Humas Polres Blora',
    },
  },
  {
    key: 'jateng-zoom-standar-konten-video-pendek',
    title: 'Bidhumas Polda Jateng Ikuti Zoom Meeting Standar Produksi Konten Video Pendek bersama Divhumas Polri',
    unit: 'polda-jateng',
    activityType: 'zoom-meeting',
    activityAt: '2026-10-28T13:00:00+07:00',
    venue: 'Ruang Rapat Bidhumas Polda Jateng, Semarang',
    datelineCity: 'SEMARANG',
    officials: [
      { rank: 'AKBP', name: 'Dwi Handayani Rahayu, S.Kom., M.M.', position: 'Kasubbid Multimedia Bidhumas Polda Jateng' },
      { rank: 'Brigjen Pol', name: 'Heru Prasetyo Wibowo, S.I.K., M.Si.', position: 'Karo Multimedia Divhumas Polri' },
    ],
    summary:
      'Bidhumas Polda Jateng mengikuti paparan Biro Multimedia Divhumas Polri tentang pedoman produksi video pendek untuk kanal resmi satuan kerja, termasuk subtitle dan perlindungan identitas.',
    body: [
      {
        type: 'paragraph',
        text: 'SEMARANG — Bidhumas Polda Jateng mengikuti zoom meeting standar produksi konten video pendek yang diselenggarakan Biro Multimedia Divisi Humas Polri, Rabu (28/10/2026) pukul 13.00 WIB. Kegiatan diikuti dari Ruang Rapat Bidhumas Polda Jateng, Semarang, dan dipimpin oleh Kasubbid Multimedia Bidhumas Polda Jateng AKBP Dwi Handayani Rahayu, S.Kom., M.M.',
      },
      {
        type: 'paragraph',
        text: 'Dalam zoom meeting tersebut, Karo Multimedia Divhumas Polri Brigjen Pol Heru Prasetyo Wibowo, S.I.K., M.Si. memaparkan pedoman baru produksi video pendek untuk kanal resmi satuan kerja. Pedoman disusun agar konten yang diterbitkan Polda dan Polres memiliki mutu yang seragam.',
      },
      {
        type: 'paragraph',
        text: 'Brigjen Pol Heru Prasetyo Wibowo mengingatkan bahwa video pendek harus tetap memuat informasi yang bermanfaat bagi masyarakat.',
      },
      {
        type: 'quote',
        text: 'Video yang baik tidak harus mahal. Yang penting pesannya jelas, faktanya benar, dan bisa dinikmati semua orang, termasuk mereka yang menonton tanpa suara.',
      },
      {
        type: 'paragraph',
        text: 'Adapun beberapa poin pedoman yang disampaikan antara lain:',
      },
      {
        type: 'list',
        ordered: true,
        items: [
          'Durasi video informasi kegiatan paling lama 90 detik.',
          'Setiap video dilengkapi teks terjemahan (subtitle) berbahasa Indonesia.',
          'Musik latar menggunakan materi bebas hak cipta atau yang telah berlisensi.',
          'Tidak menampilkan wajah anak, korban, maupun tersangka.',
          'Judul dan keterangan video tidak boleh berlebihan atau menyesatkan.',
        ],
      },
      {
        type: 'paragraph',
        text: 'AKBP Dwi Handayani Rahayu menyampaikan, pedoman tersebut akan segera disosialisasikan kepada operator multimedia Polres jajaran Polda Jateng. (dhr/Editor: Bambang Setiawan)',
      },
    ],
    tags: ['media-sosial', 'humas-presisi'],
    author: 'editor.jateng@warta.test',
    status: 'draft',
    photo: {
      alt: 'Staf Bidhumas menyimak paparan di layar proyektor yang menampilkan contoh potongan video pendek dengan subtitle',
      caption: 'Kasubbid Multimedia Bidhumas Polda Jateng bersama staf mengikuti zoom meeting standar produksi konten video pendek.',
      credit: 'Foto: Bidhumas Polda Jateng',
    },
  },
  {
    key: 'blora-upacara-hari-pahlawan-2026',
    title: 'Polres Blora Gelar Upacara Peringatan Hari Pahlawan dan Ziarah ke Taman Makam Pahlawan',
    unit: 'polres-blora',
    activityType: 'upacara',
    activityAt: '2026-11-10T07:30:00+07:00',
    venue: 'Lapangan Apel Mapolres Blora dan Taman Makam Pahlawan Kabupaten Blora',
    datelineCity: 'BLORA',
    officials: [
      { rank: 'Kompol', name: 'Heru Santoso, S.H., M.H.', position: 'Wakapolres Blora' },
      { rank: 'AKBP', name: 'Galih Pratama Putra, S.I.K., M.Si.', position: 'Kapolres Blora' },
    ],
    summary:
      'Polres Blora memperingati Hari Pahlawan Tahun 2026 dengan upacara di Lapangan Apel Mapolres Blora, dilanjutkan ziarah dan tabur bunga di Taman Makam Pahlawan.',
    body: [
      {
        type: 'paragraph',
        text: 'BLORA — Polres Blora menggelar upacara peringatan Hari Pahlawan Tahun 2026, Selasa (10/11/2026) pukul 07.30 WIB, bertempat di Lapangan Apel Mapolres Blora. Bertindak selaku inspektur upacara Wakapolres Blora Kompol Heru Santoso, S.H., M.H.',
      },
      {
        type: 'paragraph',
        text: 'Upacara diikuti pejabat utama, personel Polres Blora, dan ASN Polri. Suasana khidmat terasa saat seluruh peserta mengheningkan cipta untuk mengenang jasa para pahlawan yang gugur mempertahankan kemerdekaan.',
      },
      {
        type: 'paragraph',
        text: 'Dalam amanatnya, Kompol Heru Santoso mengajak personel meneladani semangat pengorbanan para pahlawan dalam tugas sehari-hari.',
      },
      {
        type: 'quote',
        text: 'Pahlawan masa kini adalah mereka yang bekerja jujur dan tulus melayani. Setiap anggota Polri bisa menjadi pahlawan bagi warga yang membutuhkan pertolongan.',
      },
      {
        type: 'paragraph',
        text: 'Pada saat bersamaan, Kapolres Blora AKBP Galih Pratama Putra, S.I.K., M.Si. menghadiri upacara Hari Pahlawan tingkat Kabupaten Blora. Usai kedua upacara, Kapolres memimpin rombongan melaksanakan ziarah dan tabur bunga di Taman Makam Pahlawan Kabupaten Blora, diawali dengan doa bersama.',
      },
      {
        type: 'paragraph',
        text: 'Kapolres menyampaikan, ziarah ini menjadi pengingat bahwa kemerdekaan yang dinikmati hari ini merupakan hasil perjuangan panjang. Ia berharap generasi muda Blora terus menumbuhkan rasa cinta tanah air melalui prestasi. (sa/Editor: Bambang Setiawan)',
      },
    ],
    tags: ['pendidikan'],
    author: 'penulis.blora@warta.test',
    status: 'draft',
    photo: {
      alt: 'Rombongan polisi berseragam menaburkan bunga di atas deretan nisan putih di taman makam pahlawan',
      caption: 'Kapolres Blora bersama pejabat utama menabur bunga di Taman Makam Pahlawan Kabupaten Blora.',
      credit: 'Foto: Humas Polres Blora',
    },
  },
]
