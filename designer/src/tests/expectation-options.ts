import { type FormOutline, fieldName, type I18n } from '@onewindow/runtime/app';
import { collectFormFields, type ServiceItem } from '@onewindow/schemas';

/** One choice of an expectation select: the stored value, what the tag shows, and a longer hint. */
export interface Choice {
  value: string;
  label: string;
  title?: string;
}

/** What each expectation can name, taken from the definition being edited. */
export interface ExpectationChoices {
  rules: Choice[];
  warnRules: Choice[];
  materials: Choice[];
  fees: Choice[];
  /** Leaf fields of the form (where a form error can be), by JSON pointer. */
  fields: Choice[];
  /** Destinations of the route rules. */
  routes: Choice[];
}

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

/** The choices of the expectation inputs for `definition`. */
export function expectationChoices(
  definition: ServiceItem,
  outline: FormOutline,
  text: I18n['text'],
): ExpectationChoices {
  const rules = list(definition.rules);
  const ruleChoice = (r: (typeof rules)[number]): Choice => ({
    value: r.id,
    label: r.id,
    title: text(r.event.params.message),
  });
  const routes = new Set(rules.filter((r) => r.event.type === 'route').map((r) => r.event.params.route));
  return {
    rules: rules.map(ruleChoice),
    warnRules: rules.filter((r) => r.event.type === 'warn').map(ruleChoice),
    materials: list(definition.materials).map((m) => ({ value: m.code, label: text(m.name), title: m.code })),
    fees: list(definition.fees).map((f) => ({ value: f.code, label: text(f.name), title: f.code })),
    fields: collectFormFields(definition.form?.schema)
      .filter((f) => !f.pointer.includes('*') && f.schema.type !== 'object')
      .map((f) => ({ value: f.pointer, label: fieldName(outline, f.pointer), title: f.pointer })),
    routes: [...routes]
      .filter((to): to is string => typeof to === 'string')
      .map((to) => ({ value: to, label: to })),
  };
}
