import { useI18n } from '@onewindow/runtime/app';
import type { EventParams, EventType, Fee, Material, RuleEvent } from '@onewindow/schemas';
import { Alert, Input, InputNumber, Select } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { withLocaleText } from '../materials/localized-edit.ts';
import { EVENT_TYPES, paramsForType } from './event-types.ts';
import { LabelledField } from './labelled-field.tsx';
import { rulesMessages } from './rules-messages.ts';
import { anchorId } from './use-owned-focus.ts';

export interface EventEditorProps {
  event: RuleEvent;
  pointer: string;
  materials: readonly Material[];
  fees: readonly Fee[];
  onChange(event: RuleEvent, coalesce?: string): void;
}

/**
 * A rule's outcome: the type from the closed vocabulary (不予受理 reject, 提示 warn, 需补充材料
 * require-material, 免交材料 waive-material, 收费 fee, 分流 route), what it names (a material, a fee
 * with an optional amount, a route), the message in Chinese (required) and English, and its basis.
 */
export function EventEditor({ event, pointer, materials, fees, onChange }: EventEditorProps) {
  const m = useMessages(rulesMessages);
  const { text } = useI18n();
  const params = event.params;
  const at = (key: string) => anchorId(`${pointer}/params/${key}`);
  const setParams = (next: EventParams, key?: string) =>
    onChange({ ...event, params: next }, key ? `${pointer}/params/${key}` : undefined);
  const setParam = (key: keyof EventParams, value: unknown, typing = false) => {
    const next = { ...params } as Record<string, unknown>;
    if (value === undefined || value === '' || value === null) delete next[key];
    else next[key] = value;
    setParams(next as unknown as EventParams, typing ? key : undefined);
  };
  const setMessage = (locale: 'zh-CN' | 'en', value: string) =>
    setParams(
      { ...params, message: withLocaleText(params.message, locale, value) ?? {} },
      `message/${locale}`,
    );

  const usesMaterial = event.type === 'require-material' || event.type === 'waive-material';
  const material = materials.find((x) => x.code === params.material);
  const codeOption = (code: string | undefined, known: boolean) =>
    code !== undefined && !known ? [{ value: code, label: m('event.unknownCode', { code }) }] : [];
  const zhMissing = !params.message?.['zh-CN']?.trim();

  return (
    <div className="ow-event">
      <LabelledField id={anchorId(`${pointer}/type`)} label={m('event.type')}>
        <Select
          id={anchorId(`${pointer}/type`)}
          className="ow-event-type"
          value={event.type}
          options={EVENT_TYPES.map((type) => ({ value: type, label: m(`type.${type}`) }))}
          onChange={(type: EventType) => onChange({ type, params: paramsForType(params, type) })}
        />
      </LabelledField>
      {usesMaterial && (
        <LabelledField id={at('material')} label={m('event.material')}>
          <Select
            id={at('material')}
            showSearch={{ optionFilterProp: 'label' }}
            status={params.material === undefined || material ? undefined : 'error'}
            placeholder={m('value.pick')}
            value={params.material}
            options={[
              ...codeOption(params.material, material !== undefined),
              ...materials.map((x) => ({ value: x.code, label: `${text(x.name)}（${x.code}）` })),
            ]}
            onChange={(code: string) => setParam('material', code)}
          />
          {materials.length === 0 && <Alert type="info" showIcon title={m('event.noMaterials')} />}
          {event.type === 'require-material' && material && material.necessity !== 'conditional' && (
            <span className="ow-field-warning">{m('event.notConditional')}</span>
          )}
        </LabelledField>
      )}
      {event.type === 'fee' && (
        <>
          <LabelledField id={at('fee')} label={m('event.fee')}>
            <Select
              id={at('fee')}
              placeholder={m('value.pick')}
              value={params.fee}
              options={[
                ...codeOption(
                  params.fee,
                  fees.some((f) => f.code === params.fee),
                ),
                ...fees.map((f) => ({ value: f.code, label: `${text(f.name)}（${f.amount} 元）` })),
              ]}
              onChange={(code: string) => setParam('fee', code)}
            />
            {fees.length === 0 && <Alert type="info" showIcon title={m('event.noFees')} />}
          </LabelledField>
          <LabelledField
            id={at('amount')}
            label={m('event.amount')}
            help={<span className="ow-help">{m('event.amountHelp')}</span>}
          >
            <InputNumber
              id={at('amount')}
              min={0}
              value={params.amount ?? null}
              onChange={(n) => setParam('amount', n ?? undefined, true)}
            />
          </LabelledField>
        </>
      )}
      {event.type === 'route' && (
        <LabelledField id={at('route')} label={m('event.route')}>
          <Input
            id={at('route')}
            placeholder={m('event.routePlaceholder')}
            value={params.route ?? ''}
            onChange={(e) => setParam('route', e.target.value, true)}
          />
        </LabelledField>
      )}
      <LabelledField
        id={at('message/zh-CN')}
        label={m('event.messageZh')}
        help={
          zhMissing && (
            <span id={`${at('message/zh-CN')}-error`} className="ow-field-error">
              {m('event.messageZhRequired')}
            </span>
          )
        }
      >
        <Input.TextArea
          id={at('message/zh-CN')}
          autoSize={{ minRows: 2, maxRows: 6 }}
          required
          aria-invalid={zhMissing || undefined}
          aria-describedby={zhMissing ? `${at('message/zh-CN')}-error` : undefined}
          status={zhMissing ? 'error' : undefined}
          value={params.message?.['zh-CN'] ?? ''}
          onChange={(e) => setMessage('zh-CN', e.target.value)}
        />
      </LabelledField>
      <LabelledField id={at('message/en')} label={m('event.messageEn')}>
        <Input.TextArea
          id={at('message/en')}
          autoSize={{ minRows: 1, maxRows: 6 }}
          value={params.message?.en ?? ''}
          onChange={(e) => setMessage('en', e.target.value)}
        />
      </LabelledField>
      <LabelledField id={at('basis')} label={m('event.basis')}>
        <Input
          id={at('basis')}
          placeholder={m('event.basisPlaceholder')}
          value={params.basis ?? ''}
          onChange={(e) => setParam('basis', e.target.value, true)}
        />
      </LabelledField>
    </div>
  );
}
