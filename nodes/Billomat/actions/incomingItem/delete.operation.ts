import type { IExecuteFunctions } from 'n8n-workflow';

import { optionsCollection } from '../invoice/common.descriptions';
import { childOperation, deleteChild } from '../documentChild/parent';
import { itemIdField, itemIdOf, KIND, PARENT } from './common.descriptions';

/** DELETE /incoming-items/{id} (the sibling items pages' Delete); the output is a summary. */
export const { description, execute } = childOperation(PARENT, 'Item', 'delete', [itemIdField, optionsCollection()], async function (this: IExecuteFunctions, itemIndex) {
	const id = itemIdOf(this, itemIndex);
	return await deleteChild.call(this, PARENT, KIND, id, itemIndex, { subject: `incoming invoice item ${id}` });
});
