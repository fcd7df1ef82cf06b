// Shared set-up for the InvoiceXpress tests: the node as the subject of a workflow, and the
// sandbox credential in either API flavour.
import { INVOICEXPRESS_DEMO_ACCOUNT, INVOICEXPRESS_DEMO_API_KEY } from '../../sandbox/invoicexpress';
import { subjectWorkflow } from '../harness/engine';
import type { FixtureItem } from '../harness/testNodes';

export const KEY = INVOICEXPRESS_DEMO_API_KEY;

export function credentials(baseUrl: string, flavour: 'current' | 'legacy' = 'current', overrides: Record<string, string> = {}) {
	return {
		invoiceXpressApi: { accountName: INVOICEXPRESS_DEMO_ACCOUNT, apiKey: KEY, flavour, baseUrl, ...overrides },
	};
}

export function ix(operation: string, parameters: Record<string, unknown>, input?: FixtureItem[], continueOnFail = false) {
	return subjectWorkflow(
		{
			type: 'invoiceXpress',
			parameters: { resource: 'invoice', operation, ...parameters } as never,
			credentials: ['invoiceXpressApi'],
			continueOnFail,
		},
		input,
	);
}

/** The request body the sandbox received, as text. */
export function bodyText(request: { body: Buffer }): string {
	return request.body.toString('utf8');
}

/**
 * Each flavour, with the extension of its requests other than Update of an Invoice: the legacy XML
 * API documents only that update (PUT /invoices/:invoice-id.xml), so every other operation uses
 * the current JSON API in both flavours.
 */
export const FLAVOURS = [
	['current', 'json'],
	['legacy', 'json'],
] as const;
