/** Why a clock function refused its input: a bad definition or a programming error, never a case finding. */
export type ClockErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_DATETIME'
  | 'INVALID_DURATION'
  | 'INVALID_PAUSE'
  | 'INVALID_CALENDAR';

/** Thrown by the clock functions; `code` is stable, `detail` says which value was wrong. */
export class ClockError extends Error {
  readonly code: ClockErrorCode;
  readonly detail: string;

  constructor(code: ClockErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'ClockError';
    this.code = code;
    this.detail = detail;
  }
}
