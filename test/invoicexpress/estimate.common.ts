// Shared set-up of the Estimate and Guide tests: the node as the subject of a workflow with one of
// those resources (the Invoice tests' `ix` is for the invoice resource).
import { subjectWorkflow } from '../harness/engine';
import type { FixtureItem } from '../harness/testNodes';

export function ixOf(resource: 'estimate' | 'guide') {
	return (operation: string, parameters: Record<string, unknown>, input?: FixtureItem[], continueOnFail = false) =>
		subjectWorkflow(
			{
				type: 'invoiceXpress',
				parameters: { resource, operation, ...parameters } as never,
				credentials: ['invoiceXpressApi'],
				continueOnFail,
			},
			input,
		);
}

export const estimate = ixOf('estimate');
export const guide = ixOf('guide');
