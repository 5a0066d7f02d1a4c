import { describe, expect, it } from 'vitest';
import { randomToken } from './random-token.js';

describe('random tokens', () => {
  it('hands out distinct 24-byte base64url tokens, also across refills of the pool', () => {
    // 1,000 tokens of 24 bytes use the 4,096-byte pool up several times over.
    const tokens = Array.from({ length: 1000 }, () => randomToken());
    expect(new Set(tokens).size).toBe(1000);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    // Not a counter or a repeat: the bytes of all tokens together look random (each byte value about equally often).
    const counts = new Array<number>(256).fill(0);
    for (const token of tokens) for (const byte of Buffer.from(token, 'base64url')) counts[byte] = (counts[byte] as number) + 1;
    expect(Math.min(...counts)).toBeGreaterThan(40);
    expect(Math.max(...counts)).toBeLessThan(160);
  });

  it('takes other lengths, and refuses one too short to be unguessable', () => {
    expect(Buffer.from(randomToken(32), 'base64url')).toHaveLength(32);
    expect(() => randomToken(8)).toThrow();
  });
});
