import axe from 'axe-core';

/** One axe violation, reduced to what a failing assertion should print. */
export interface AxeFinding {
  rule: string;
  targets: string[];
  summary: string;
}

/** Runs axe over an element; returns its violations and the ids of the rules that passed or could not decide. */
export async function runAxe(
  element: Element,
): Promise<{ violations: AxeFinding[]; passed: string[]; incomplete: string[] }> {
  const results = await axe.run(element, { resultTypes: ['violations', 'passes', 'incomplete'] });
  return {
    violations: results.violations.flatMap((violation) =>
      violation.nodes.map((node) => ({
        rule: violation.id,
        targets: node.target.map(String),
        summary: node.failureSummary ?? '',
      })),
    ),
    passed: results.passes.map((pass) => pass.id),
    incomplete: results.incomplete.map((item) => item.id),
  };
}
