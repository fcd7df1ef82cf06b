import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { textInput } from '../../../shared/input';
import { billomatId } from '../../helpers';
import { optionsCollection } from '../invoice/common.descriptions';
import { filtersField } from '../documentChild/fields';
import { childOperation, listChildren } from '../documentChild/parent';
import { KIND, output, PARENT, simplifyField } from './common.descriptions';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	filtersField([
		{ displayName: 'Custom Field', name: 'customfield', type: 'string', default: '', description: 'Only items with this custom field value' },
		{ displayName: 'Incoming Invoice ID', name: 'incoming_id', type: 'string', default: '', description: 'Only the items of this incoming invoice (its numeric ID)' },
	]),
	simplifyField,
	optionsCollection(),
];

/** GET /incoming-items with the documented filters (incoming_id, customfield), page by page. */
export const { description, execute } = childOperation(PARENT, 'Item', 'getAll', properties, async function (this: IExecuteFunctions, itemIndex) {
	const node = this.getNode();
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	if (filters.incoming_id !== undefined && filters.incoming_id !== '') qs.incoming_id = billomatId(node, itemIndex, filters.incoming_id, 'Incoming Invoice ID');
	const custom = textInput(node, itemIndex, 'Custom Field', filters.customfield);
	if (custom !== undefined && custom !== '') qs.customfield = custom;
	const items = await listChildren.call(this, PARENT, KIND, itemIndex, qs);
	return items.map((item) => ({ json: output.call(this, itemIndex, item) }));
});
