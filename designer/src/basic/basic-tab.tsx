import { CommitmentsSection } from './commitments-section.tsx';
import { ConditionsSection } from './conditions-section.tsx';
import { DepartmentSection } from './department-section.tsx';
import { FaqSection } from './faq-section.tsx';
import { HandlingSection } from './handling-section.tsx';
import { IdentitySection } from './identity-section.tsx';
import { LegalBasisSection } from './legal-basis-section.tsx';
import { ProcessSection } from './process-section.tsx';
import { ResultSection } from './result-section.tsx';
import { useRevealFocus } from './use-reveal-focus.ts';
import './basic.css';

/**
 * 基本信息 — the item's identity, department, legal basis, conditions, process, result, FAQ, handling
 * and commitments: exactly the parts service-item.schema.json defines for them, edited in the store.
 */
export function BasicTab() {
  useRevealFocus('basic');
  return (
    <div className="ow-basic">
      <IdentitySection />
      <DepartmentSection />
      <HandlingSection />
      <LegalBasisSection />
      <ConditionsSection />
      <ProcessSection />
      <ResultSection />
      <FaqSection />
      <CommitmentsSection />
    </div>
  );
}
