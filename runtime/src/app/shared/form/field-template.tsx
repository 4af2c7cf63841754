import { type FieldTemplateProps, getTemplate, getUiOptions } from '@rjsf/utils';
import { Form } from 'antd';
import { createContext, memo, type ReactNode, useContext } from 'react';

const FULL_ROW = { span: 24 };

// The widget of a field reaches the inside of its Form.Item through context, not as a child, so that
// a keystroke renders the widget again but not the Form.Item around it (see FieldItem).
const FieldWidget = createContext<ReactNode>(null);
function Widget() {
  return useContext(FieldWidget);
}
const WIDGET = <Widget />;

interface FieldItemProps {
  id: string;
  label: ReactNode;
  /** Set for a widget with no element a `<label for>` can name (a checkbox group): the label's id. */
  labelId?: string;
  required?: boolean;
  help?: ReactNode;
  extra?: ReactNode;
  hasErrors: boolean;
}

/**
 * The antd Form.Item of a scalar field, memoised on its label, status and texts. A Form.Item is the
 * costliest part of a field to render (its grid row and columns, style hooks, and a visibility check
 * that forces the browser to lay out the page in the middle of rendering); typing changes none of
 * its props, only the widget inside.
 */
const FieldItem = memo(function FieldItem({
  id,
  label,
  labelId,
  required,
  help,
  extra,
  hasErrors,
}: FieldItemProps) {
  return (
    <Form.Item
      colon={false}
      hasFeedback
      help={help}
      htmlFor={labelId ? undefined : id}
      label={labelId && label ? <span id={labelId}>{label}</span> : label}
      labelCol={FULL_ROW}
      wrapperCol={FULL_ROW}
      required={required}
      validateStatus={hasErrors ? 'error' : undefined}
      extra={extra}
    >
      {labelId ? (
        <fieldset aria-labelledby={labelId} className="ow-choices">
          {WIDGET}
        </fieldset>
      ) : (
        WIDGET
      )}
    </Form.Item>
  );
});

/**
 * rjsf's antd FieldTemplate, changed in one way: a field's errors and its `ui:help` both show. The
 * stock template puts help in antd's `help` slot, where it hides the errors of every field that has
 * help (ID number, mobile, ...); here errors take that slot and help goes below with the description.
 *
 * An array of choices (`uniqueItems` with `enum` items: a checkbox group or a multiple select) is
 * one field, labelled like the others; a checkbox group is a fieldset named by its label.
 *
 * And for speed: an object or array field is NOT wrapped in an antd Form.Item. A Form.Item provides
 * a fresh status context on every render, so one around the root made every input of the form
 * render again on each keystroke (~250 ms on a 200-field form); now only the field typed in does,
 * and of it only the widget (see FieldItem).
 */
export function FieldTemplate(props: FieldTemplateProps) {
  const { children, description, displayLabel, errors, help, rawHelp, hidden, id, label, rawErrors } = props;
  const { rawDescription, registry, required, schema, uiSchema } = props;
  const uiOptions = getUiOptions(uiSchema);
  const WrapIfAdditionalTemplate = getTemplate('WrapIfAdditionalTemplate', registry, uiOptions);
  if (hidden) return <div className="rjsf-field-hidden">{children}</div>;
  const hasErrors = (rawErrors?.length ?? 0) > 0;
  const choices = schema.type === 'array' && registry.schemaUtils.isMultiSelect(schema);
  if (!choices && (schema.type === 'object' || schema.type === 'array')) {
    return (
      <WrapIfAdditionalTemplate {...props}>
        <div className="ow-field-group">
          {children}
          {hasErrors && <div className="ow-field-group-errors">{errors}</div>}
          {rawHelp ? help : null}
        </div>
      </WrapIfAdditionalTemplate>
    );
  }
  const extra =
    rawDescription || rawHelp ? (
      <>
        {rawDescription ? description : null}
        {rawHelp ? help : null}
      </>
    ) : undefined;
  return (
    <WrapIfAdditionalTemplate {...props}>
      <FieldWidget.Provider value={children}>
        <FieldItem
          id={id}
          label={displayLabel && uiOptions.widget !== 'checkbox' && label}
          labelId={choices && uiOptions.widget === 'checkboxes' ? `${id}__label` : undefined}
          required={required}
          help={hasErrors ? errors : undefined}
          extra={extra}
          hasErrors={hasErrors}
        />
      </FieldWidget.Provider>
    </WrapIfAdditionalTemplate>
  );
}
