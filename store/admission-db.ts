/**
 * Admissions on disk (agent/mesh/admissions.ts persists through it): for each
 * peer id a member admitted with an invite, the SignedInvite it presented
 * (format.proto), kept as received so that it is re-checked at every start.
 * Key layout (store/keys.ts): `adm:<peer id>` → SignedInvite bytes.
 * It takes an already-open database (the agent's index); a record that is too
 * large is skipped.
 */
import { PREFIX, prefixEnd } from './keys.js'

/** Largest record read back, in bytes. */
const MAX_RECORD_BYTES = 4096

const UTF8 = { keyEncoding: 'utf8' } as const
const VIEW = { keyEncoding: 'utf8', valueEncoding: 'view' } as const

/** The part of an open `level` database this store uses. */
export interface AdmissionLevel {
  put: (key: string, value: Uint8Array, options: typeof VIEW) => Promise<void>
  del: (key: string, options: typeof UTF8) => Promise<void>
  iterator: (options: { gte: string, lt: string, keyEncoding: 'utf8', valueEncoding: 'view' }) => AsyncIterable<[string, Uint8Array]>
}

export interface StoredAdmission {
  peerId: string
  /** The SignedInvite the peer presented. */
  admission: Uint8Array
}

export class AdmissionDb {
  constructor (private readonly db: AdmissionLevel) {}

  /** Every admission saved (oversized records skipped). */
  async load (): Promise<StoredAdmission[]> {
    const out: StoredAdmission[] = []
    for await (const [key, value] of this.db.iterator({ gte: PREFIX.admission, lt: prefixEnd(PREFIX.admission), ...VIEW })) {
      if (value.byteLength > MAX_RECORD_BYTES) continue
      out.push({ peerId: key.slice(PREFIX.admission.length), admission: value })
    }
    return out
  }

  async save (record: StoredAdmission): Promise<void> {
    await this.db.put(PREFIX.admission + record.peerId, record.admission, VIEW)
  }

  async delete (peerId: string): Promise<void> {
    await this.db.del(PREFIX.admission + peerId, UTF8)
  }
}
