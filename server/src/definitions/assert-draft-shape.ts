import { canonicalJson } from '@onewindow/runtime/engine';
import type { ServiceItem } from '@onewindow/schemas';
import { createAjv } from '@onewindow/schemas';
import { ValidationError } from '../errors/index.ts';
import { DRAFT_BODY_SCHEMA } from './draft-body-schema.ts';

const validate = createAjv().compile(DRAFT_BODY_SCHEMA);

/**
 * Checks that `value` has the draft shape (see DRAFT_BODY_SCHEMA), that its code is `code` and that it
 * can be hashed (canonical JSON); routes validate the shape too, this also guards the use cases other
 * code calls directly (seeding, restore).
 */
export function assertDraftShape(value: unknown, code: string): ServiceItem {
  if (!validate(value)) {
    const errors = (validate.errors ?? []).map((e) => ({
      pointer: e.instancePath,
      message: e.message ?? e.keyword,
    }));
    throw new ValidationError('The draft is not shaped like a service item.', {
      code: 'DRAFT_SHAPE',
      extensions: { errors },
    });
  }
  const definition = value as ServiceItem;
  if (definition.code !== code) {
    throw new ValidationError(
      `The draft's code ${JSON.stringify(definition.code)} is not ${JSON.stringify(code)}.`,
      {
        code: 'CODE_MISMATCH',
      },
    );
  }
  try {
    canonicalJson(definition);
  } catch {
    // Lone surrogates and the like: such a draft could never be hashed, so never published.
    throw new ValidationError('The draft holds text that is not valid Unicode.', { code: 'DRAFT_NOT_JSON' });
  }
  return definition;
}
