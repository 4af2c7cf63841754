import { CliError } from './cli-error.ts';
import { pickLocale } from './locale.ts';

const USAGE = `onewindow — 一窗通 command line

  onewindow lint <definition.json>...                 schema and semantic findings (exit 1 on errors)
  onewindow check <definition.json> <case.json> [--today YYYY-MM-DD]
                                                      print the CheckResult JSON
  onewindow test <file-or-dir>...                     run every definition's embedded tests
  onewindow deadline --accepted YYYY-MM-DD --limit <amount><workday|day|hour>
           [--pause S:R]... [--extend N]... [--today YYYY-MM-DD] [--calendar <dir>]

  --lang en|zh-CN   language of messages (default zh-CN)`;

/** Runs one command line; returns the exit code. Errors the user can fix print as one line. */
export async function main(argv: string[]): Promise<number> {
  const langAt = argv.indexOf('--lang');
  const locale = pickLocale(langAt >= 0 ? argv[langAt + 1] : undefined);
  const args = langAt >= 0 ? argv.filter((_, i) => i !== langAt && i !== langAt + 1) : argv;
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'lint':
        if (rest.length === 0) throw new CliError('lint: usage: onewindow lint <definition.json>...');
        return (await import('./lint-command.ts')).lintCommand(rest, locale);
      case 'check':
        return (await import('./check-command.ts')).checkCommand(rest);
      case 'test':
        return (await import('./test-command.ts')).testCommand(rest, locale);
      case 'deadline':
        return (await import('./deadline-command.ts')).deadlineCommand(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`unknown command "${command}"; run \`onewindow help\``);
    }
  } catch (error) {
    console.error(`onewindow: ${describe(error)}`);
    return error instanceof CliError ? error.exitCode : 2;
  }
}

function describe(error: unknown): string {
  if (error instanceof CliError) return error.message;
  // parseArgs and the clock raise errors with a code and a readable message; show the message only.
  if (error instanceof Error && 'code' in error) return error.message;
  return error instanceof Error ? `unexpected error: ${error.message}` : String(error);
}
