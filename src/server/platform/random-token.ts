import { randomFillSync } from 'node:crypto';

/**
 * An unguessable token: `bytes` random bytes (default 24, 192 bits) as base64url. The bytes come from a
 * pooled buffer refilled from the CSPRNG when used up (as crypto.randomUUID does), so a busy public intake
 * calls it once per 170 tokens rather than for each; no byte is handed out twice.
 */
export function randomToken(bytes = 24): string {
  if (!Number.isInteger(bytes) || bytes < 16 || bytes > POOL_SIZE) throw new Error(`token of ${bytes} bytes`);
  if (poolAt + bytes > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const token = pool.toString('base64url', poolAt, poolAt + bytes);
  poolAt += bytes;
  return token;
}

const POOL_SIZE = 4096;
const pool = Buffer.alloc(POOL_SIZE);
let poolAt = POOL_SIZE;
