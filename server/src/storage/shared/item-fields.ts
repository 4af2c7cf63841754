import type { ServiceItem } from '@onewindow/schemas';
import { ValidationError } from '../../errors/index.ts';
import type { ItemStatus } from '../records.ts';

/** The columns of a draft that the item list filters on, read from its definition. */
export interface ItemFields {
  name: string;
  type: ServiceItem['type'];
  departmentCode: string | null;
  departmentName: string;
}

/** Reads the filterable fields; the code in the path and in the document must agree. */
export function itemFields(code: string, definition: ServiceItem): ItemFields {
  if (definition.code !== code) {
    throw new ValidationError(
      `The definition's code ${JSON.stringify(definition.code)} is not ${JSON.stringify(code)}.`,
      {
        code: 'CODE_MISMATCH',
      },
    );
  }
  return {
    name: definition.name['zh-CN'],
    type: definition.type,
    departmentCode: definition.department.code ?? null,
    departmentName: definition.department.name['zh-CN'],
  };
}

/** Where an item stands, from its newest and its highest active version. */
export function itemStatus(latestVersion: number | null, activeVersion: number | null): ItemStatus {
  if (activeVersion !== null) return 'active';
  return latestVersion === null ? 'draft' : 'retired';
}
