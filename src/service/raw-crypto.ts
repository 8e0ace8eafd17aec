import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { RadlabelError } from '../errors/index.js';

const PREFIX = 'enc1:';

/**
 * AES-256-GCM for raw messages at rest (inbox and quarantine): `enc1:` + base64(iv ‖ tag ‖ ciphertext),
 * a fresh 96-bit IV per message. The tag authenticates, so a tampered or wrongly-keyed row fails
 * with `SERVICE_DECRYPT` instead of yielding garbage.
 */
export interface RawCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}

/**
 * The cipher for `service.encryptionKey` (64 hex characters), or, when unset, a key derived from
 * the de-identification key with HKDF-SHA256 (a separate key for a separate purpose).
 */
export function createRawCipher(encryptionKeyHex: string | undefined, deidKey: string): RawCipher {
  const key = encryptionKeyHex
    ? Buffer.from(encryptionKeyHex, 'hex')
    : Buffer.from(hkdfSync('sha256', deidKey, 'radlabel', 'radlabel:raw-at-rest:v1', 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return PREFIX + Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
    },
    decrypt(stored) {
      if (!stored.startsWith(PREFIX)) throw new RadlabelError('SERVICE_DECRYPT', 'the stored raw message is not in the encrypted format');
      const buf = Buffer.from(stored.slice(PREFIX.length), 'base64');
      try {
        const d = createDecipheriv('aes-256-gcm', key, buf.subarray(0, 12));
        d.setAuthTag(buf.subarray(12, 28));
        return Buffer.concat([d.update(buf.subarray(28)), d.final()]).toString('utf8');
      } catch (cause) {
        throw new RadlabelError('SERVICE_DECRYPT', 'the stored raw message failed authentication (wrong encryption key or altered row)', { cause });
      }
    },
  };
}

/** Whether a stored raw value is encrypted by {@link createRawCipher}. */
export const isEncrypted = (stored: string): boolean => stored.startsWith(PREFIX);
