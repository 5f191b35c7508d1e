/**
 * Capitalised words that end a person's name when read after a rank: units, days and months, and the
 * verbs and nouns of Title Case headlines ("Kapolres AKBP Surisman Pimpin Apel").
 */
export const NAME_STOPS = new Set(
  `polda polres polresta polrestabes polsek polri mabes bidhumas divhumas humas div divisi sat satlantas satreskrim
  satbinmas satintelkam satsabhara satresnarkoba subbag subbid bag bid biro dit ditlantas ditreskrimum ditreskrimsus
  ditbinmas ditsamapta ditintelkam kepolisian brimob satbrimob polair polairud tni kodim koramil korem pemda pemkab
  pemkot pemprov kabupaten kab kota provinsi prov desa kecamatan kelurahan jl jalan pol polisi purn
  senin selasa rabu kamis jumat jum'at sabtu minggu ahad januari februari maret april mei juni juli agustus september
  oktober november desember
  dalam pada saat ketika selaku sebagai yang dan atau bersama beserta didampingi hadir turut kegiatan acara dengan
  melalui untuk di ke dari para kepala wakil direktur ketua bupati walikota wali gubernur camat dandim danramil
  kapten mayor letkol kolonel serka sertu serma pelda peltu praka pratu kopda sertu letda lettu
  pimpin memimpin buka membuka hadiri menghadiri ikuti mengikuti gelar menggelar tinjau meninjau berikan memberikan
  serahkan menyerahkan sampaikan menyampaikan ajak mengajak imbau mengimbau himbau minta meminta apresiasi resmikan
  meresmikan lepas melepas terima menerima kunjungi mengunjungi cek pantau memantau beri bagikan membagikan salurkan
  dukung mendukung pastikan memastikan tegaskan menegaskan harap berharap sambut menyambut dampingi mendampingi
  ingatkan mengingatkan tekankan menekankan jadi menjadi raih lantik melantik kukuhkan bahas membahas evaluasi
  jelaskan menjelaskan mengatakan katakan ungkap mengungkapkan ucapkan mengucapkan sebut menyebut tutup menutup
  apel rakor rakernis vicon workshop sosialisasi rapat upacara tim personel jajaran warga masyarakat media siswa
  peserta anggota seluruh bhabinkamtibmas kapolres kapolda kapolsek kabid kasat kasi kasubbag kasubag bapak ibu
  foto dok dokumentasi ket keterangan sumber editor nrp nip`
    .split(/\s+/)
    .filter(Boolean),
)
