import type { ServiceItem } from '@onewindow/schemas';
import { type CompiledItem, compile, EngineDefinitionError } from '../engine/index.ts';
import { CliError } from './cli-error.ts';
import { readJson } from './read-json.ts';

/** Reads and compiles a definition; a definition the engine refuses becomes one clear line. */
export function loadDefinition(file: string): CompiledItem {
  const definition = readJson(file);
  try {
    // compile validates against the service-item schema itself and throws EngineDefinitionError.
    return compile(definition as ServiceItem);
  } catch (error) {
    if (error instanceof EngineDefinitionError) {
      throw new CliError(
        `${file}: not a valid service item (${error.message}); run \`onewindow lint ${file}\``,
        1,
      );
    }
    throw error;
  }
}
