import type { IDataObject, INode } from 'n8n-workflow';

import { numberInput, textInput } from '../../../shared/input';
import { flagValue, isDefaultField, nameField } from '../template/fields';
import type { SettingsResource } from '../unit/settings';

/**
 * Billomat's tax rates (https://www.billomat.com/en/api/settings/taxes/): `name` and `rate`
 * (percent) mandatory at creation, `is_default` 1/0 (sent as 1/0, as the page's examples do).
 * GET /taxes documents no filter, so Get Many has none.
 */
export const taxResource: SettingsResource = {
	resource: 'tax',
	path: '/taxes',
	element: 'tax',
	noun: 'tax rate',
	idField: { name: 'taxId', displayName: 'Tax ID', searchListMethod: 'searchTaxes', description: 'The tax rate: pick it from the list or give its numeric ID' },
	required: [
		nameField('VAT', 'Name of the tax rate'),
		{ displayName: 'Rate', name: 'rate', type: 'number', typeOptions: { numberPrecision: 2, minValue: 0 }, default: 0, required: true, description: 'Tax rate in percent, e.g. 19' },
	],
	optional: [isDefaultField('Whether this is the standard tax rate')],
	body(node: INode, itemIndex: number, fields: IDataObject): IDataObject {
		const out: IDataObject = {};
		if ('name' in fields) {
			const name = textInput(node, itemIndex, 'Name', fields.name, { notBlank: true, emptyHint: 'Give the tax rate a name, e.g. VAT.' });
			if (name !== undefined) out.name = name;
		}
		if ('rate' in fields) {
			const rate = numberInput(node, itemIndex, 'Rate', fields.rate, { min: 0, max: 100 });
			if (rate !== undefined) out.rate = rate;
		}
		if ('is_default' in fields) out.is_default = flagValue(fields.is_default);
		return out;
	},
};
