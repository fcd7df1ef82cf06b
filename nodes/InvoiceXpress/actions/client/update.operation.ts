import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { clientFieldOptions, clientIdLocator, codeField, nameField, simplifyField } from './common.descriptions';
import type { ClientFields } from './helpers';
import { CLIENT_OR_EMPTY, clientBody, clientIdOf, clientRequest, UNKNOWN_CLIENT_HINT, outputClient, requestOf } from './helpers';

const optional = (field: INodeProperties): INodeProperties => ({ ...field, required: false });

const properties: INodeProperties[] = [
	clientIdLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...clientFieldOptions, optional(codeField), optional(nameField)].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
	simplifyField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['update'] } }, properties);

/**
 * PUT /clients/{id}.json with the fields given in `{"client": {…}}`. InvoiceXpress answers 200
 * with an empty body (then the item says what was done) or with the client.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = clientIdOf.call(this, itemIndex);
	const body = clientBody(this.getNode(), itemIndex, this.getNodeParameter('updateFields', itemIndex, {}) as ClientFields);
	if (Object.keys(body).length === 0) {
		throw inputError(this.getNode(), itemIndex, 'no field to update was given', 'Add at least one field under "Update Fields".');
	}
	const reply = await clientRequest.call(this, {
		method: 'PUT',
		path: `/clients/${id}`,
		body: { root: 'client', value: body },
		notFound: `Client ${id} is unknown`,
		shape: CLIENT_OR_EMPTY,
		...requestOf.call(this, itemIndex),
	}, UNKNOWN_CLIENT_HINT);
	const client = (reply as IDataObject | undefined)?.client as IDataObject | undefined;
	return [{ json: client ? outputClient.call(this, itemIndex, client) : { id: Number(id), updated: true } }];
}
