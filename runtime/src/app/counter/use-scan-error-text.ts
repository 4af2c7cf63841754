import { isApiError } from '../shared/api/api-error.ts';
import { useErrorText } from '../shared/api/error-alert.tsx';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { formatSize, typeLabels } from './scan-types.ts';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * Why an upload failed, in the clerk's language: the server's refusals by their code (the content is
 * not an accepted type, contradicts the declared one, or is too large or empty), anything else as the
 * API's usual error text.
 */
export function useScanErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  const apiText = useErrorText();
  return (error) => {
    if (!isApiError(error)) return String(error);
    const p = error.problem;
    const detected = typeof p.detected === 'string' ? typeLabels([p.detected]) : '?';
    switch (error.code) {
      case 'FILE_TYPE_UNKNOWN':
        return t('scan.typeUnknown', { types: typeLabels(strings(p.accepted)) });
      case 'FILE_TYPE_MISMATCH':
        return t('scan.typeMismatch', { detected, declared: String(p.declared ?? '') });
      case 'FILE_TYPE_NOT_ACCEPTED':
        return t('scan.typeNotAccepted', { types: typeLabels(strings(p.accepted)), detected });
      case 'FILE_TOO_LARGE':
        return t('scan.tooLarge', { size: typeof p.limit === 'number' ? formatSize(p.limit) : '?' });
      case 'EMPTY_FILE':
        return t('scan.empty');
      default:
        return apiText(error);
    }
  };
}
