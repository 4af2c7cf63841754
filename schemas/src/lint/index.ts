/**
 * Lint for service-item definitions: JSON Schema validation plus the semantic checks the schema
 * cannot express, as data (`LintFinding[]`) the designer shows live and the server checks on publish.
 */

export type { FieldSegment, FormField } from './collect-form-fields.ts';
export { collectFormFields } from './collect-form-fields.ts';
export { findFormField } from './find-form-field.ts';
export { isCertainlyLonger, maxNaturalDaysOf } from './is-certainly-longer.ts';
export { parseFactPath } from './json-pointer.ts';
export { lintDefinition } from './lint-definition.ts';
export type { LintFinding, LintSeverity } from './lint-finding.ts';
export { hasErrors } from './lint-finding.ts';
export type { PatternVerdict } from './pattern/analyze-pattern.ts';
export { analyzePattern, isSafePattern, MAX_SAFE_DEGREE, PATTERN_FLAGS } from './pattern/analyze-pattern.ts';
