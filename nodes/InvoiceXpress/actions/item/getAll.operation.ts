import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../../shared/descriptions';
import { numberInput } from '../../../shared/input';
import { limitOf, listRecords, shown } from '../catalogue/record';
import { ITEM } from './common.descriptions';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	optionsCollection([
		{
			displayName: 'Page Size',
			name: 'perPage',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 100 },
			default: 30,
			description: 'Items asked for per request (per_page)',
		},
	]),
];

export const description = shown(ITEM, 'getAll', properties);

/** GET /items.json?page=…&per_page=…: the list documents no filter; Return All follows `pagination`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const limit = limitOf.call(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as { perPage?: unknown };
	const perPage =
		numberInput(this.getNode(), itemIndex, 'Page Size', options.perPage, { min: 1, max: 100, integer: true }) ??
		(limit !== undefined ? Math.min(limit, 30) : 30);
	const items = await listRecords.call(this, ITEM, itemIndex, limit, { per_page: perPage });
	return items.map((json) => ({ json }));
}
