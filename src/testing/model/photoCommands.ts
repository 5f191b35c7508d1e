import { activePhotos, activeReports, activeUsers, nextToken, photosOf, type MPhoto, type MUser, type Model } from './state'
import { chooseUser, expectAnswer, files, inScope, isAdminUser, pick, smallPhoto, Step } from './step'
import type { Real } from './system'

type ID = number | string

/** updateMedia: admins; the photo's unit in the user's scope; the uploader. */
export const mayEditPhoto = (m: Model, user: MUser, photo: MPhoto) => user.role === 'admin' || photo.uploader === user.key || (photo.unit !== '' && inScope(m, user, photo.unit))

export class UploadPhoto extends Step {
  constructor(readonly actor: number) {
    super()
  }
  check = (m: Readonly<Model>) => activeUsers(m as Model).length > 0
  toString = () => `UploadPhoto(actor ${this.actor})`
  async act(m: Model, r: Real) {
    const user = pick(activeUsers(m), this.actor)!
    const working = { alt: `Alt ${nextToken(m)}`, caption: `Keterangan ${nextToken(m)}`, credit: `Foto: Humas ${nextToken(m)}` }
    const answer = await r.client.upload<{ doc: { id: ID; filename: string; renditions: unknown } }>('/media', {
      file: await smallPhoto(m.photos.length),
      filename: 'foto-kegiatan.jpg',
      type: 'image/jpeg',
      fields: { alt: working.alt, caption: working.caption, credit: working.credit },
      token: r.tokens[user.key],
    })
    expectAnswer('upload', answer, [201])
    const { doc } = answer.body
    const names = files(doc.renditions)
    m.photos.push({
      key: m.photos.length,
      id: doc.id,
      uploader: user.key,
      unit: user.unit,
      filename: doc.filename,
      knownFiles: new Set(names),
      working: { ...working, files: names },
      approved: null,
      retired: [],
      contributors: new Set([user.key]),
      deleted: false,
    })
  }
}

export const PHOTO_CHANGES = ['caption', 'alt', 'credit', 'file', 'focal'] as const

export class ChangePhoto extends Step {
  constructor(readonly actor: number, readonly photo: number, readonly change: (typeof PHOTO_CHANGES)[number], readonly focal: number) {
    super()
  }
  check = (m: Readonly<Model>) => activePhotos(m as Model).length > 0
  toString = () => `ChangePhoto(actor ${this.actor}, photo ${this.photo}, ${this.change} ${this.focal})`
  async act(m: Model, r: Real) {
    const photo = pick(activePhotos(m), this.photo)!
    const user = chooseUser(m, this.actor, (u) => mayEditPhoto(m, u, photo))
    const token = r.tokens[user.key]
    const value =
      this.change === 'caption' ? `Keterangan baru ${nextToken(m)}` : this.change === 'alt' ? `Alt baru ${nextToken(m)}` : this.change === 'credit' ? `Foto: ${nextToken(m)}` : ''
    const answer =
      this.change === 'file'
        ? await r.client.upload<{ doc: { renditions: unknown; filename: string } }>(`/media/${photo.id}`, { file: await smallPhoto(m.nextToken), filename: 'foto-pengganti.jpg', type: 'image/jpeg', token, method: 'PATCH' })
        : this.change === 'focal'
          ? await r.client.patch<{ doc: { renditions: unknown; filename: string } }>(`/media/${photo.id}`, { token, body: { focalX: this.focal, focalY: 100 - this.focal } })
          : await r.client.patch<{ doc: { renditions: unknown; filename: string } }>(`/media/${photo.id}`, { token, body: { [this.change]: value } })
    if (!mayEditPhoto(m, user, photo)) return expectAnswer('photo change refused', answer, [403, 404])
    expectAnswer(`photo ${this.change}`, answer, [200])
    const names = files(answer.body.doc.renditions)
    const changed = this.change === 'file' || this.change === 'focal' ? names.join() !== photo.working.files.join() : true
    if (this.change === 'caption' || this.change === 'alt' || this.change === 'credit') photo.working[this.change] = value
    photo.working.files = names
    photo.filename = answer.body.doc.filename
    names.forEach((name) => photo.knownFiles.add(name))
    if (changed) photo.contributors.add(user.key)
  }
}

export class DeletePhoto extends Step {
  constructor(readonly actor: number, readonly photo: number) {
    super()
  }
  check = (m: Readonly<Model>) => activePhotos(m as Model).length > 0
  toString = () => `DeletePhoto(actor ${this.actor}, photo ${this.photo})`
  async act(m: Model, r: Real) {
    const photo = pick(activePhotos(m), this.photo)!
    const user = chooseUser(m, this.actor, isAdminUser)
    const answer = await r.client.delete(`/media/${photo.id}`, { token: r.tokens[user.key] })
    if (user.role !== 'admin') return expectAnswer('delete photo', answer, [403, 404])
    const used = activeReports(m).some((report) => [report.working, report.main].some((content) => photosOf(content).includes(photo.key)))
    if (used) return expectAnswer('delete photo in use', answer, [409], 'IN_USE')
    expectAnswer('delete photo', answer, [200])
    photo.deleted = true
  }
}
