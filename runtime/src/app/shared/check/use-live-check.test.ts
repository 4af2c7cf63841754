// @vitest-environment jsdom
import '../../test-setup.ts';
import type { CaseInput } from '@onewindow/schemas';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compile } from '../../../engine/index.ts';
import { exampleItem } from '../testing/example-item.ts';
import { useLiveCheck } from './use-live-check.ts';

/** 居民身份证换领: a valid case is accepted, an empty one is incomplete. */
const item = exampleItem('resident-id-card-renewal');
const compiled = compile(item);
const complete = item.tests.find((t) => t.expect.outcome === 'accept');
if (!complete) throw new Error('the example has an accepted test case');
const accepted: CaseInput = complete.input;
const empty: CaseInput = { formData: {}, materials: [] };

/** Makes every check appear to take `ms` (the hook times them with performance.now). */
function checksTake(ms: number) {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => {
    now += ms / 2;
    return now;
  });
}

describe('the live check', () => {
  afterEach(() => vi.restoreAllMocks());

  it('checks the first change after it is painted, then, while checks are cheap, each change at once', async () => {
    checksTake(1);
    const { result } = renderHook(() => useLiveCheck(compiled, complete.today));
    act(() => result.current.schedule(empty));
    expect(result.current.result).toBeNull();
    await waitFor(() => expect(result.current.result?.outcome).toBe('incomplete'));
    // Known to be cheap now: the result is there as soon as the change is handled, in the same update.
    act(() => result.current.schedule(accepted));
    expect(result.current.result?.outcome).toBe('accept');
  });

  it('keeps waiting for the paint when checks are slow, and checks only the latest of the changes made meanwhile', async () => {
    checksTake(40);
    const { result } = renderHook(() => useLiveCheck(compiled, complete.today));
    act(() => result.current.schedule(accepted));
    await waitFor(() => expect(result.current.result?.outcome).toBe('accept'));
    const first = result.current.result;
    act(() => {
      result.current.schedule(accepted);
      result.current.schedule(empty);
    });
    expect(result.current.result).toBe(first);
    await waitFor(() => expect(result.current.result?.outcome).toBe('incomplete'));
  });
});
