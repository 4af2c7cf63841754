import { ItemForm } from '@onewindow/runtime/app';
import { Alert } from 'antd';
import { memo, useMemo, useRef } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { builderMessages } from './builder-messages.ts';
import type { JsonObject } from './model/json.ts';
import { PreviewBoundary } from './preview-boundary.tsx';
import { previewParts } from './preview-parts.ts';
import { useFormParts } from './use-form-builder.ts';

/**
 * The live preview: the runtime's own `ItemForm` (what the clerk gets) on the form being built. It
 * renders again only when the form's schema or uiSchema changed, and cheaply while only texts change
 * (see `previewParts`); what is typed into it stays there.
 */
export const FormPreview = memo(function FormPreview() {
  const m = useMessages(builderMessages);
  const { schema, uiSchema } = useFormParts();
  // The schema the preview rendered last: while only texts change, it stays (see previewParts).
  const rendered = useRef<JsonObject | undefined>(undefined);
  const shown = useMemo(() => {
    const parts = previewParts(rendered.current, { schema, uiSchema });
    rendered.current = parts.schema;
    return parts;
  }, [schema, uiSchema]);
  return (
    <section className="ow-builder-preview" aria-labelledby="ow-builder-preview-title">
      <h2 id="ow-builder-preview-title" className="ow-builder-heading">
        {m('preview.title')}
      </h2>
      <p className="ow-builder-hint">{m('preview.hint')}</p>
      <PreviewBoundary
        resetKey={shown}
        fallback={(error) => (
          <Alert type="warning" showIcon title={m('preview.broken', { detail: error.message })} />
        )}
      >
        <ItemForm schema={shown.schema} uiSchema={shown.uiSchema} idPrefix="preview" />
      </PreviewBoundary>
    </section>
  );
});
