import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { dateInput } from '../../../shared/dates';
import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { numberInput, shown, textInput } from '../../../shared/input';
import type { ReplyShape } from '../../../shared/provider';
import { isJsonObject } from '../../../shared/provider';
import { documentOf } from '../../transport';
import { PAYMENT_MECHANISM_CODES, PAYMENT_MECHANISMS } from '../../values/documents';
import { clientIdLocator } from '../client/common.descriptions';
import { clientIdOf, clientRequest, UNKNOWN_CLIENT_HINT } from '../client/helpers';
import { MOVEMENT_TYPES, RESOURCE, TREASURY_DATE } from './common.descriptions';

const properties: INodeProperties[] = [
	clientIdLocator,
	{
		displayName: 'Value',
		name: 'value',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		required: true,
		description: 'The amount of the movement, e.g. 123.45',
	},
	{
		displayName: 'Movement Type',
		name: 'movementType',
		type: 'options',
		options: MOVEMENT_TYPES,
		default: 'Reimbursement',
		required: true,
		description: 'The kind of movement. The create page names only Reimbursement; another type of the account can be given as an expression.',
	},
	{
		displayName: 'Payment Method',
		name: 'paymentMethod',
		type: 'options',
		options: PAYMENT_MECHANISMS,
		default: 'MB',
		required: true,
		description: 'How the money moved (the SAF-T payment mechanism code)',
	},
	{
		displayName: 'Date',
		name: 'date',
		type: 'dateTime',
		typeOptions: { dateOnly: true },
		default: '',
		description: 'The day of the movement; sent as yyyy-mm-dd. Left empty, no date is sent.',
	},
	{
		displayName: 'Serie',
		name: 'serie',
		type: 'string',
		default: '',
		placeholder: '2023',
		description: 'The series of the movement, e.g. 2023. Left empty, none is sent.',
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['createMovement'] } }, properties);

/** The create page shows no reply: a JSON object (`{"treasury_movement": {…}}` or the movement itself) or an empty one are accepted. */
const MOVEMENT_OR_EMPTY: ReplyShape = {
	expected: 'an empty reply or a treasury movement ({"treasury_movement": {…}})',
	matches: (body) => body === undefined || body === '' || isJsonObject(body),
};

/**
 * POST /api/v3/clients/{client_id}/treasury_movements.json with `{"treasury_movement": {…}}`. A
 * write: never repeated after a failure that may have reached InvoiceXpress (POST). Output: the
 * movement InvoiceXpress sent back, or, for an empty reply, what was sent with `created: true`.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const id = clientIdOf.call(this, itemIndex);
	const value = numberInput(node, itemIndex, 'Value', this.getNodeParameter('value', itemIndex));
	if (value === undefined) throw inputError(node, itemIndex, '"Value" is empty', 'Give the amount of the movement, e.g. 123.45.');
	const movementType = textInput(node, itemIndex, 'Movement Type', this.getNodeParameter('movementType', itemIndex), { required: true });
	const paymentMethod = String(this.getNodeParameter('paymentMethod', itemIndex) ?? '').trim();
	if (!PAYMENT_MECHANISM_CODES.includes(paymentMethod)) {
		throw inputError(node, itemIndex, `"Payment Method" (${shown(paymentMethod)}) is not a payment method InvoiceXpress knows`, `Give one of ${PAYMENT_MECHANISM_CODES.join(', ')}.`);
	}
	const movement: IDataObject = { value, movement_type: movementType, payment_method: paymentMethod };
	const date = dateInput(node, itemIndex, 'Date', this.getNodeParameter('date', itemIndex, ''), TREASURY_DATE);
	if (date !== undefined) movement.date = date;
	const serie = textInput(node, itemIndex, 'Serie', this.getNodeParameter('serie', itemIndex, ''));
	if (serie) movement.serie = serie;
	const reply = await clientRequest.call(
		this,
		{
			method: 'POST',
			path: `/api/v3/clients/${id}/treasury_movements`,
			body: { root: 'treasury_movement', value: movement },
			shape: MOVEMENT_OR_EMPTY,
			itemIndex,
			timeout: timeoutOf(this, itemIndex),
		},
		UNKNOWN_CLIENT_HINT,
	);
	const record = documentOf(reply) ?? (isJsonObject(reply) && Object.keys(reply).length > 0 ? reply : undefined);
	return [{ json: record ? { client_id: Number(id), ...record } : { client_id: Number(id), ...movement, created: true } }];
}
