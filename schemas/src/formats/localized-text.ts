/** The languages OneWindow shows messages in: Simplified Chinese first, English second. */
export type Locale = 'zh-CN' | 'en';

/** A message written once per locale, by a person, for a person. */
export type BilingualText = Readonly<Record<Locale, string>>;
