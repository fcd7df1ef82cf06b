import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { locatorValue } from '../../../shared/descriptions';
import { textInput } from '../../../shared/input';
import { billomatId, recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { clientField, propertyField } from './common.descriptions';

const properties: INodeProperties[] = [
	clientField,
	propertyField,
	{
		displayName: 'Value',
		name: 'value',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Vertrieb',
		description: 'The value; for a checkbox property 1 (ticked) or 0',
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['clientPropertyValue'], operation: ['set'] } }, properties);

/** POST /client-property-values {client_id, client_property_id, value}: Billomat answers with the value record. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const clientId = billomatId(node, itemIndex, locatorValue(this, 'clientId', itemIndex), 'Client ID');
	const propertyId = billomatId(node, itemIndex, locatorValue(this, 'clientPropertyId', itemIndex), 'Client Property ID');
	const raw = this.getNodeParameter('value', itemIndex);
	const value = textInput(node, itemIndex, 'Value', typeof raw === 'boolean' ? (raw ? '1' : '0') : raw) ?? '';
	const reply = await apiRequest.call(this, {
		method: 'POST',
		path: '/client-property-values',
		body: { 'client-property-value': { client_id: clientId, client_property_id: propertyId, value } },
		shape: recordShape('client-property-value'),
		...requestOptions.call(this, itemIndex),
	});
	return [{ json: unwrapRecord(reply, 'client-property-value') }];
}
