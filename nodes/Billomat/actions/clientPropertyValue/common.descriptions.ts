import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../../shared/descriptions';
import { textInput } from '../../../shared/input';
import { billomatId } from '../../helpers';
import { CLIENT_LOCATOR } from '../contact/common.descriptions';
import { filtersOf } from '../describe';
import type { SettingsResource } from '../unit/settings';

/**
 * The values of client properties per client (https://www.billomat.com/en/api/clients/properties/):
 * GET /client-property-values (filters client_id, client_property_id, value), GET
 * /client-property-values/{id}, and POST /client-property-values to set a client's value of a
 * property (client_id, client_property_id and value mandatory). The page documents no PUT or
 * DELETE: setting again is how a value changes.
 */
export const clientPropertyValueResource: SettingsResource = {
	resource: 'clientPropertyValue',
	path: '/client-property-values',
	element: 'client-property-value',
	noun: 'client property value',
	idField: {
		name: 'clientPropertyValueId',
		displayName: 'Client Property Value ID',
		searchListMethod: 'searchClientPropertyValues',
		description: 'The value: pick it from the list (property · value · client) or give its numeric ID',
	},
	required: [],
	optional: [],
	filters: filtersOf([
			{ displayName: 'Client ID', name: 'client_id', type: 'string', default: '', description: 'Only the values of this client (numeric ID)' },
			{ displayName: 'Client Property ID', name: 'client_property_id', type: 'string', default: '', description: 'Only the values of this property (numeric ID)' },
			{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'Only values matching this text' },
		]),
	body: () => ({}),
	filterQuery(node: INode, itemIndex: number, filters: IDataObject): IDataObject {
		const qs: IDataObject = {};
		if (filters.client_id !== undefined && filters.client_id !== '') qs.client_id = billomatId(node, itemIndex, filters.client_id, 'Client ID');
		if (filters.client_property_id !== undefined && filters.client_property_id !== '') {
			qs.client_property_id = billomatId(node, itemIndex, filters.client_property_id, 'Client Property ID');
		}
		const value = textInput(node, itemIndex, 'Value', filters.value);
		if (value !== undefined && value !== '') qs.value = value;
		return qs;
	},
};

export const clientField: INodeProperties = recordLocator({
	...CLIENT_LOCATOR,
	description: 'The client whose value is set: pick it from the list (search by name) or give its numeric ID',
});

export const propertyField: INodeProperties = recordLocator({
	displayName: 'Client Property ID',
	name: 'clientPropertyId',
	searchListMethod: 'searchClientProperties',
	idPattern: '^[1-9][0-9]*$',
	idError: 'A Billomat client property ID is a number, e.g. 1',
	placeholder: '1',
	description: 'The property: pick it from the list or give its numeric ID',
});
