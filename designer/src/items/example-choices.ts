import { type LocalizedText, type ServiceItem, schemas } from '@onewindow/schemas';

/**
 * The example items the server can copy (`POST /api/items {fromExample}`): the file names of
 * examples/items (server/src/definitions/example-items.ts). The server has no endpoint listing them,
 * so they are named here; a missing one is a 404 the create dialog reports.
 */
export const EXAMPLE_CHOICES: readonly { name: string; label: LocalizedText }[] = [
  {
    name: 'individual-business-registration',
    label: { 'zh-CN': '个体工商户设立登记', en: 'Individual business registration' },
  },
  { name: 'resident-id-card-renewal', label: { 'zh-CN': '居民身份证换领', en: 'Resident ID card renewal' } },
  {
    name: 'construction-permit',
    label: { 'zh-CN': '建筑工程施工许可证核发', en: 'Construction permit' },
  },
  { name: 'birth-registration', label: { 'zh-CN': '生育登记', en: 'Birth registration' } },
];

const ITEM_SCHEMA = schemas['service-item.schema.json'].properties;

/** The item types (事项类型) of service-item.schema.json, in its order. */
export const ITEM_TYPES = ITEM_SCHEMA.type.enum as readonly ServiceItem['type'][];

/** The pattern of an item code (实施编码), from service-item.schema.json. */
export const ITEM_CODE_PATTERN = new RegExp(ITEM_SCHEMA.code.pattern);
