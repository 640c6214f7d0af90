import { createDecipheriv } from 'node:crypto';

/** Two fictional people whose every field is personal data, for the person directory's specs. */
export const ASA = {
  name: 'Åsa Öberg-Testsson',
  email: 'asa.oberg@example.se',
  phone: '+46 70 123 45 67',
  organisation: 'FK',
};
export const BO = {
  name: 'Bo Blindtext',
  email: 'bo.blindtext@example.se',
  phone: '+46 8 765 43 21',
  organisation: 'AV',
};

/**
 * One sealed field opened with the person's key: AES-256-GCM as documented in person-cipher.ts,
 * written out again so the directories' specs check the stored format too (version byte 1, a
 * 12-byte IV, a 16-byte tag, the person id and field name as associated data).
 */
export function openSealedField(key: Buffer, personId: string, field: string, blob: Buffer): string {
  if (blob[0] !== 1) throw new Error(`sealed field of unknown version ${blob[0]}`);
  const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(1, 13)).setAAD(
    Buffer.from(`${personId}\u0000${field}`),
  );
  decipher.setAuthTag(blob.subarray(13, 29));
  return Buffer.concat([decipher.update(blob.subarray(29)), decipher.final()]).toString('utf8');
}
