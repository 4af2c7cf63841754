import {
  buttonId,
  canExpand,
  descriptionId,
  getTemplate,
  getUiOptions,
  type ObjectFieldTemplateProps,
  titleId,
} from '@rjsf/utils';

/**
 * A section of the form (an object field) as a `<fieldset>` whose `<legend>` is its title, so every
 * field inside is announced with its section. Plain elements instead of antd's Row/Col: on a big form
 * the root section renders on every keystroke, and 200 grid columns cost more than the keystroke.
 */
export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const { description, disabled, formData, fieldPathId, onAddProperty, optionalDataControl } = props;
  const { properties, readonly, registry, required, schema, title, uiSchema } = props;
  const uiOptions = getUiOptions(uiSchema);
  const DescriptionFieldTemplate = getTemplate('DescriptionFieldTemplate', registry, uiOptions);
  const { AddButton } = registry.templates.ButtonTemplates;
  const isRoot = fieldPathId.path.length === 0;
  return (
    <fieldset id={fieldPathId.$id} className={isRoot ? 'ow-form-root' : 'ow-form-section'}>
      {title && (
        <legend id={titleId(fieldPathId)} className="ow-form-legend">
          {title}
          {required && (
            <span className="ow-required" aria-hidden>
              {' '}
              *
            </span>
          )}
        </legend>
      )}
      {description && (
        <DescriptionFieldTemplate
          id={descriptionId(fieldPathId)}
          description={description}
          schema={schema}
          uiSchema={uiSchema}
          registry={registry}
        />
      )}
      {optionalDataControl}
      {properties
        .filter((p) => !p.hidden)
        .map((p) => (
          <div key={p.name} className="ow-form-property">
            {p.content}
          </div>
        ))}
      {canExpand(schema, uiSchema, formData) && (
        <AddButton
          id={buttonId(fieldPathId, 'add')}
          className="rjsf-object-property-expand"
          disabled={disabled || readonly}
          onClick={onAddProperty}
          uiSchema={uiSchema}
          registry={registry}
        />
      )}
    </fieldset>
  );
}
