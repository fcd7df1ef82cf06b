import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { numberInput } from '../../../shared/input';
import { listShape, readList, requestOptions } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { tagOutput } from './common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Minimum Count',
		name: 'minCount',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'Only tags used on at least this many invoices (filtered in n8n; 1: every tag)',
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoiceTag'], operation: ['getCloud'] } }, properties);

/**
 * GET /invoice-tags without invoice_id: every tag used on the account's invoices with its `count`,
 * one item per tag. The cloud's entries are described as `tag` elements (not `invoice-tag`): both
 * are read.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const minCount = numberInput(node, itemIndex, 'Minimum Count', this.getNodeParameter('minCount', itemIndex, 1)) ?? 1;
	if (!Number.isInteger(minCount) || minCount < 1) {
		throw inputError(node, itemIndex, `"Minimum Count" (${minCount}) is not a whole number of at least 1`, 'Give 1 for every tag, or a higher count for the most used ones.');
	}
	const body = await apiRequest.call(this, {
		method: 'GET',
		path: '/invoice-tags',
		shape: listShape('invoice-tags', 'tag'),
		...requestOptions.call(this, itemIndex),
	});
	const tags = [...readList(body, 'invoice-tags', 'tag').records, ...readList(body, 'invoice-tags', 'invoice-tag').records];
	return tags.map(tagOutput).filter((tag) => !(typeof tag.count === 'number' && tag.count < minCount)).map((json) => ({ json }));
}
