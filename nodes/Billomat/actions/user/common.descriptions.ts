import type { IDataObject, INode } from 'n8n-workflow';

import { textInput } from '../../../shared/input';
import { filtersOf } from '../describe';
import type { SettingsResource } from '../unit/settings';

/**
 * Billomat's users (https://www.billomat.com/en/api/users/): GET /users (filters email, first_name,
 * last_name, parts of words, case ignored), GET /users/{id}, GET /users/myself (the user of the
 * API key) and GET /users/{id}/avatar (size in pixels, mode=FULL for the uncropped original). The
 * API documents no writes: the settings shape is used for Get and Get Many only.
 */
const FILTERS: Array<[string, string]> = [
	['email', 'Email'],
	['first_name', 'First Name'],
	['last_name', 'Last Name'],
];

export const userResource: SettingsResource = {
	resource: 'user',
	path: '/users',
	element: 'user',
	noun: 'user',
	idField: { name: 'userId', displayName: 'User ID', searchListMethod: 'searchUsers', description: 'The user: pick it from the list (search by last name) or give its numeric ID' },
	required: [],
	optional: [],
	filters: filtersOf(FILTERS.map(([name, displayName]) => ({
			displayName,
			name,
			type: 'string' as const,
			default: '',
			...(name === 'email' ? { placeholder: '@example.com' } : {}),
			description: `Users whose ${displayName.toLowerCase()} contains this text (case is ignored)`,
		}))),
	body: () => ({}),
	filterQuery(node: INode, itemIndex: number, filters: IDataObject): IDataObject {
		const qs: IDataObject = {};
		for (const [name, label] of FILTERS) {
			const value = (textInput(node, itemIndex, label, filters[name]) ?? '').trim();
			if (value) qs[name] = value;
		}
		return qs;
	},
};
