import { cnIdCardCheckChar } from '@onewindow/schemas';

/** A valid resident ID number for a region (6 digits), a birth date (YYYY-MM-DD) and a 3-digit sequence. */
export function idNumber(region: string, birthDate: string, sequence: string): string {
  const body = `${region}${birthDate.replace(/-/g, '')}${sequence}`;
  return body + cnIdCardCheckChar(body);
}
