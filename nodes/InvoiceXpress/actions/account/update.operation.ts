import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { emailInput, textInput } from '../../../shared/input';
import { recordRequest, summary } from '../catalogue/record';
import { ACCOUNT, accountIdField, accountIdOf, withoutKey } from './common.descriptions';

/** The fields of the update page's body, in its order: [parameter, label, description]. */
const FIELDS: Array<[string, string, string]> = [
	['organization_name', 'Organization Name', 'The name of the company'],
	['fiscal_id', 'Fiscal ID', 'The company’s fiscal ID (VAT number)'],
	['address', 'Address', 'Street and number'],
	['postal_code', 'Postal Code', 'E.g. 1500-555'],
	['city', 'City', 'E.g. Lisbon'],
	['email', 'Email', 'The account’s email address'],
];

const properties: INodeProperties[] = [
	accountIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: FIELDS.map(([name, displayName, description]) => ({
			displayName,
			name,
			type: 'string',
			default: '',
			description,
			...(name === 'email' ? { placeholder: 'name@email.com' } : {}),
		})).sort((a, b) => a.displayName.localeCompare(b.displayName)) as INodeProperties[],
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['account'], operation: ['update'] } }, properties);

/** PUT /api/accounts/:account-id/update.json with the fields given; the account (without its key) or `{ id, updated }`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const id = accountIdOf.call(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	for (const [name, label] of FIELDS) {
		if (fields[name] === undefined) continue;
		const value = name === 'email' ? emailInput(node, itemIndex, label, fields[name]) : textInput(node, itemIndex, label, fields[name], { xml: true, notBlank: true });
		if (value !== undefined) body[name] = value;
	}
	if (Object.keys(body).length === 0) throw inputError(node, itemIndex, 'no field to update', 'Add a field under "Update Fields".');
	const account = await recordRequest.call(this, ACCOUNT, itemIndex, { method: 'PUT', path: `${ACCOUNT.path}/${id}/update`, body: { root: 'account', value: body } }, true);
	return account ? [{ json: withoutKey(account) }] : summary(id, 'updated');
}
