// @vitest-environment jsdom
import '../../test-setup.ts';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../testing/render-app.tsx';
import { type FormData, ItemForm } from './item-form.tsx';

const schema = {
  type: 'object',
  properties: {
    name: { type: 'string', title: '姓名' },
    channel: { type: 'string', title: '领取方式', enum: ['counter', 'post'] },
    purposes: {
      type: 'array',
      title: '申请事由',
      uniqueItems: true,
      items: { type: 'string', enum: ['expired', 'lost', 'moved'] },
    },
    languages: {
      type: 'array',
      title: '服务语言',
      uniqueItems: true,
      items: { type: 'string', enum: ['zh', 'en'] },
    },
  },
};
const uiSchema = {
  name: { 'ui:en': { title: 'Name' } },
  channel: {
    'ui:widget': 'radio',
    'ui:enumNames': ['窗口领取', '邮寄'],
    'ui:en': { title: 'Collection', enumNames: ['At the counter', 'By post'] },
  },
  purposes: {
    'ui:widget': 'checkboxes',
    'ui:enumNames': ['有效期满', '遗失', '迁移'],
    // An option without an English label keeps its Chinese one.
    'ui:en': { title: 'Reason', enumNames: ['Expired', 'Lost', ''] },
  },
};

describe('the item form', () => {
  it('labels a checkbox group like any field, and names the group by that label', () => {
    const onChange = vi.fn<(data: FormData) => void>();
    renderWithI18n(<ItemForm schema={schema} uiSchema={uiSchema} onChange={onChange} />);
    expect(screen.getByText('申请事由')).toBeTruthy();
    const group = screen.getByRole('group', { name: '申请事由' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(3);
    fireEvent.click(within(group).getByLabelText('遗失'));
    expect(onChange.mock.lastCall?.[0]).toMatchObject({ purposes: ['lost'] });
  });

  it('labels an array of choices shown as a multiple select, so the select is named by it', () => {
    renderWithI18n(<ItemForm schema={schema} uiSchema={uiSchema} />);
    expect(screen.getByRole('combobox', { name: '服务语言' })).toBeTruthy();
  });

  it('shows the labels in Chinese by default', () => {
    renderWithI18n(<ItemForm schema={schema} uiSchema={uiSchema} />);
    expect(screen.getByLabelText('姓名')).toBeTruthy();
    expect(screen.getByRole('radio', { name: '窗口领取' })).toBeTruthy();
    expect(screen.queryByText('Name')).toBeNull();
  });

  it('shows the English labels of the uiSchema when the language is English', () => {
    renderWithI18n(<ItemForm schema={schema} uiSchema={uiSchema} />, 'en');
    expect(screen.getByLabelText('Name')).toBeTruthy();
    expect(screen.queryByText('姓名')).toBeNull();
    expect(screen.getByText('Collection')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'By post' })).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Reason' });
    expect(within(group).getByLabelText('Lost')).toBeTruthy();
    expect(within(group).getByLabelText('迁移')).toBeTruthy();
    // A field with no English texts keeps its own.
    expect(screen.getByRole('combobox', { name: '服务语言' })).toBeTruthy();
  });
});
