import type { Tone } from '@onewindow/runtime/app';
import type { EventParams, EventType } from '@onewindow/schemas';

/** The closed event vocabulary, in the order the picker lists it. */
export const EVENT_TYPES: readonly EventType[] = [
  'reject',
  'warn',
  'require-material',
  'waive-material',
  'fee',
  'route',
];

/** The colour of an event's tag (its text says the type too). */
export const EVENT_TONE: Readonly<Record<EventType, Tone>> = {
  reject: 'bad',
  warn: 'warn',
  'require-material': 'info',
  'waive-material': 'ok',
  fee: 'neutral',
  route: 'neutral',
};

/** The params an event type uses besides message and basis. */
const OWN_PARAMS: Readonly<Record<EventType, readonly (keyof EventParams)[]>> = {
  reject: [],
  warn: [],
  'require-material': ['material'],
  'waive-material': ['material'],
  fee: ['fee', 'amount'],
  route: ['route'],
};

/**
 * The params after a change of event type: message and basis stay, the material, fee, amount or
 * route the new type does not use are dropped (a material code kept between require and waive).
 */
export function paramsForType(params: EventParams, type: EventType): EventParams {
  const next: EventParams = { message: params.message };
  if (params.basis !== undefined) next.basis = params.basis;
  for (const key of OWN_PARAMS[type]) {
    if (params[key] !== undefined) Object.assign(next, { [key]: params[key] });
  }
  return next;
}
