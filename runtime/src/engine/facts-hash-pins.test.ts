import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { prepareCase } from './prepare-case.ts';
import { ADULT_ID, CHILD_ID, idCardRenewal } from './testing/id-card-renewal.ts';
import { minimalItem } from './testing/minimal-item.ts';

const idCard = compile(idCardRenewal);
const freeForm = compile(minimalItem());
const listForm = compile(
  minimalItem({
    form: {
      schema: {
        type: 'object',
        properties: {
          list: {
            type: 'array',
            items: { type: 'object', properties: { b: { type: 'string' }, a: { type: 'string' } } },
          },
        },
      },
    },
  }),
);
const today = '2026-06-01';

/**
 * Stored audit records address facts snapshots by their hash, and an inspector replays them years
 * later: these literals were computed once and must never change, whatever makes the hash faster.
 */
const pins: { name: string; compiled: typeof idCard; input: unknown; factsHash: string }[] = [
  {
    name: 'a complete adult case, fields given out of key order',
    compiled: idCard,
    input: {
      formData: { reason: 'expired', phone: '13800138000', idNumber: ADULT_ID, name: '张三' },
      materials: ['photoReceipt', 'oldIdCard', 'oldIdCard'],
    },
    factsHash: '3b79c371fbc309f8308b3ac07798e677921b5938adfdd243ea374abf67a44728',
  },
  {
    name: 'a loss by an agent: both conditional branches, nested objects, hidden data dropped',
    compiled: idCard,
    input: {
      formData: {
        name: '李四',
        idNumber: CHILD_ID,
        phone: '13912345678',
        reason: 'lost',
        lostDate: '2026-05-20',
        lostPlace: '上海市 "人民广场"\n地铁站\\出口',
        byAgent: true,
        agent: { name: '王五', idNumber: ADULT_ID, note: 'dropped' },
        address: { province: '上海', city: '上海市', detail: '浦东新区 🏠 1号' },
        expiryDate: '2026-01-01',
        stray: 'dropped',
      },
      materials: ['guardianConsent', '材料', 'agentId'],
    },
    factsHash: 'f10e5d37ebc3ca2d6147ca8600120ce4eec2d0da8a499ed85ec17ba774182597',
  },
  {
    name: 'form data of the wrong types, kept and hashed as given',
    compiled: idCard,
    input: {
      formData: { name: 42, idNumber: null, phone: [1, 2.5, -0, 1e21], reason: false, address: 'x' },
      materials: 'none',
    },
    factsHash: '916bc276533e383e73053f8cf4eb7edc3b6e7aceef2daf2725712a212dad0684',
  },
  {
    name: 'a free-form object: keys sorted by code unit, integer-like keys, escapes, lone surrogates',
    compiled: freeForm,
    input: {
      formData: {
        z: { b: [1, { y: 1, x: 2 }], a: null },
        10: 'ten',
        2: 'two',
        B: '\u0001\t\u001f',
        a: 'bad \ud800 text',
        é: 1.5,
        '': true,
        数据: { 乙: 2, 甲: 1 },
      },
      materials: ['b', 'a\udc00'],
    },
    factsHash: 'e0308b61e3345e5fe61f0f897287c2ac8d1413df7e11314713e1285cfdeb669f',
  },
  {
    name: 'a list whose items of the wrong type pruning turns into nulls',
    compiled: listForm,
    input: { formData: { list: [{ b: 'y', a: 'x', c: 1 }, '串', 3, null, { a: '"' }] }, materials: [] },
    factsHash: 'fa6bfe1e39903d835be4135e0c8631142ae30d91962c0613be8e14f94e790689',
  },
  {
    name: 'nothing usable at all',
    compiled: freeForm,
    input: 'not a case',
    factsHash: '5215fb7667ad756b065d588c2d6cf4ea84dd235f6c38e32a03e8dc2f897021e4',
  },
];

describe('the facts hash', () => {
  it.each(pins)('is pinned: $name', ({ compiled, input, factsHash }) => {
    expect(prepareCase(compiled, input, today).factsHash).toBe(factsHash);
  });
});
