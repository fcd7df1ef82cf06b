import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { codeField, simplifyField } from './common.descriptions';
import { explainingNotFound, outputClient, requiredText, searchClients } from './helpers';

const properties: INodeProperties[] = [
	{ ...codeField, description: 'The client’s code, exactly as it was given to the client' },
	simplifyField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['findByCode'] } }, properties);

/** GET /clients/find-by-code.json?client_code=…; a 404 (no client has it) fails the item with that sentence. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const code = requiredText(this.getNode(), itemIndex, 'Code', this.getNodeParameter('code', itemIndex), 'Give the code of the client to find.');
	const clients = await explainingNotFound.call(
		this,
		itemIndex,
		async () => await searchClients.call(this, itemIndex, 'code', code),
		'Check the code (letter case counts), or use Find or Create to create the client when it is missing.',
	);
	return (clients as IDataObject[]).map((client) => ({ json: outputClient.call(this, itemIndex, client) }));
}
