// axe-core in the page, and Chromium's own accessibility tree, for the
// accessibility journeys.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO } from './server';

const AXE_SOURCE = readFileSync(join(REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/**
 * Runs axe-core on the page as it is now. Its source is evaluated through the
 * DevTools protocol, which the page's CSP does not govern (a script tag would be refused).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((results) =>
    results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), html: node.html, summary: node.failureSummary || '' })),
    })))`)) as AxeViolation[];
}

/** The serious and critical violations, told as a person fixing them needs them. */
export function describeSerious(violations: AxeViolation[]): string[] {
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) =>
      [`${violation.impact}: ${violation.id} (${violation.help})`, ...violation.nodes.map((node) => `  at ${node.target}: ${node.html.slice(0, 160)}\n    ${node.summary.replace(/\n/g, ' ')}`)].join('\n'),
    );
}

export interface AxNode {
  role: string;
  name: string;
  /** The element's HTML, cut short, to find it. */
  html: string;
}

interface RawAxNode {
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
}

/** Every node of Chromium's accessibility tree with the given role (as a screen reader meets them). */
export async function accessibilityNodes(page: Page, roles: string[]): Promise<AxNode[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: RawAxNode[] };
    const wanted = nodes.filter((node) => !node.ignored && roles.includes(node.role?.value ?? ''));
    return Promise.all(
      wanted.map(async (node) => {
        let html = '';
        if (node.backendDOMNodeId !== undefined) {
          const { outerHTML } = (await session.send('DOM.getOuterHTML', { backendNodeId: node.backendDOMNodeId })) as { outerHTML: string };
          html = outerHTML.slice(0, 160);
        }
        return { role: node.role?.value ?? '', name: (node.name?.value ?? '').trim(), html };
      }),
    );
  } finally {
    await session.detach();
  }
}
