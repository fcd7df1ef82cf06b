import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';
import { filterQuery, listShape, readList, requestOptions } from '../../helpers';
import { apiRequest } from '../../transport';
import { filtersCollection, optionsCollection } from './common.descriptions';

const GROUPS = ['client', 'status', 'day', 'week', 'month', 'year'];

const properties: INodeProperties[] = [
	{
		displayName: 'Group By',
		name: 'groupBy',
		type: 'multiOptions',
		required: true,
		default: ['client'],
		options: [
			{ name: 'Client', value: 'client' },
			{ name: 'Day', value: 'day' },
			{ name: 'Month', value: 'month' },
			{ name: 'Status', value: 'status' },
			{ name: 'Week (Starts Monday)', value: 'week' },
			{ name: 'Year', value: 'year' },
		],
		description:
			'Criteria to total the invoices by. The order in which they are picked is the order of aggregation (e.g. Client then Year).',
	},
	filtersCollection,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['getGroupedTotals'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const raw = this.getNodeParameter('groupBy', itemIndex) as string[] | string;
	const groupBy = (Array.isArray(raw) ? raw : String(raw).split(',')).map((g) => g.trim()).filter(Boolean);
	const unknown = groupBy.filter((g) => !GROUPS.includes(g));
	if (groupBy.length === 0 || unknown.length) {
		throw inputError(
			this.getNode(),
			itemIndex,
			groupBy.length === 0 ? '"Group By" is empty' : `"Group By" has unknown criteria: ${unknown.join(', ')}`,
			`Pick one or more of: ${GROUPS.join(', ')}.`,
		);
	}
	const qs = { ...filterQuery.call(this, itemIndex), group_by: groupBy.join(',') };
	const body = await apiRequest.call(this, {
		method: 'GET',
		path: '/invoices',
		qs,
		shape: listShape('invoice-groups', 'invoice-group'),
		...requestOptions.call(this, itemIndex),
	});
	const list = (body as IDataObject)['invoice-groups'];
	const currency = list && typeof list === 'object' ? (list as IDataObject)['@currency_code'] : undefined;
	return readList(body, 'invoice-groups', 'invoice-group').records.map((json) => {
		if (currency !== undefined && json.currency_code === undefined) json.currency_code = currency as string;
		return { json };
	});
}
