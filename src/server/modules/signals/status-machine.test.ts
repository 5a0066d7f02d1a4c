import { describe, expect, it } from 'vitest';
import { allowedTransitions, assertTransition } from './status-machine.js';

describe('signal status machine', () => {
  it('follows new → assessed → in progress → result agreed → monitoring → closed, and reopens', () => {
    expect(() => assertTransition({ from: 'new', to: 'assessed' })).not.toThrow();
    expect(() => assertTransition({ from: 'assessed', to: 'in_progress' })).not.toThrow();
    expect(() => assertTransition({ from: 'in_progress', to: 'result_agreed' })).not.toThrow();
    expect(() => assertTransition({ from: 'result_agreed', to: 'monitoring' })).not.toThrow();
    expect(() => assertTransition({ from: 'monitoring', to: 'closed', closingState: 'resolved' })).not.toThrow();
    expect(allowedTransitions('closed')).toEqual(['assessed']);
  });

  it('refuses skipping steps, closing without a state, and "not resolved" without a reason', () => {
    expect(() => assertTransition({ from: 'new', to: 'monitoring' })).toThrow(/kan een signaal niet/);
    expect(() => assertTransition({ from: 'assessed', to: 'closed' })).toThrow(/Kies hoe/);
    expect(() => assertTransition({ from: 'assessed', to: 'closed', closingState: 'not_resolved' })).toThrow(/reden/);
    expect(() => assertTransition({ from: 'assessed', to: 'closed', closingState: 'not_resolved', reason: 'Buiten budget' })).not.toThrow();
    expect(() => assertTransition({ from: 'new', to: 'assessed', closingState: 'resolved' })).toThrow(/alleen bij afsluiten/);
  });
});
