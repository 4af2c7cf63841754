import type { ServiceItem } from '@onewindow/schemas';
import type { AppDeps } from '../deps.ts';
import { ValidationError } from '../errors/index.ts';
import { cleanFileName } from '../files/file-name.ts';
import { fileMisfit, materialFileRules } from '../files/material-file-rules.ts';
import type { CaseAttachment } from '../storage/port.ts';
import type { AttachmentInput } from './attachment-input.ts';

interface Problem {
  path: string;
  message: string;
}

function rulesOrNull(definition: ServiceItem, code: string) {
  return definition.materials.some((m) => m.code === code) ? materialFileRules(definition, code) : null;
}

/**
 * The attachments a request names, as the case records them: each material must be one of the
 * pinned definition's, each file must be in the store (uploaded first), and of a type and size its
 * material takes. Everything wrong is reported at once (422 `ATTACHMENT_INVALID`, one entry per path
 * in `errors`). The same file for the same material twice is kept once.
 */
export async function resolveAttachments(
  deps: AppDeps,
  definition: ServiceItem,
  inputs: readonly AttachmentInput[],
): Promise<CaseAttachment[]> {
  const files = await Promise.all(inputs.map((a) => deps.store.getFileInfo({ sha256: a.sha256 })));
  const problems: Problem[] = [];
  const resolved: CaseAttachment[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, i) => {
    const at = `/attachments/${i}`;
    const rules = rulesOrNull(definition, input.material);
    const file = files[i];
    if (!rules) problems.push({ path: `${at}/material`, message: `There is no material ${input.material}.` });
    if (!file) {
      problems.push({ path: `${at}/sha256`, message: `No file ${input.sha256} was uploaded.` });
      return;
    }
    if (!rules) return;
    const misfit = fileMisfit(rules, file);
    if (misfit) {
      const what = misfit === 'type' ? `a ${file.contentType} file` : `a file of ${file.size} bytes`;
      problems.push({ path: `${at}/sha256`, message: `Material ${input.material} does not take ${what}.` });
      return;
    }
    const key = `${input.material}\n${file.sha256}`;
    if (seen.has(key)) return;
    seen.add(key);
    resolved.push({
      material: input.material,
      sha256: file.sha256,
      name: cleanFileName(input.name, file),
      size: file.size,
      contentType: file.contentType,
    });
  });
  if (problems.length > 0) {
    throw new ValidationError(
      `${problems.length} attachment problem${problems.length === 1 ? '' : 's'}: upload each file first, for a material of this item.`,
      { code: 'ATTACHMENT_INVALID', extensions: { errors: problems } },
    );
  }
  return resolved;
}

/** What the audit log and the timeline keep of attachments: material, address and name. */
export function attachmentRefs(
  attachments: readonly CaseAttachment[],
): { material: string; sha256: string; name: string }[] {
  return attachments.map(({ material, sha256, name }) => ({ material, sha256, name }));
}
