import { createHash } from 'node:crypto'

import sharp from 'sharp'

const PALETTES = [
  ['#0b3d91', '#1f6fd1', '#f2c14e'],
  ['#14532d', '#2f855a', '#f6e05e'],
  ['#5b2333', '#a53f2b', '#f7f3e3'],
  ['#1a202c', '#4a5568', '#ed8936'],
  ['#2c5282', '#63b3ed', '#fefcbf'],
  ['#3c366b', '#805ad5', '#fbd38d'],
] as const

/**
 * A deterministic stand-in "activity photo" for a demo report: a room with a stage, a screen and an
 * audience, drawn from the key's hash so each report gets its own picture. JPEG, 1600x1000.
 */
export const drawPhoto = async (key: string): Promise<Buffer> => {
  const hash = createHash('sha256').update(key).digest()
  const [wall, accent, light] = PALETTES[hash[0]! % PALETTES.length]!
  const width = 1600
  const height = 1000
  const heads = Array.from({ length: 18 }, (_, i) => {
    const row = Math.floor(i / 6)
    const x = 180 + (i % 6) * 240 + (hash[(i % 30) + 1]! % 60)
    const y = 720 + row * 90
    return `<circle cx="${x}" cy="${y}" r="${34 + row * 4}" fill="#111827" opacity="${0.75 + row * 0.08}"/>
      <rect x="${x - 55}" y="${y + 30}" width="110" height="120" rx="40" fill="#1f2937" opacity="0.9"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${wall}"/><stop offset="1" stop-color="${accent}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <rect x="420" y="110" width="760" height="400" rx="12" fill="${light}" opacity="0.92"/>
    <rect x="460" y="150" width="${200 + (hash[3]! % 400)}" height="36" fill="${wall}" opacity="0.7"/>
    <rect x="460" y="220" width="${300 + (hash[4]! % 300)}" height="24" fill="${accent}" opacity="0.6"/>
    <rect x="460" y="270" width="${250 + (hash[5]! % 350)}" height="24" fill="${accent}" opacity="0.6"/>
    <rect x="0" y="560" width="${width}" height="${height - 560}" fill="#2d3748"/>
    <rect x="640" y="540" width="320" height="90" rx="8" fill="#744210"/>
    ${heads}
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: true }).toBuffer()
}
