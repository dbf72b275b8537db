import { createContext, useContext } from 'react';
import type { Template } from '../../../shared/template';

/** What the editor's nodes need to know about the document they are in. */
export interface Brief {
  documentId: string;
  template: Template;
}

export const BriefContext = createContext<Brief | null>(null);

export function useBrief(): Brief {
  const brief = useContext(BriefContext);
  if (!brief) throw new Error('Briefing nodes need a <BriefContext> above the editor.');
  return brief;
}
