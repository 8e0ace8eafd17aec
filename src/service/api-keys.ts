import { createHash, randomBytes } from 'node:crypto';
import type { ApiKeyRecord, ApiRole, ServiceStore } from './store/service-store.js';

export const API_ROLES: readonly ApiRole[] = ['ingest', 'read', 'review', 'adjudicate', 'admin'];

/** The stored form of a key: its SHA-256 (keys are 256-bit random, so no salt or slow hash is needed). */
export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** Creates a key; the plain key is returned once and only its hash is stored. */
export async function createApiKey(svc: ServiceStore, role: ApiRole, name?: string): Promise<{ record: ApiKeyRecord; key: string }> {
  const id = `key_${randomBytes(6).toString('hex')}`;
  const key = `rl_${randomBytes(32).toString('base64url')}`;
  const record: ApiKeyRecord = { id, name: name ?? id, role, createdAt: new Date().toISOString(), revokedAt: null };
  await svc.createKey(record, hashApiKey(key));
  return { record, key };
}

/**
 * Which key roles may call a route of a given role: admin may do everything, adjudicate includes
 * review, review includes read. Ingest keys (interface engines) can only send reports; they cannot
 * read text back.
 */
export function roleAllows(keyRole: ApiRole, routeRole: ApiRole): boolean {
  if (keyRole === 'admin') return true;
  if (routeRole === 'read') return keyRole === 'read' || keyRole === 'review' || keyRole === 'adjudicate';
  if (routeRole === 'review') return keyRole === 'review' || keyRole === 'adjudicate';
  return keyRole === routeRole;
}
