// @vitest-environment jsdom
import '../../test-setup.ts';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../testing/render-app.tsx';
import { FastForm } from './fast-form.ts';
import { type FormData, ItemForm } from './item-form.tsx';

const schema = {
  type: 'object',
  properties: {
    applicant: {
      type: 'object',
      title: '申请人',
      properties: {
        name: { type: 'string', title: '姓名' },
        phone: { type: 'string', title: '电话', default: '010-12345678' },
      },
    },
    marriage: {
      type: 'object',
      title: '婚姻',
      properties: { married: { type: 'boolean', title: '已婚' } },
      if: { properties: { married: { const: true } }, required: ['married'] },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable
      then: { properties: { spouse: { type: 'string', title: '配偶姓名' } } },
    },
  },
};
const uiSchema = { marriage: { married: { 'ui:widget': 'radio' } } };

function renderForm() {
  const onChange = vi.fn<(data: FormData) => void>();
  const onDefaults = vi.fn<(data: FormData) => void>();
  renderWithI18n(
    <ItemForm schema={schema} uiSchema={uiSchema} onChange={onChange} onDefaults={onDefaults} />,
  );
  const last = () => onChange.mock.lastCall?.[0] ?? {};
  return { onChange, onDefaults, last };
}

describe('the item form', () => {
  it('is wired to the fast path of the rjsf version installed', () => {
    expect(FastForm.hooked).toBe(true);
  });

  it('reports typed text with the defaults kept, and leaves the data of untouched sections as it was', () => {
    const { onDefaults, last } = renderForm();
    const start = onDefaults.mock.lastCall?.[0];
    expect(start).toMatchObject({ applicant: { phone: '010-12345678' } });
    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '李' } });
    const first = last();
    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '李俊杰' } });
    const second = last();
    expect(second).toMatchObject({ applicant: { name: '李俊杰', phone: '010-12345678' } });
    // The section typed in is a new object; the other is the very same one (only the changed path is copied).
    expect(second.applicant).not.toBe(first.applicant);
    expect(second.marriage).toBe(first.marriage);
    expect(first.applicant).toEqual({ name: '李', phone: '010-12345678' });
  });

  it('shows a conditional field when the answer its condition reads says so, and hides it again', () => {
    const { last } = renderForm();
    expect(screen.queryByLabelText('配偶姓名')).toBeNull();
    const married = screen.getByRole('radiogroup');
    fireEvent.click(within(married).getByLabelText('是'));
    fireEvent.change(screen.getByLabelText('配偶姓名'), { target: { value: '王芳' } });
    expect(last().marriage).toEqual({ married: true, spouse: '王芳' });
    fireEvent.click(within(married).getByLabelText('否'));
    expect(screen.queryByLabelText('配偶姓名')).toBeNull();
    expect(last().marriage).toMatchObject({ married: false });
  });

  it('drops a cleared value from the data', () => {
    const { last } = renderForm();
    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '李俊杰' } });
    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '' } });
    expect(last().applicant).toMatchObject({ phone: '010-12345678' });
    expect((last().applicant as FormData).name).toBeUndefined();
  });
});
