// Shared set-up for the InvoiceXpress client tests: the node on the Client resource, the request
// bodies the sandbox received, and the client records the sandbox outputs.
import type { RecordedRequest } from '../../sandbox/framework';
import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { subjectWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import type { FixtureItem } from '../harness/testNodes';

export { credentials, KEY } from './common';

export function ixClientSandbox() {
	return useSandbox(() => new InvoiceXpressSandbox());
}

/** The node on the Client resource, as the subject of a workflow. */
export function client(operation: string, parameters: Record<string, unknown>, input?: FixtureItem[], continueOnFail = false) {
	return subjectWorkflow(
		{
			type: 'invoiceXpress',
			parameters: { resource: 'client', operation, ...parameters } as never,
			credentials: ['invoiceXpressApi'],
			continueOnFail,
		},
		input,
	);
}

/** The JSON body a request carried. */
export function jsonBody(request: RecordedRequest): unknown {
	return JSON.parse(request.body.toString('utf8'));
}

/** Method, path and query (api_key left out) of what the sandbox received. */
export function requests(list: RecordedRequest[]): Array<[string, string, Record<string, string | string[]>]> {
	return list.map((r) => {
		const { api_key: _key, ...query } = r.query;
		return [r.method, r.path, query];
	});
}

/** A picked client: the resource locator's value as the editor saves it. */
export const picked = (id: number | string, mode: 'list' | 'id' = 'list') => ({ __rl: true, mode, value: String(id) });

/** Bruce Norris (501) as the sandbox sends him: the seed's fields, the rest empty. */
export const BRUCE_RAW = {
	id: 501,
	name: 'Bruce Norris',
	code: 'BN01',
	email: 'foo@bar.com',
	language: 'pt',
	address: null,
	city: null,
	postal_code: null,
	country: 'Germany',
	fiscal_id: '12',
	website: null,
	phone: null,
	fax: null,
	preferred_contact: { name: null, email: null, phone: null },
	observations: null,
	open_account_link: 'https://www.app.invoicexpress.com/suppliers/4b6ef78f6e56d47b641e9631f7fd84679e35f408',
	send_options: '1',
	payment_days: '0',
	tax_exemption_code: null,
};

/** Bruce Norris simplified: the ten fields a workflow needs. */
export const BRUCE = {
	id: 501,
	name: 'Bruce Norris',
	code: 'BN01',
	email: 'foo@bar.com',
	phone: null,
	fiscal_id: '12',
	address: null,
	postal_code: null,
	city: null,
	country: 'Germany',
};
