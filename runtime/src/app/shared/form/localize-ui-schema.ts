import type { Locale } from '@onewindow/schemas';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `ui:en` keys holding one text, and the uiSchema key rjsf reads it from. */
const TEXTS = [
  ['title', 'ui:title'],
  ['description', 'ui:description'],
  ['help', 'ui:help'],
  ['placeholder', 'ui:placeholder'],
] as const;

/**
 * The node with its `ui:en` texts in the places rjsf reads (`ui:title`, `ui:description`, `ui:help`,
 * `ui:placeholder`, `ui:enumNames`), or the node itself. A text without an English version keeps
 * the Chinese one.
 */
function englishNode(node: Json): Json {
  const en = node['ui:en'];
  if (!isObject(en)) return node;
  const out: Json = { ...node };
  for (const [from, to] of TEXTS) {
    const text = en[from];
    if (typeof text === 'string' && text !== '') out[to] = text;
  }
  if (Array.isArray(en.enumNames)) {
    // An option without an English label keeps its Chinese one (the designer stores '' for it).
    const zh = Array.isArray(node['ui:enumNames']) ? node['ui:enumNames'] : [];
    out['ui:enumNames'] = en.enumNames.map((name, i) =>
      typeof name === 'string' && name !== '' ? name : (zh[i] ?? ''),
    );
  }
  return out;
}

function english(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(english);
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  if (!isObject(value)) return value;
  let out = englishNode(value);
  for (const [key, child] of Object.entries(value)) {
    // `ui:*` keys are options of this node; the others are the nodes of its properties (and `items`).
    if (key.startsWith('ui:')) continue;
    const next = english(child);
    if (next !== child) {
      if (out === value) out = { ...value };
      out[key] = next;
    }
  }
  return out;
}

/**
 * The uiSchema as the form shows it in `locale`. The designer keeps a field's English texts in its
 * uiSchema node as `"ui:en": { title, enumNames }` (the schema's own `title` and `ui:enumNames` are
 * the zh-CN ones); in English they take the place of those. zh-CN, and a uiSchema without English
 * texts, come back as the very same object.
 */
export function localizeUiSchema<T extends object | undefined>(uiSchema: T, locale: Locale): T {
  return locale === 'en' ? (english(uiSchema) as T) : uiSchema;
}
