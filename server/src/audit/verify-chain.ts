import type { AppDeps } from '../deps.ts';
import type { AuditHead } from '../storage/port.ts';
import { type ChainBreak, GENESIS_HEAD, verifyAuditChain } from './seal.ts';

/** The chain verifies: `count` records, ending at `head`. */
export interface ChainOk {
  ok: true;
  count: number;
  head: AuditHead;
}

/** The first record that breaks the chain, and how (`hash`: edited; `link`: one before it replaced; `sequence`: a gap). */
export interface ChainBroken {
  ok: false;
  firstBroken: number;
  reason: ChainBreak;
  /** Records that verified before it. */
  count: number;
}

export type ChainReport = ChainOk | ChainBroken;

/** How many records are read and verified at a time. */
const PAGE = 1000;

/**
 * 审计链校验 — walks the whole audit chain page by page from the genesis, recomputing every hash
 * and link, and reports the first broken record. Records appended while it runs are verified too.
 */
export async function verifyChain(deps: AppDeps): Promise<ChainReport> {
  let head: AuditHead = GENESIS_HEAD;
  let count = 0;
  for (;;) {
    const page = await deps.store.listAudit({ fromSeq: head.seq + 1, limit: PAGE });
    const verdict = verifyAuditChain(page, head);
    if (!verdict.ok)
      return {
        ok: false,
        firstBroken: verdict.firstBrokenSeq,
        reason: verdict.reason,
        count: count + verdict.checked,
      };
    count += verdict.checked;
    head = verdict.head;
    if (page.length < PAGE) return { ok: true, count, head };
  }
}
