import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Seals short secrets (API keys) for storage: AES-256-GCM with a fresh 12-byte nonce per value,
 * written `v1:<nonce>:<tag>:<ciphertext>` in base64url. The tag makes a changed row or a wrong key
 * fail loudly instead of decrypting to garbage.
 */
export interface SecretBox {
  seal(plain: string): string;
  /** @throws Error when the value was sealed with another key or altered */
  open(sealed: string): string;
}

export function createSecretBox(key: Uint8Array): SecretBox {
  if (key.length !== 32) throw new Error('The secret key must be 32 bytes (64 hex characters)');
  return {
    seal(plain) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, nonce.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(':');
    },
    open(sealed) {
      const [version, nonce, tag, body] = sealed.split(':');
      if (version !== VERSION || !nonce || !tag || body === undefined) throw new Error('Not a sealed secret');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}
