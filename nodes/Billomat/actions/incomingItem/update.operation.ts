import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { optionsCollection } from '../invoice/common.descriptions';
import { childOperation, writeChild } from '../documentChild/parent';
import { ITEM_FIELDS, itemBody, itemIdField, itemIdOf, KIND, output, PARENT, simplifyField } from './common.descriptions';

const properties: INodeProperties[] = [
	itemIdField,
	{ displayName: 'Update Fields', name: 'updateFields', type: 'collection', placeholder: 'Add Field', default: {}, options: ITEM_FIELDS },
	simplifyField,
	optionsCollection(),
];

/** PUT /incoming-items/{id} with the changed fields (the sibling items pages' Update). */
export const { description, execute } = childOperation(PARENT, 'Item', 'update', properties, async function (this: IExecuteFunctions, itemIndex) {
	const node = this.getNode();
	const id = itemIdOf(this, itemIndex);
	const item = itemBody(node, itemIndex, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
	if (Object.keys(item).length === 0) throw inputError(node, itemIndex, 'no field to update', 'Add at least one field under "Update Fields".');
	return [{ json: output.call(this, itemIndex, await writeChild.call(this, PARENT, KIND, itemIndex, item, { id })) }];
});
