// Throwaway: prints valid (fictional) resident ID numbers and USCCs for the example items.
// Usage: npx tsx examples/scripts/make-ids.ts region:yyyymmdd:seq ... | uscc:BODY17 ...
import { cnIdCardCheckChar } from '../../schemas/src/formats/cn-id-card.ts';
import { cnUsccCheckChar } from '../../schemas/src/formats/cn-uscc.ts';

for (const arg of process.argv.slice(2)) {
  const [kind, ...rest] = arg.split(':');
  if (kind === 'uscc') {
    console.log(arg, rest[0] + cnUsccCheckChar(rest[0]));
  } else {
    const body = `${kind}${rest[0]}${rest[1]}`;
    console.log(arg, body + cnIdCardCheckChar(body));
  }
}
