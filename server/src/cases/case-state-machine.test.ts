import { describe, expect, it } from 'vitest';
import { allowedActions, type CaseStatus, CONCLUDED, nextStatus } from './case-state-machine.ts';

describe('case state machine', () => {
  it('lets a received case be accepted, sent for supplement or refused', () => {
    expect(nextStatus('received', 'accept')).toBe('accepted');
    expect(nextStatus('received', 'request-supplement')).toBe('supplement-requested');
    expect(nextStatus('received', 'reject')).toBe('rejected-at-intake');
  });

  it('returns a supplemented case to received for a fresh check before acceptance', () => {
    expect(nextStatus('supplement-requested', 'record-supplement')).toBe('received');
    expect(nextStatus('supplement-requested', 'accept')).toBeUndefined();
  });

  it('moves an accepted case through review and suspension to a conclusion', () => {
    expect(nextStatus('accepted', 'review')).toBe('in-review');
    expect(nextStatus('in-review', 'suspend')).toBe('suspended');
    expect(nextStatus('suspended', 'record-supplement')).toBe('suspended');
    expect(nextStatus('suspended', 'resume')).toBe('in-review');
    expect(nextStatus('in-review', 'approve')).toBe('approved');
    expect(nextStatus('in-review', 'deny')).toBe('denied');
  });

  it('keeps the state on an extension or an override', () => {
    expect(nextStatus('in-review', 'extend')).toBe('in-review');
    expect(nextStatus('received', 'override')).toBe('received');
  });

  it('allows nothing after a conclusion, and withdrawal only before it', () => {
    for (const s of CONCLUDED) expect(allowedActions(s as CaseStatus)).toEqual([]);
    expect(nextStatus('suspended', 'withdraw')).toBe('withdrawn');
    expect(nextStatus('approved', 'withdraw')).toBeUndefined();
  });

  it('lists the allowed actions of a state in a stable order', () => {
    expect(allowedActions('received')).toEqual([
      'accept',
      'request-supplement',
      'reject',
      'withdraw',
      'override',
    ]);
  });
});
