import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { idInput } from '../../../shared/input';
import type { CatalogueSpec } from '../catalogue/record';

/**
 * The account of the API key (https://developers.invoicexpress.com/docs/versions/2.0.0/resources/accounts,
 * https://invoicexpress.com/api-v2/get-8/, https://invoicexpress.com/api-v2/update-8/): GET
 * /api/accounts/:account-id/get.json and PUT /api/accounts/:account-id/update.json with
 * `{"account": {organization_name, fiscal_id, address, postal_code, city, email}}`. No list of
 * accounts is documented on the current API, so the ID is typed, not picked. The replies of these
 * pages, like the account-creation reply, may carry the account's API key: it is never output.
 */
export const ACCOUNT: CatalogueSpec = {
	resource: 'account',
	path: '/api/accounts',
	element: 'account',
	list: 'accounts',
	noun: 'account',
	id: { name: 'accountId', displayName: 'Account ID', searchListMethod: '', example: '12345' },
	paged: false,
};

export const accountIdField: INodeProperties = {
	displayName: 'Account ID',
	name: 'accountId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '12345',
	description: 'The numeric ID of the account (InvoiceXpress shows it in the account settings)',
};

export function accountIdOf(this: IExecuteFunctions, itemIndex: number): string {
	return idInput(this.getNode(), itemIndex, 'Account ID', this.getNodeParameter('accountId', itemIndex), {
		what: 'an InvoiceXpress account ID',
		hint: 'Give the numeric ID of the account, e.g. 12345.',
	});
}

/** The account for the output, without its API key (a secret, never put in items). */
export function withoutKey(account: IDataObject): IDataObject {
	const out: IDataObject = { ...account };
	delete out.api_key;
	return out;
}
