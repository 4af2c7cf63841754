import type { ServiceItem } from '@onewindow/schemas';
import { idNumber } from './id-number.ts';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** An adult from Shanghai Pudong (310115), male (odd sequence). */
export const ADULT_ID = idNumber('310115', '1990-03-15', '123');
/** A 12-year-old from Beijing Dongcheng (110101) on 2026-06-01, female. */
export const CHILD_ID = idNumber('110101', '2014-02-20', '442');

/**
 * 居民身份证换领 — a test fixture shaped like the real item: a conditional form (the loss details
 * appear only for `lost`, the agent only when applying by agent), conditional and deferrable
 * materials, fees of 20 and 40 yuan, a reject rule, warnings and a route. Used by the engine's tests
 * and by the bench before examples/items lands.
 */
export const idCardRenewal: ServiceItem = {
  code: 'id-card-renewal-fixture',
  name: text('居民身份证换领', 'Resident ID card renewal'),
  type: 'administrative-confirmation',
  department: { name: text('公安局户政窗口', 'Public security household registration') },
  handling: { kind: 'commitment', channels: ['counter'], maxVisits: 1 },
  timeLimits: { statutory: { amount: 60, unit: 'day' }, promised: { amount: 20, unit: 'workday' } },
  form: {
    schema: {
      type: 'object',
      required: ['name', 'idNumber', 'phone', 'reason'],
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 50 },
        idNumber: { type: 'string', format: 'cn-id-card' },
        phone: { type: 'string', format: 'cn-mobile' },
        reason: { type: 'string', enum: ['expired', 'expiring', 'lost', 'damaged', 'info-change'] },
        expiryDate: { type: 'string', format: 'date' },
        address: {
          type: 'object',
          properties: { province: { type: 'string' }, city: { type: 'string' }, detail: { type: 'string' } },
        },
        byAgent: { type: 'boolean' },
      },
      allOf: [
        {
          if: { type: 'object', properties: { reason: { const: 'lost' } }, required: ['reason'] },
          // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable
          then: {
            type: 'object',
            properties: { lostDate: { type: 'string', format: 'date' }, lostPlace: { type: 'string' } },
            required: ['lostDate'],
          },
        },
        {
          if: { type: 'object', properties: { byAgent: { const: true } }, required: ['byAgent'] },
          // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable
          then: {
            type: 'object',
            properties: {
              agent: {
                type: 'object',
                required: ['name', 'idNumber'],
                properties: { name: { type: 'string' }, idNumber: { type: 'string', format: 'cn-id-card' } },
              },
            },
            required: ['agent'],
          },
        },
      ],
    },
  },
  materials: [
    {
      code: 'householdRegister',
      name: text('居民户口簿', 'Household register'),
      kind: 'original',
      necessity: 'required',
      source: 'government',
    },
    {
      code: 'oldIdCard',
      name: text('原居民身份证', 'Old ID card'),
      kind: 'original',
      necessity: 'conditional',
      source: 'applicant',
    },
    {
      code: 'lossStatement',
      name: text('丢失声明', 'Loss statement'),
      kind: 'original',
      necessity: 'conditional',
      source: 'applicant',
    },
    {
      code: 'guardianProof',
      name: text('监护关系证明', 'Proof of guardianship'),
      kind: 'copy',
      necessity: 'conditional',
      source: 'applicant',
    },
    {
      code: 'photoReceipt',
      name: text('相片回执', 'Photo receipt'),
      kind: 'electronic',
      necessity: 'deferrable',
      source: 'other',
    },
    {
      code: 'residencePermit',
      name: text('居住证', 'Residence permit'),
      kind: 'copy',
      necessity: 'optional',
      source: 'government',
    },
  ],
  fees: [
    {
      code: 'renewalFee',
      name: text('换领工本费', 'Renewal fee'),
      amount: 20,
      basis: '《居民身份证工本费标准》',
    },
    { code: 'replacementFee', name: text('补领工本费', 'Replacement fee'), amount: 40, waivable: true },
  ],
  rules: [
    {
      id: 'rejectNotExpired',
      priority: 90,
      conditions: {
        all: [
          { fact: 'form', path: 'reason', operator: 'equal', value: 'expired' },
          { fact: 'form', path: '/expiryDate', operator: 'dateAfter', value: { fact: 'today' } },
        ],
      },
      event: {
        type: 'reject',
        params: {
          message: text('证件尚未到期', 'The card has not expired'),
          basis: '《居民身份证法》第十一条',
        },
      },
    },
    {
      id: 'requireOldCard',
      conditions: {
        all: [
          {
            fact: 'form',
            path: 'reason',
            operator: 'in',
            value: ['expired', 'expiring', 'damaged', 'info-change'],
          },
        ],
      },
      event: {
        type: 'require-material',
        params: { material: 'oldIdCard', message: text('交回原证', 'Return the old card') },
      },
    },
    {
      id: 'requireLossStatement',
      conditions: { any: [{ fact: 'form', path: 'reason', operator: 'equal', value: 'lost' }] },
      event: {
        type: 'require-material',
        params: { material: 'lossStatement', message: text('丢失需声明', 'State the loss') },
      },
    },
    {
      id: 'minorNeedsGuardian',
      priority: 50,
      conditions: {
        all: [
          { fact: 'applicant', path: 'age', operator: 'lessThan', value: 16 },
          { not: { fact: 'applicant', path: 'birthDate', operator: 'ageAtLeast', value: 16 } },
        ],
      },
      event: {
        type: 'require-material',
        params: {
          material: 'guardianProof',
          message: text('未满十六周岁由监护人代为申请', 'Under 16: a guardian applies'),
        },
      },
    },
    {
      id: 'warnMinor',
      conditions: { all: [{ fact: 'applicant', path: 'age', operator: 'lessThan', value: 16 }] },
      event: { type: 'warn', params: { message: text('申请人未满十六周岁', 'The applicant is under 16') } },
    },
    {
      id: 'waiveLocalRegister',
      priority: 10,
      conditions: {
        all: [{ fact: 'applicant', path: 'regionCode', operator: 'matchesPattern', value: '^3101' }],
      },
      event: {
        type: 'waive-material',
        params: {
          material: 'householdRegister',
          message: text('本市户籍信息共享', 'Shared for local residents'),
        },
      },
    },
    {
      id: 'feeRenewal',
      conditions: {
        all: [
          { fact: 'form', path: 'reason', operator: 'in', value: ['expired', 'expiring', 'info-change'] },
        ],
      },
      event: { type: 'fee', params: { fee: 'renewalFee', message: text('换领收取工本费', 'Renewal fee') } },
    },
    {
      id: 'feeReplacement',
      conditions: {
        any: [
          { fact: 'form', path: 'reason', operator: 'equal', value: 'lost' },
          { fact: 'form', path: 'reason', operator: 'equal', value: 'damaged' },
        ],
      },
      event: {
        type: 'fee',
        params: { fee: 'replacementFee', message: text('补领收取工本费', 'Replacement fee') },
      },
    },
    {
      id: 'routeAgent',
      conditions: { all: [{ fact: 'form', path: 'byAgent', operator: 'equal', value: true }] },
      event: {
        type: 'route',
        params: {
          route: 'agent-review',
          message: text('代办件转人工复核', 'Agent applications are reviewed'),
        },
      },
    },
    {
      id: 'warnNoApplicant',
      conditions: { all: [{ fact: 'applicant', operator: 'equal', value: null }] },
      event: {
        type: 'warn',
        params: {
          message: text('无法从身份证号码识别申请人', 'No applicant could be read from the ID number'),
        },
      },
    },
  ],
  tests: [
    {
      name: '到期换领，材料齐全',
      today: '2026-06-01',
      input: {
        formData: {
          name: '张三',
          idNumber: ADULT_ID,
          phone: '13800138000',
          reason: 'expired',
          expiryDate: '2026-05-01',
        },
        materials: ['oldIdCard', 'photoReceipt'],
      },
      expect: {
        outcome: 'accept',
        fired: ['requireOldCard', 'feeRenewal', 'waiveLocalRegister'],
        fees: ['renewalFee'],
        feeTotal: 20,
        warnings: [],
        route: null,
      },
    },
    {
      name: '证件未到期不予受理',
      today: '2026-06-01',
      input: {
        formData: {
          name: '张三',
          idNumber: ADULT_ID,
          phone: '13800138000',
          reason: 'expired',
          expiryDate: '2027-01-01',
        },
        materials: ['oldIdCard'],
      },
      expect: { outcome: 'reject', fired: ['rejectNotExpired'] },
    },
    {
      name: '未成年人丢失补领，缺丢失声明',
      today: '2026-06-01',
      input: {
        formData: {
          name: '李四',
          idNumber: CHILD_ID,
          phone: '13900139000',
          reason: 'lost',
          lostDate: '2026-05-20',
          byAgent: true,
          agent: { name: '李父', idNumber: ADULT_ID },
        },
        materials: ['householdRegister', 'guardianProof'],
      },
      expect: {
        outcome: 'incomplete',
        fired: ['minorNeedsGuardian', 'warnMinor', 'requireLossStatement', 'feeReplacement', 'routeAgent'],
        notFired: ['requireOldCard', 'waiveLocalRegister'],
        missingMaterials: ['lossStatement'],
        requiredMaterials: ['guardianProof', 'householdRegister'],
        fees: ['replacementFee'],
        feeTotal: 40,
        warnings: ['warnMinor'],
        route: 'agent-review',
      },
    },
    {
      name: '表单错误：号码无效，隐藏字段被丢弃',
      today: '2026-06-01',
      input: {
        formData: {
          name: '',
          idNumber: '110101199001011234',
          phone: '123',
          reason: 'damaged',
          lostDate: 'not-a-date',
        },
        materials: ['householdRegister', 'oldIdCard'],
      },
      expect: {
        outcome: 'incomplete',
        formErrors: ['/name', '/idNumber', '/phone'],
        warnings: ['warnNoApplicant'],
        fees: ['replacementFee'],
      },
    },
  ],
};
