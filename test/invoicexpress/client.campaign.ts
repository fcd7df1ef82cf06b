// The InvoiceXpress Client operations as the campaigns run them (test/campaign): a case per
// operation (two input items that each succeed on a healthy sandbox, and the request a fault hits
// first) and a bad input per operation (refused before any request).
import type { IDataObject } from 'n8n-workflow';

import type { FixtureItem } from '../harness/testNodes';
import type { OperationCase } from '../campaign/operations';

const byId = '={{ $json.id }}';
const ids = (list: number[]): FixtureItem[] => list.map((id) => ({ json: { id } }));
const two = (a: IDataObject, b: IDataObject) => (): FixtureItem[] => [{ json: a }, { json: b }];

function ixClient(
	operation: string,
	method: OperationCase['method'],
	path: string,
	parameters: Record<string, unknown>,
	input: OperationCase['input'],
	extra: Partial<OperationCase> = {},
): OperationCase {
	return { provider: 'invoicexpress', resource: 'client', operation, method, path, parameters, input, ...extra };
}

export function invoicexpressClientCases(): OperationCase[] {
	return [
		ixClient('create', 'POST', '/clients.json', { name: '={{ $json.name }}', code: '={{ $json.code }}' }, two({ name: 'Campanha Um', code: 'CMP1' }, { name: 'Campanha Dois', code: 'CMP2' })),
		ixClient('findByCode', 'GET', '/clients/find-by-code.json', { code: '={{ $json.code }}' }, two({ code: 'BN01' }, { code: 'CL02' })),
		ixClient('findByName', 'GET', '/clients/find-by-name.json', { name: '={{ $json.name }}' }, two({ name: 'Bruce Norris' }, { name: 'Café Lisboa, Lda' })),
		// The search by code is the request a fault hits first; both items find their client.
		ixClient('findOrCreate', 'GET', '/clients/find-by-code.json', { code: '={{ $json.code }}', name: '={{ $json.name }}' }, two({ code: 'BN01', name: 'Bruce Norris' }, { code: 'CL02', name: 'Café Lisboa, Lda' })),
		ixClient('get', 'GET', '/clients/50', { clientId: byId }, () => ids([501, 502])),
		ixClient('getAll', 'GET', '/clients.json', { returnAll: false, limit: 2 }, two({}, {})),
		// A POST that only reads: sent again like any read.
		ixClient('listInvoices', 'POST', '/invoices.json', { clientId: byId, returnAll: true }, () => ids([501, 502]), { idempotent: true }),
		ixClient('update', 'PUT', '/clients/50', { clientId: byId, updateFields: { city: 'Porto' } }, () => ids([501, 502]), { emptyReply: true }),
	];
}

interface BadInput {
	parameters?: Record<string, unknown>;
	item: FixtureItem;
	message: string;
}

const badId = (id: unknown): BadInput => ({ item: { json: { id } as IDataObject }, message: `Item 0: "Client ID" (${JSON.stringify(id)}) is not an InvoiceXpress client ID` });

/** Per operation (`invoicexpress client <operation>`): a value the node refuses and its message. */
export const INVOICEXPRESS_CLIENT_BAD_INPUTS: Record<string, BadInput> = {
	'invoicexpress client create': { item: { json: { name: 'Nova', code: 'N1', email: 'nova at loja' } }, parameters: { additionalFields: { email: '={{ $json.email ?? "nova@loja.pt" }}' } }, message: 'Item 0: "Email" ("nova at loja") is not an email address' },
	'invoicexpress client findByCode': { item: { json: { code: '  ' } }, message: 'Item 0: "Code" is empty' },
	'invoicexpress client findByName': { item: { json: { name: '' } }, message: 'Item 0: "Name" is empty' },
	'invoicexpress client findOrCreate': { item: { json: { code: 'N1', name: 'Nova', country: 'Germani' } }, parameters: { clientFields: { country: '={{ $json.country ?? "Portugal" }}' } }, message: 'Item 0: "Country" (Germani) is not one InvoiceXpress accepts' },
	'invoicexpress client get': badId('BN01'),
	'invoicexpress client getAll': { item: { json: { limit: 'many' } }, parameters: { limit: '={{ $json.limit ?? 2 }}' }, message: 'Item 0: "Limit" ("many") is not a number' },
	'invoicexpress client listInvoices': badId('CL-02'),
	'invoicexpress client update': badId('501/../502'),
};
