import type { ServiceItem } from '@onewindow/schemas';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/index.ts';
import { FILE_TYPES } from './file-types.ts';
import { fileMisfit, materialFileRules } from './material-file-rules.ts';

const item = {
  code: 'ITEM',
  materials: [
    { code: 'form', fileTypes: ['application/pdf'], maxSizeMB: 0.5 },
    { code: 'photo', fileTypes: [] },
    { code: 'other' },
  ],
} as unknown as ServiceItem;

describe('material file rules', () => {
  it("reads a material's types and its size limit in MiB", () => {
    expect(materialFileRules(item, 'form')).toEqual({
      material: 'form',
      types: ['application/pdf'],
      maxBytes: 512 * 1024,
    });
  });

  it('lets a material that names no types take every type, with only the server limit', () => {
    expect(materialFileRules(item, 'other')).toEqual({
      material: 'other',
      types: FILE_TYPES,
      maxBytes: null,
    });
    expect(materialFileRules(item, 'photo').types).toEqual(FILE_TYPES);
  });

  it('says whether a file misfits by type or by size', () => {
    const rules = materialFileRules(item, 'form');
    expect(fileMisfit(rules, { contentType: 'application/pdf', size: 512 * 1024 })).toBeNull();
    expect(fileMisfit(rules, { contentType: 'application/pdf', size: 512 * 1024 + 1 })).toBe('size');
    expect(fileMisfit(rules, { contentType: 'image/png', size: 10 })).toBe('type');
  });

  it('refuses a material the item does not have', () => {
    expect(() => materialFileRules(item, 'none')).toThrow(ValidationError);
  });
});
