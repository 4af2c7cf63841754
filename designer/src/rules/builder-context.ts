import { createContext, useContext } from 'react';
import type { FactChoice } from './fact-choices.ts';

/** What every node of the condition builder needs: the fact picker's entries and the highlight. */
export interface BuilderContextValue {
  choices: readonly FactChoice[];
  /** The entry of a fact and path (either way of writing the path), or undefined. */
  choiceOf(fact: string, path: string | undefined): FactChoice | undefined;
  /** The pointer a lint finding or link asked to show, or null. */
  highlight: string | null;
}

export const BuilderContext = createContext<BuilderContextValue>({
  choices: [],
  choiceOf: () => undefined,
  highlight: null,
});

/** The builder's shared context (see {@link BuilderContextValue}). */
export function useBuilder(): BuilderContextValue {
  return useContext(BuilderContext);
}
