import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { timeoutOf } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { apiPathInput, jsonObjectInput, textInput } from '../../../shared/input';
import { CUSTOM_API_CALL } from '../../../shared/router';
import { authentication } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';

/**
 * "Custom API Call": n8n adds the option to Resource and Operation because the Shopwave OAuth2
 * credential can be used by its HTTP Request node, and says so above the fields. Chosen here, the
 * node makes the call itself: any documented Shopwave path, with the credential, the API version
 * header, retries, rate-limit handling and Shopwave's error messages of every other operation.
 */
const BODY_EXAMPLE = '{"invoices": {"item0": {"storeId": 1001}}}';

const properties: INodeProperties[] = [
	{
		displayName: 'The call goes to the credential’s Shopwave address with its authentication. Filters and IDs travel as headers, as Shopwave documents.',
		name: 'customApiCallNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		options: [
			{ name: 'DELETE', value: 'DELETE' },
			{ name: 'GET', value: 'GET' },
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
		],
		default: 'GET',
	},
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		default: '',
		required: true,
		placeholder: '/invoice',
		description: 'The path after the API address (https://api.merchantstack.com), starting with "/"',
	},
	{
		displayName: 'Headers',
		name: 'headers',
		type: 'fixedCollection',
		placeholder: 'Add Header',
		default: {},
		typeOptions: { multipleValues: true },
		description: 'Shopwave takes filters and record IDs as headers, e.g. invoiceId or storeIds',
		options: [
			{
				displayName: 'Header',
				name: 'header',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'invoiceId' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Query Parameters',
		name: 'queryParameters',
		type: 'fixedCollection',
		placeholder: 'Add Parameter',
		default: {},
		typeOptions: { multipleValues: true },
		options: [
			{
				displayName: 'Parameter',
				name: 'parameter',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Body (JSON)',
		name: 'body',
		type: 'json',
		default: '{}',
		displayOptions: { show: { method: ['POST', 'PUT'] } },
		description: `A JSON object, e.g. ${BODY_EXAMPLE}`,
	},
	optionsCollection(),
];

/** Shown for "Custom API Call" as the resource, and as the operation of any other resource. */
export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [CUSTOM_API_CALL] } }, properties),
	...updateDisplayOptions({ show: { operation: [CUSTOM_API_CALL] }, hide: { resource: [CUSTOM_API_CALL] } }, properties),
];

/** The name/value rows of a Headers or Query Parameters field; a row without a name is refused. */
function pairs(this: IExecuteFunctions, itemIndex: number, parameter: string, row: string, label: string): Record<string, string> {
	const rows = ((this.getNodeParameter(parameter, itemIndex, {}) as Record<string, Array<{ name?: unknown; value?: unknown }>>)[row] ?? []);
	const out: Record<string, string> = {};
	rows.forEach((entry, n) => {
		const name = textInput(this.getNode(), itemIndex, { within: `${label} ${n + 1}`, name: 'Name' }, entry.name);
		if (!name) {
			throw inputError(this.getNode(), itemIndex, `${label} ${n + 1} has no name`, `Give the ${label.toLowerCase()}’s name, or remove it.`);
		}
		out[name] = textInput(this.getNode(), itemIndex, { within: `${label} ${n + 1}`, name: 'Value' }, entry.value) ?? '';
	});
	return out;
}

/** One call per input item; its reply (Shopwave's objects and `api` envelope) is the output item. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const method = this.getNodeParameter('method', itemIndex, 'GET') as IHttpRequestMethods;
	const path = apiPathInput(node, itemIndex, 'Path', this.getNodeParameter('path', itemIndex, ''), '/invoice');
	const headers = pairs.call(this, itemIndex, 'headers', 'header', 'Header');
	const qs = pairs.call(this, itemIndex, 'queryParameters', 'parameter', 'Query Parameter');
	const body =
		method === 'POST' || method === 'PUT'
			? jsonObjectInput(node, itemIndex, 'Body (JSON)', this.getNodeParameter('body', itemIndex, '{}'), BODY_EXAMPLE)
			: undefined;
	const options = this.getNodeParameter('options', itemIndex, {}) as { apiVersion?: string };
	const reply = await apiRequest.call(this, {
		method,
		path,
		authentication: authentication(this),
		apiVersion: options.apiVersion,
		headers,
		qs: Object.keys(qs).length ? qs : undefined,
		body: body as IDataObject | undefined,
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
	});
	return [{ json: reply as IDataObject }];
}
