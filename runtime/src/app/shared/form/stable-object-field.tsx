import { getDefaultRegistry } from '@rjsf/core';
import { type FieldProps, useDeepCompareMemo } from '@rjsf/utils';

const { ObjectField } = getDefaultRegistry<Record<string, unknown>>().fields;

/**
 * rjsf's ObjectField, given the same uiSchema object while its content is the same. rjsf's
 * SchemaField hands every field a freshly spread uiSchema on each render, and ObjectField's
 * callbacks depend on it, so every property of every section rendered again on each keystroke
 * (31 components on a 200-field form); with a stable uiSchema the untouched properties skip.
 */
export function StableObjectField(props: FieldProps<Record<string, unknown>>) {
  const uiSchema = useDeepCompareMemo(props.uiSchema);
  return <ObjectField {...props} uiSchema={uiSchema} />;
}
