import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { dateInput } from '../../../shared/dates';
import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { numberInput } from '../../../shared/input';
import type { ReplyShape } from '../../../shared/provider';
import { isJsonObject } from '../../../shared/provider';
import { documentOf } from '../../transport';
import { clientIdLocator } from '../client/common.descriptions';
import { clientIdOf, clientRequest, UNKNOWN_CLIENT_HINT } from '../client/helpers';
import { RESOURCE, TREASURY_DATE } from './common.descriptions';

const properties: INodeProperties[] = [
	clientIdLocator,
	{
		displayName: 'Value',
		name: 'value',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		required: true,
		description: 'The client’s balance before the movements InvoiceXpress records, e.g. 123.45',
	},
	{
		displayName: 'Date',
		name: 'date',
		type: 'dateTime',
		typeOptions: { dateOnly: true },
		default: '',
		description: 'The day of the initial balance; sent as yyyy-mm-dd. Left empty, no date is sent.',
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['updateInitialBalance'] } }, properties);

/** The page shows no reply: the balance (`{"initial_balance": {…}}` or itself), or an empty one. */
const BALANCE_OR_EMPTY: ReplyShape = {
	expected: 'an empty reply or the initial balance ({"initial_balance": {…}})',
	matches: (body) => body === undefined || body === '' || isJsonObject(body),
};

/**
 * PUT /api/v3/clients/{client_id}/initial_balance.json with `{"initial_balance": {value, date}}`
 * (https://2023.invoicexpress.com/api-v2/update-client-initial-balance/, example 123.45 and
 * "2023-05-19"). Setting the same value again is harmless, so a lost reply may be retried (PUT).
 * Output: what InvoiceXpress sent back, or, for an empty reply, what was set with `updated: true`.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const id = clientIdOf.call(this, itemIndex);
	const value = numberInput(node, itemIndex, 'Value', this.getNodeParameter('value', itemIndex));
	if (value === undefined) throw inputError(node, itemIndex, '"Value" is empty', 'Give the client’s initial balance, e.g. 123.45.');
	const balance: IDataObject = { value };
	const date = dateInput(node, itemIndex, 'Date', this.getNodeParameter('date', itemIndex, ''), TREASURY_DATE);
	if (date !== undefined) balance.date = date;
	const reply = await clientRequest.call(
		this,
		{
			method: 'PUT',
			path: `/api/v3/clients/${id}/initial_balance`,
			body: { root: 'initial_balance', value: balance },
			shape: BALANCE_OR_EMPTY,
			itemIndex,
			timeout: timeoutOf(this, itemIndex),
		},
		UNKNOWN_CLIENT_HINT,
	);
	const record = documentOf(reply) ?? (isJsonObject(reply) && Object.keys(reply).length > 0 ? reply : undefined);
	return [{ json: record ? { client_id: Number(id), ...record } : { client_id: Number(id), initial_balance: balance, updated: true } }];
}
