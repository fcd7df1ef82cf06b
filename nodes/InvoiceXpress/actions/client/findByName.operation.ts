import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { nameField, simplifyField } from './common.descriptions';
import { explainingNotFound, outputClient, requiredText, searchClients } from './helpers';

const properties: INodeProperties[] = [
	{ ...nameField, description: 'The client’s name' },
	simplifyField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['findByName'] } }, properties);

/**
 * GET /clients/find-by-name.json?client_name=…: one item per client of the reply, which is read
 * both ways, one client (`{"client": {…}}`) or a list (`{"clients": […]}`); a 404 (no client of
 * that name) fails the item with that sentence.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const name = requiredText(this.getNode(), itemIndex, 'Name', this.getNodeParameter('name', itemIndex), 'Give the name of the client to find.');
	const clients = await explainingNotFound.call(
		this,
		itemIndex,
		async () => await searchClients.call(this, itemIndex, 'name', name),
		'Check the name, or use Find or Create to create the client when it is missing.',
	);
	return (clients as IDataObject[]).map((client) => ({ json: outputClient.call(this, itemIndex, client) }));
}
