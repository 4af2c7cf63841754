import CoreForm, { type FormProps, type FormState } from '@rjsf/core';
import { type ErrorSchema, type FieldPathList, getByPath, type RJSFSchema } from '@rjsf/utils';
import { withRetrieveCache } from './caching-schema-utils.ts';
import { type InertFields, inertFields } from './inert-fields.ts';

type Data = Record<string, unknown>;
type State = FormState<Data, RJSFSchema>;
type Props = FormProps<Data, RJSFSchema>;

/** A change rjsf's `onChange` queues (its private `FieldChange`). */
interface FieldChange {
  path: FieldPathList;
  newValue?: unknown;
  newErrorSchema?: ErrorSchema<Data>;
}
type ProcessChange = (
  this: CoreForm<Data>,
  change: FieldChange,
  isLast: boolean,
  prev: State,
  props: Props,
) => Partial<State>;

const indexes = new WeakMap<object, InertFields>();

function isPlainObject(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `data` with `value` at `path`, copying only the objects on the path; null when one is missing. */
export function withValueAt(data: Data, path: FieldPathList, value: unknown): Data | null {
  const [head, ...rest] = path;
  if (head === undefined) return null;
  const key = String(head);
  if (rest.length === 0) return { ...data, [key]: value };
  const child = data[key];
  if (!isPlainObject(child)) return null;
  const next = withValueAt(child, rest, value);
  return next && { ...data, [key]: next };
}

/**
 * The state a change makes when it is a value typed into a field nothing in the schema depends on,
 * or null to let rjsf apply it. rjsf would clone the whole data, recompute every default, resolve the
 * schema and sanitise the data again (6 ms a keystroke on a 200-field form); for such a change those
 * reproduce what they had, so only the value is set, and the data of every untouched section keeps
 * its identity, which lets the untouched fields skip rendering.
 */
function inertChange(change: FieldChange, prev: State, props: Props): Partial<State> | null {
  const { path, newValue, newErrorSchema } = change;
  if (newErrorSchema || !isPlainObject(prev.formData) || !prev.retrievedSchema || !prev.schemaUtils)
    return null;
  const liveValidates =
    !props.noValidate && (props.liveValidate === true || props.liveValidate === 'onChange');
  const liveOmits =
    props.omitExtraData === true && (props.liveOmit === true || props.liveOmit === 'onChange');
  if (liveValidates || liveOmits) return null;
  const customErrors = prev.customErrors?.ErrorSchema;
  if (customErrors && getByPath(customErrors, [...path, '__errors'])) return null;
  const { validator, schema, experimental_defaultFormStateBehavior, experimental_customMergeAllOf } = props;
  if (
    prev.schemaUtils.doesSchemaUtilsDiffer(
      validator,
      schema,
      experimental_defaultFormStateBehavior,
      experimental_customMergeAllOf,
    )
  )
    return null;
  let index = indexes.get(prev.schema);
  if (!index) {
    index = inertFields(prev.schema);
    indexes.set(prev.schema, index);
  }
  if (!index.accepts(path, newValue)) return null;
  const formData = withValueAt(prev.formData, path, newValue);
  return formData && { formData, retrievedSchema: prev.retrievedSchema };
}

const baseProcessChange = (CoreForm.prototype as unknown as { processChange?: ProcessChange }).processChange;

/**
 * rjsf's `Form`, made cheap to type in: a value typed into a field that no condition reads is applied
 * on its own (see `inertChange`), and `retrieveSchema` is remembered for schemas that do not depend on
 * the data (see `withRetrieveCache`). Everything else — a yes/no that switches a branch, a cleared
 * field, an array, live validation — takes rjsf's own path. Hooks into rjsf 6's `processChange`; if a
 * later rjsf drops it, the form still works, at rjsf's speed (a test says so).
 */
export class FastForm extends CoreForm<Data> {
  /** Whether the fast path is wired to this rjsf version. */
  static readonly hooked = typeof baseProcessChange === 'function';

  override getStateFromProps(...args: Parameters<CoreForm<Data>['getStateFromProps']>): State {
    const next = super.getStateFromProps(...args);
    const schemaUtils = withRetrieveCache(next.schemaUtils);
    if (schemaUtils === next.schemaUtils) return next;
    return { ...next, schemaUtils, registry: { ...next.registry, schemaUtils } };
  }
}

if (baseProcessChange) {
  Object.defineProperty(FastForm.prototype, 'processChange', {
    value: function processChange(
      this: CoreForm<Data>,
      change: FieldChange,
      isLast: boolean,
      prev: State,
      props: Props,
    ) {
      return inertChange(change, prev, props) ?? baseProcessChange.call(this, change, isLast, prev, props);
    },
    writable: true,
    configurable: true,
  });
}
