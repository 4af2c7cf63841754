import type { JsonObject } from './json.ts';

/** One entry of the shared data dictionary (共享数据项): the same `x-sharedKey` in every item. */
export interface SharedField {
  /** The `x-sharedKey` (bundles merge fields and materials by it, so it never varies). */
  sharedKey: string;
  /** The key the field gets in a form (made unique in its section if taken). */
  key: string;
  label: { 'zh-CN': string; en: string };
  schema: JsonObject;
  ui: JsonObject;
}

/**
 * The shared data dictionary: name, ID number, phone, address, enterprise name and credit code, with
 * the shared keys the example items already use (`person.*`, `org.*`), so a field added from here is
 * the same field as the examples' and a one-stop bundle merges them.
 */
export const SHARED_FIELDS: readonly SharedField[] = [
  {
    sharedKey: 'person.name',
    key: 'name',
    label: { 'zh-CN': '姓名', en: 'Name' },
    schema: { type: 'string', title: '姓名', minLength: 2, maxLength: 30, 'x-sharedKey': 'person.name' },
    ui: { 'ui:placeholder': '与身份证件一致', 'ui:en': { title: 'Name' } },
  },
  {
    sharedKey: 'person.idNumber',
    key: 'idNumber',
    label: { 'zh-CN': '身份证号码', en: 'ID number' },
    schema: { type: 'string', title: '身份证号码', format: 'cn-id-card', 'x-sharedKey': 'person.idNumber' },
    ui: { 'ui:placeholder': '18位居民身份证号码', 'ui:en': { title: 'ID number' } },
  },
  {
    sharedKey: 'person.mobile',
    key: 'mobile',
    label: { 'zh-CN': '联系电话', en: 'Phone' },
    schema: { type: 'string', title: '联系电话', format: 'cn-mobile', 'x-sharedKey': 'person.mobile' },
    ui: { 'ui:placeholder': '11位手机号码', 'ui:en': { title: 'Phone' } },
  },
  {
    sharedKey: 'person.address',
    key: 'address',
    label: { 'zh-CN': '地址', en: 'Address' },
    schema: {
      type: 'string',
      title: '地址',
      'x-role': 'address',
      minLength: 5,
      maxLength: 200,
      'x-sharedKey': 'person.address',
    },
    ui: {
      'ui:widget': 'textarea',
      'ui:options': { rows: 2 },
      'ui:placeholder': '区＋街道＋路名门牌＋楼栋房号',
      'ui:en': { title: 'Address' },
    },
  },
  {
    sharedKey: 'org.name',
    key: 'orgName',
    label: { 'zh-CN': '企业名称', en: 'Enterprise name' },
    schema: { type: 'string', title: '企业名称', minLength: 4, maxLength: 100, 'x-sharedKey': 'org.name' },
    ui: { 'ui:placeholder': '与营业执照一致', 'ui:en': { title: 'Enterprise name' } },
  },
  {
    sharedKey: 'org.uscc',
    key: 'uscc',
    label: { 'zh-CN': '统一社会信用代码', en: 'Unified social credit code' },
    schema: { type: 'string', title: '统一社会信用代码', format: 'cn-uscc', 'x-sharedKey': 'org.uscc' },
    ui: { 'ui:placeholder': '18位统一社会信用代码', 'ui:en': { title: 'Unified social credit code' } },
  },
];
