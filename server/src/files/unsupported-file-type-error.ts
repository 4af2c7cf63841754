import { AppError, type AppErrorOptions } from '../errors/index.ts';
import { FILE_TYPE_LABELS, type FileType } from './file-types.ts';

/** Why an upload's type is refused: unknown content, content other than declared, or not what the material takes. */
export type FileTypeProblem = 'FILE_TYPE_UNKNOWN' | 'FILE_TYPE_MISMATCH' | 'FILE_TYPE_NOT_ACCEPTED';

export interface FileTypeFacts {
  /** What the bytes are, when they are anything known. */
  detected: FileType | null;
  /** The type the client declared, when it declared one. */
  declared?: string;
  accepted: readonly FileType[];
  material?: string;
}

const labels = (types: readonly FileType[]) => types.map((t) => FILE_TYPE_LABELS[t]).join(', ');

function detailOf(problem: FileTypeProblem, facts: FileTypeFacts): string {
  switch (problem) {
    case 'FILE_TYPE_UNKNOWN':
      return `The file's content is none of ${labels(facts.accepted)}, whatever its name says.`;
    case 'FILE_TYPE_MISMATCH':
      return `The file was sent as ${facts.declared} but its content is ${facts.detected ? FILE_TYPE_LABELS[facts.detected] : 'something else'}.`;
    case 'FILE_TYPE_NOT_ACCEPTED':
      return `Material ${facts.material} takes ${labels(facts.accepted)}; this file is ${facts.detected ? FILE_TYPE_LABELS[facts.detected] : 'something else'}.`;
  }
}

/**
 * 415 for an upload whose bytes are not an accepted type. The type is judged by content only; the
 * extensions (`detected`, `declared`, `accepted`, `material`) let a client word the refusal itself.
 */
export class UnsupportedFileTypeError extends AppError {
  override readonly name = 'UnsupportedFileTypeError';
  readonly status = 415;

  constructor(problem: FileTypeProblem, facts: FileTypeFacts, options: AppErrorOptions = {}) {
    super(problem, detailOf(problem, facts), {
      ...options,
      code: problem,
      extensions: {
        detected: facts.detected,
        accepted: facts.accepted,
        ...(facts.declared === undefined ? {} : { declared: facts.declared }),
        ...(facts.material === undefined ? {} : { material: facts.material }),
      },
    });
  }
}
