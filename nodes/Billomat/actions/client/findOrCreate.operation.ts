import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { emailInput, textInput } from '../../../shared/input';
import { recordShape, requestOptions } from '../../helpers';
import { apiRequest, apiRequestAllItems } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { CLIENT_FIELD_LABELS, clientFieldOptions, simplifyClientField } from './common.descriptions';
import { clientBody, clientOutput, clientRecord } from './helpers';

const properties: INodeProperties[] = [
	{
		displayName: 'Find By',
		name: 'findBy',
		type: 'options',
		default: 'email',
		options: [
			{ name: 'Email', value: 'email', description: 'The client whose email address is this one (case is ignored)' },
			{ name: 'Client Number', value: 'clientNumber', description: 'The client whose client number is exactly this one' },
		],
		description: 'Which field identifies the client',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		displayOptions: { show: { findBy: ['email'] } },
		description: 'The email address to look for; a new client gets it',
	},
	{
		displayName: 'Client Number',
		name: 'clientNumber',
		type: 'string',
		placeholder: 'KD123',
		default: '',
		required: true,
		displayOptions: { show: { findBy: ['clientNumber'] } },
		description: 'The client number to look for; a new client gets it',
	},
	{
		displayName: 'Fields for a New Client',
		name: 'clientFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Used only when no client matches: the new client’s data (the email or client number above is added)',
		options: clientFieldOptions,
	},
	simplifyClientField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['findOrCreate'] } }, properties);

/**
 * GET /clients?email=… (or ?client_number=…), every page: Billomat's filter matches parts of
 * words, so only a client whose field equals the value counts (the email case-insensitively).
 * Found: that client (the lowest ID when several match, with their count in `matches`) with
 * `found: true`. None: POST /clients with the given fields, output with `created: true`. A failed
 * search fails the item: nothing is created then.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const byEmail = (this.getNodeParameter('findBy', itemIndex, 'email') as string) === 'email';
	const field = byEmail ? 'email' : 'client_number';
	const label = byEmail ? 'Email' : 'Client Number';
	const value = byEmail
		? emailInput(node, itemIndex, label, this.getNodeParameter('email', itemIndex, ''), { required: true })!
		: textInput(node, itemIndex, label, this.getNodeParameter('clientNumber', itemIndex, ''), { required: true })!.trim();
	const same = (other: unknown) =>
		typeof other === 'string' && (byEmail ? other.trim().toLowerCase() === value.toLowerCase() : other.trim() === value);

	// The new client's fields are checked before the search, so bad input sends nothing.
	const fields = this.getNodeParameter('clientFields', itemIndex, {}) as IDataObject;
	const newClient = clientBody(node, itemIndex, fields, CLIENT_FIELD_LABELS);
	if (newClient[field] !== undefined && !same(newClient[field])) {
		throw inputError(
			node,
			itemIndex,
			`"${CLIENT_FIELD_LABELS[field]}" of the new client (${String(newClient[field])}) differs from the ${label} searched for (${value})`,
			`Remove ${CLIENT_FIELD_LABELS[field]} from "Fields for a New Client": the new client gets the ${label} searched for.`,
		);
	}
	newClient[field] = value;

	const options = requestOptions.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const hits = await apiRequestAllItems.call(this, { method: 'GET', path: '/clients', qs: { [field]: value }, ...options });
	const matches = hits.filter((client) => same(client[field])).sort((a, b) => Number(a.id) - Number(b.id));
	if (matches.length) {
		return [{ json: clientOutput(clientRecord(matches[0]), simplify, { found: true, created: false, matches: matches.length }) }];
	}

	const body = await apiRequest.call(this, {
		method: 'POST',
		path: '/clients',
		body: { client: newClient },
		shape: recordShape('client'),
		...options,
	});
	return [{ json: clientOutput(clientRecord((body as IDataObject).client), simplify, { found: false, created: true, matches: 0 }) }];
}
