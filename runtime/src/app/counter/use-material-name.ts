import type { Material } from '@onewindow/schemas';
import { useI18n } from '../shared/i18n/i18n-context.tsx';

/** A material's name in the current language by its code (the code itself until the definition is loaded). */
export function useMaterialName(materials: readonly Material[] | undefined): (code: string) => string {
  const { text } = useI18n();
  return (code) => {
    const material = materials?.find((m) => m.code === code);
    return material ? text(material.name) : code;
  };
}
