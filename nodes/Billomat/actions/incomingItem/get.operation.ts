import type { IExecuteFunctions } from 'n8n-workflow';

import { optionsCollection } from '../invoice/common.descriptions';
import { childOperation, readChild } from '../documentChild/parent';
import { itemIdField, itemIdOf, KIND, output, PARENT, simplifyField } from './common.descriptions';

/** GET /incoming-items/{id}. */
export const { description, execute } = childOperation(PARENT, 'Item', 'get', [itemIdField, simplifyField, optionsCollection()], async function (this: IExecuteFunctions, itemIndex) {
	return await readChild.call(this, PARENT, KIND, itemIdOf(this, itemIndex), itemIndex, (item) => output.call(this, itemIndex, item));
});
