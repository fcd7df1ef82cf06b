import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { nodeError } from '../../../shared/errors';
import { textInput } from '../../../shared/input';
import { lastSettledRequest } from '../../../shared/provider';
import { additionalClientFields, codeField, nameField, simplifyField } from './common.descriptions';
import type { ClientFields } from './helpers';
import { clientBody, createClient, findByCode, findByName, outputClient, requiredText, sameName } from './helpers';

const properties: INodeProperties[] = [
	{
		...codeField,
		required: false,
		description: 'Looked up first (Find by Code); a new client gets it. Leave empty to find by name only.',
	},
	{ ...nameField, description: 'Looked up when no client has the code (Find by Name, the same name with case ignored); a new client gets it' },
	additionalClientFields(
		'clientFields',
		'Fields for a New Client',
		'Used only when no client is found: the new client’s other fields (the code and name above are added)',
	),
	simplifyField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['findOrCreate'] } }, properties);

type FoundBy = 'code' | 'name';

/**
 * Find by Code (GET /clients/find-by-code.json), else Find by Name (GET
 * /clients/find-by-name.json, only a client of exactly that name counts: the search may match
 * parts of names), else Create (POST /clients.json). The item is the client with `found`,
 * `created` and `foundBy`. A search that fails (not a 404) fails the item: nothing is created on
 * a search whose reply was lost. The create is sent once; when its reply is lost (no reply, a
 * 5xx, a cut-off reply) the client is looked up again before the item fails, and one found is
 * the one created (`confirmedAfterLostReply`).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const code = textInput(node, itemIndex, 'Code', this.getNodeParameter('code', itemIndex, ''), { xml: true })?.trim() || undefined;
	const name = requiredText(node, itemIndex, 'Name', this.getNodeParameter('name', itemIndex), 'Give the client’s name: it is looked up, and a new client gets it.');
	// The new client's fields are checked before any search, so bad input sends nothing.
	const fields = this.getNodeParameter('clientFields', itemIndex, {}) as ClientFields;
	const newClient = clientBody(node, itemIndex, { ...fields, name, code });
	const item = (client: IDataObject, outcome: { created: boolean; foundBy: FoundBy | null }, extra: IDataObject = {}) => [
		{ json: { ...outputClient.call(this, itemIndex, client), found: !outcome.created, ...outcome, ...extra } },
	];
	const lookUp = async (): Promise<[IDataObject, FoundBy] | undefined> => {
		if (code) {
			const byCode = await findByCode.call(this, itemIndex, code);
			if (byCode) return [byCode, 'code'];
		}
		const byName = (await findByName.call(this, itemIndex, name)).find((client) => sameName(client.name, name));
		return byName ? [byName, 'name'] : undefined;
	};

	const found = await lookUp();
	if (found) return item(found[0], { created: false, foundBy: found[1] });

	try {
		return item(await createClient.call(this, itemIndex, newClient), { created: true, foundBy: null });
	} catch (error) {
		// A refusal (4xx) is InvoiceXpress's answer: nothing was created.
		const settled = lastSettledRequest.call(this, itemIndex);
		const failed = nodeError(node, error, itemIndex);
		if (settled?.method === 'POST' && settled.statusCode >= 400 && settled.statusCode < 500) throw failed;
		// Otherwise the create may have been carried out with its reply lost: look before failing.
		let created: [IDataObject, FoundBy] | undefined;
		let seen: string;
		try {
			created = await lookUp();
			seen = 'found no such client: the create did not reach InvoiceXpress';
		} catch (lookUpError) {
			seen = `failed (${lookUpError instanceof Error ? lookUpError.message : String(lookUpError)})`;
		}
		if (!created) {
			const note = `Looking the client up afterwards ${seen}.`;
			failed.description = failed.description ? `${failed.description}\n${note}` : note;
			throw failed;
		}
		return item(created[0], { created: true, foundBy: null }, { confirmedAfterLostReply: true });
	}
}
