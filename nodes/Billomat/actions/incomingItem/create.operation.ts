import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../invoice/common.descriptions';
import { parentIdOf, parentLocator } from '../documentChild/fields';
import { childOperation, writeChild } from '../documentChild/parent';
import { ITEM_FIELDS, itemBody, KIND, output, PARENT, simplifyField } from './common.descriptions';

const properties: INodeProperties[] = [
	parentLocator(PARENT, 'The incoming invoice to add the item to (after its existing items)'),
	...ITEM_FIELDS.filter((field) => field.name === 'total'),
	{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: ITEM_FIELDS.filter((field) => field.name !== 'total') },
	simplifyField,
	optionsCollection(),
];

/** POST /incoming-items: the incoming (mandatory) and the documented fields. */
export const { description, execute } = childOperation(PARENT, 'Item', 'create', properties, async function (this: IExecuteFunctions, itemIndex) {
	const fields = { total: this.getNodeParameter('total', itemIndex, 0), ...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject) };
	const item = { [PARENT.parentField]: parentIdOf.call(this, PARENT, itemIndex), ...itemBody(this.getNode(), itemIndex, fields) };
	return [{ json: output.call(this, itemIndex, await writeChild.call(this, PARENT, KIND, itemIndex, item)) }];
});
