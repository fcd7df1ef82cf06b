import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { additionalClientFields, codeField, nameField, simplifyField } from './common.descriptions';
import type { ClientFields } from './helpers';
import { clientBody, createClient, outputClient, requiredText } from './helpers';

const properties: INodeProperties[] = [
	nameField,
	codeField,
	additionalClientFields('additionalFields', 'Additional Fields'),
	simplifyField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['create'] } }, properties);

/** POST /clients.json with `{"client": {…}}`; InvoiceXpress answers 201 with the client. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as ClientFields;
	const body = clientBody(this.getNode(), itemIndex, {
		...fields,
		name: requiredText(this.getNode(), itemIndex, 'Name', this.getNodeParameter('name', itemIndex), 'Give the client’s name.'),
		code: this.getNodeParameter('code', itemIndex),
	});
	const client = await createClient.call(this, itemIndex, body);
	return [{ json: outputClient.call(this, itemIndex, client) }];
}
