import type { LocalizedText } from '@onewindow/schemas';
import type { JsonObject } from '../storage/port.ts';

/** A localized text as plain JSON (for event data and audit payloads), keeping only the languages set. */
export function jsonText(text: LocalizedText | undefined): JsonObject {
  const out: JsonObject = {};
  if (text?.['zh-CN'] !== undefined) out['zh-CN'] = text['zh-CN'];
  if (text?.en !== undefined) out.en = text.en;
  return out;
}
