import type { IDataObject, INode } from 'n8n-workflow';

import { textInput } from '../../../shared/input';
import { filtersOf } from '../describe';
import { nameField } from '../template/fields';
import type { SettingsResource } from './settings';

/** Billomat's units (https://www.billomat.com/en/api/settings/units/): only `name` is writable. */
const unitNameField = nameField('hour', 'Name of the unit, as invoice items show it');

export const unitResource: SettingsResource = {
	resource: 'unit',
	path: '/units',
	element: 'unit',
	noun: 'unit',
	idField: { name: 'unitId', displayName: 'Unit ID', searchListMethod: 'searchUnits', description: 'The unit: pick it from the list (search by name) or give its numeric ID' },
	required: [unitNameField],
	optional: [],
	filters: filtersOf([{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Units whose name contains this text (case is ignored)' }]),
	body(node: INode, itemIndex: number, fields: IDataObject): IDataObject {
		if (!('name' in fields)) return {};
		const name = textInput(node, itemIndex, 'Name', fields.name, { notBlank: true, emptyHint: 'Give the unit a name, e.g. hour or piece.' });
		return name === undefined ? {} : { name };
	},
	filterQuery(node: INode, itemIndex: number, filters: IDataObject): IDataObject {
		const name = (textInput(node, itemIndex, 'Name', filters.name) ?? '').trim();
		return name ? { name } : {};
	},
};
