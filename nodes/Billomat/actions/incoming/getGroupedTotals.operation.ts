import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { listShape, readList, requestOptions, splitList } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { incomingFiltersCollection } from './common.descriptions';
import { incomingFilterQuery } from './record';

/** The `group_by` values of GET /incomings (https://www.billomat.com/en/api/incomings/, "Aggregated list"). */
const GROUPS = [
	{ name: 'Day', value: 'day' },
	{ name: 'Month', value: 'month' },
	{ name: 'Status', value: 'status' },
	{ name: 'Supplier', value: 'supplier' },
	{ name: 'Week (Starts Monday)', value: 'week' },
	{ name: 'Year', value: 'year' },
];

const properties: INodeProperties[] = [
	{
		displayName: 'Group By',
		name: 'groupBy',
		type: 'multiOptions',
		required: true,
		default: ['supplier'],
		options: GROUPS,
		description: 'Criteria to total the incoming invoices by, in the order of aggregation (e.g. Supplier then Year)',
	},
	incomingFiltersCollection,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['incoming'], operation: ['getGroupedTotals'] } }, properties);

/** GET /incomings?group_by=…: one item per group, with the list's currency on each. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const groupBy = splitList(this.getNodeParameter('groupBy', itemIndex));
	const known = GROUPS.map((g) => g.value);
	const unknown = groupBy.filter((g) => !known.includes(g));
	if (groupBy.length === 0 || unknown.length) {
		const problem = groupBy.length === 0 ? '"Group By" is empty' : `"Group By" has unknown criteria: ${unknown.join(', ')}`;
		throw inputError(this.getNode(), itemIndex, problem, `Pick one or more of: ${known.join(', ')}.`);
	}
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const body = await apiRequest.call(this, {
		method: 'GET',
		path: '/incomings',
		qs: { ...incomingFilterQuery(this.getNode(), itemIndex, filters), group_by: groupBy.join(',') },
		shape: listShape('incoming-groups', 'incoming-group'),
		...requestOptions.call(this, itemIndex),
	});
	const currency = ((body as IDataObject)['incoming-groups'] as IDataObject | undefined)?.['@currency_code'];
	return readList(body, 'incoming-groups', 'incoming-group').records.map((group) => ({
		json: currency !== undefined && group.currency_code === undefined ? { ...group, currency_code: currency as string } : group,
	}));
}
