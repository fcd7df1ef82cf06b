import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { numberInput } from '../../../shared/input';
import { readWholeList } from '../../../shared/paging';
import { listShape, readList, requestOptions } from '../../helpers';
import { apiRequest, MAX_PER_PAGE } from '../../transport';
import { getAllOperation } from '../unit/settings';
import { clientPropertyResource } from './common.descriptions';

export const { description } = getAllOperation(clientPropertyResource);

const ROOT = 'client-properties';
const ELEMENT = 'client-property';

/**
 * GET /client-properties, page by page. The shared `apiRequestAllItems` names a list's records by
 * dropping the path's final "s" ("client-propertie"), which misses Billomat's `client-property`;
 * so this list is paged here with the element named, through the same `readWholeList`.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const limit = returnAll ? undefined : numberInput(this.getNode(), itemIndex, 'Limit', this.getNodeParameter('limit', itemIndex), { min: 1, integer: true });
	const perPage = limit === undefined ? MAX_PER_PAGE : Math.min(MAX_PER_PAGE, limit);
	const options = requestOptions.call(this, itemIndex);
	const records = await readWholeList(
		this,
		async (page) => {
			const body = await apiRequest.call(this, { method: 'GET', path: '/client-properties', qs: { page, per_page: perPage }, shape: listShape(ROOT, ELEMENT), ...options });
			const { records: found } = readList(body, ROOT, ELEMENT);
			const stated = Number(((body as IDataObject)[ROOT] as IDataObject | undefined)?.['@total']);
			const total = Number.isFinite(stated) ? stated : undefined;
			return { records: found, total, last: found.length < perPage || (total !== undefined && page * perPage >= total) };
		},
		{ limit, noun: 'client property' },
	);
	return records.map((json) => ({ json }));
}
