import type { SettingsResource } from '../unit/settings';
import type { FieldKind } from '../template/fields';
import { bodyOf, choiceField, nameField } from '../template/fields';

/**
 * Billomat's client properties, the user-defined fields of clients
 * (https://www.billomat.com/en/api/settings/client-properties/): GET /client-properties (no filter
 * documented), GET, POST, PUT and DELETE /client-properties/{id}. The values per client are the
 * Client Property Value resource.
 */
export const PROPERTY_TYPES = ['TEXTFIELD', 'TEXTAREA', 'CHECKBOX'];
export const PROPERTY_TYPE_NAMES = { TEXTFIELD: 'Text Field (One Line)', TEXTAREA: 'Text Area (Several Lines)', CHECKBOX: 'Checkbox' };

const KINDS: Record<string, FieldKind> = {
	name: { label: 'Name', kind: 'name' },
	type: { label: 'Type', kind: 'choice', choices: PROPERTY_TYPES },
	default_value: { label: 'Default Value', kind: 'text' },
	is_nvl: { label: 'Use Default When Empty', kind: 'flag' },
};

export const clientPropertyResource: SettingsResource = {
	resource: 'clientProperty',
	path: '/client-properties',
	element: 'client-property',
	noun: 'client property',
	idField: {
		name: 'clientPropertyId',
		displayName: 'Client Property ID',
		searchListMethod: 'searchClientProperties',
		description: 'The client property: pick it from the list (name · type) or give its numeric ID',
	},
	required: [
		nameField('Premium-Kunde', 'Name of the property'),
		choiceField('Type', 'type', PROPERTY_TYPES, 'How the property is entered', PROPERTY_TYPE_NAMES),
	],
	optional: [
		{ displayName: 'Default Value', name: 'default_value', type: 'string', default: '', description: 'Value new clients get' },
		{ displayName: 'Use Default When Empty', name: 'is_nvl', type: 'boolean', default: false, description: 'Whether clients without a value of their own show the default value' },
	],
	body: bodyOf(KINDS),
};
