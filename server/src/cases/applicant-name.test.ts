import { readFileSync } from 'node:fs';
import { compile } from '@onewindow/runtime/engine';
import type { ServiceItem } from '@onewindow/schemas';
import { describe, expect, it } from 'vitest';
import { applicantName } from './applicant-name.ts';

const item = (name: string) =>
  compile(
    JSON.parse(
      readFileSync(new URL(`../../../examples/items/${name}.json`, import.meta.url), 'utf8'),
    ) as ServiceItem,
  );

describe('applicant name for search', () => {
  it('takes the first name field of the form: the applicant block comes before agents and contractors', () => {
    const permit = item('construction-permit');
    const form = {
      builder: { name: '某某置业有限公司' },
      handler: { name: '王海涛' },
      contract: { contractorName: 'X' },
    };
    expect(applicantName(permit, form)).toBe('某某置业有限公司');
    expect(
      applicantName(item('birth-registration'), { mother: { name: ' 李娜 ' }, father: { name: '张伟' } }),
    ).toBe('李娜');
  });

  it('is empty when the field is not filled in or not text', () => {
    const permit = item('construction-permit');
    expect(applicantName(permit, {})).toBe('');
    expect(applicantName(permit, { builder: { name: 42 } })).toBe('');
    expect(applicantName(permit, { builder: 'text' })).toBe('');
  });
});
