export type { CreateAjvOptions } from './create-ajv.ts';
export { createAjv, EXTENSION_KEYWORDS, extendAjv } from './create-ajv.ts';
export { errorMessage } from './error-message.ts';
export { compareErrors, comparePointers, errorPath } from './error-path.ts';
export { createLocalizer, localizeErrors } from './localize-errors.ts';
export type { LocalizedFormError } from './to-form-errors.ts';
export { toFormErrors } from './to-form-errors.ts';
