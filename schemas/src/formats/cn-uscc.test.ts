import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CN_USCC_ALPHABET, cnUsccCheckChar, isCnUscc } from './cn-uscc.ts';

/** A made-up code: any 17 alphabet characters completed with their check character. */
const uscc = (body17: string): string => body17 + cnUsccCheckChar(body17);

/** Codes of well-known companies as published in the national enterprise credit publicity system. */
const PUBLISHED = {
  '腾讯科技（深圳）有限公司': '91440300708461136T',
  华为技术有限公司: '914403001922038216',
  小米科技有限责任公司: '91110108551385082Q',
  '阿里巴巴（中国）有限公司': '91330100799655058B',
  '百度在线网络技术（北京）有限公司': '91110000802100433B',
  中国石油天然气股份有限公司: '91110000710925462X',
};

const bodyArb = fc
  .array(fc.constantFrom(...CN_USCC_ALPHABET), { minLength: 17, maxLength: 17 })
  .map((chars) => chars.join(''));

describe('isCnUscc', () => {
  it.each(Object.entries(PUBLISHED))('accepts the published code of %s', (_name, code) => {
    expect(isCnUscc(code)).toBe(true);
  });

  it('accepts codes built with the computed check character', () => {
    expect(isCnUscc(uscc('91110000MA01ABCDE'))).toBe(true);
    expect(isCnUscc(uscc('12100000400000000'))).toBe(true);
  });

  it('rejects a wrong check character', () => {
    expect(isCnUscc('91440300708461136A')).toBe(false);
    expect(isCnUscc('914403001922038210')).toBe(false);
  });

  it('rejects letters outside the alphabet (I, O, S, V, Z) and lower case', () => {
    for (const letter of 'IOSVZ') {
      expect(isCnUscc(`9144030070846113${letter}T`)).toBe(false);
    }
    expect(isCnUscc('91440300708461136t')).toBe(false);
  });

  it('rejects the wrong length', () => {
    expect(isCnUscc('91440300708461136')).toBe(false);
    expect(isCnUscc('91440300708461136T0')).toBe(false);
    expect(isCnUscc('')).toBe(false);
  });

  it('accepts any 17 alphabet characters followed by their computed check character', () => {
    fc.assert(fc.property(bodyArb, (body) => isCnUscc(uscc(body))));
  });

  it('rejects a valid code with any one body character changed', () => {
    fc.assert(
      fc.property(
        bodyArb,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 30 }),
        (body, at, k) => {
          const code = uscc(body);
          const replaced = CN_USCC_ALPHABET[(CN_USCC_ALPHABET.indexOf(code[at]) + k) % 31];
          return !isCnUscc(code.slice(0, at) + replaced + code.slice(at + 1));
        },
      ),
    );
  });
});

describe('cnUsccCheckChar', () => {
  it('refuses a body that is not 17 alphabet characters', () => {
    expect(() => cnUsccCheckChar('9144030070846113')).toThrow(RangeError);
    expect(() => cnUsccCheckChar('9144030070846113O')).toThrow(RangeError);
  });
});

/** The regex-and-substring reading the one-pass `isCnUscc` must agree with. */
const isCnUsccByRegex = (s: string): boolean =>
  /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && cnUsccCheckChar(s.slice(0, 17)) === s[17];

describe('isCnUscc, read character by character', () => {
  const lookAlikes = ['I', 'O', 'a', '０', '/', ':', '@', '[', ' ', 'Ａ', '0', 'Y'];
  const nearMissArb = fc
    .tuple(bodyArb.map(uscc), fc.integer({ min: 0, max: 17 }), fc.constantFrom(...lookAlikes))
    .map(([code, at, c]) => code.slice(0, at) + c + code.slice(at + 1));

  it('agrees with the regex definition on valid codes, near misses and any string', () => {
    fc.assert(
      fc.property(fc.oneof(bodyArb.map(uscc), nearMissArb, fc.string({ maxLength: 20 })), (s) => {
        expect(isCnUscc(s)).toBe(isCnUsccByRegex(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers false, not throw, for a value that is not a string', () => {
    expect(isCnUscc(null as unknown as string)).toBe(false);
    expect(isCnUscc(91440300 as unknown as string)).toBe(false);
  });
});
