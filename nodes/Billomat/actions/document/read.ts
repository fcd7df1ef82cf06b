import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { textInput } from '../../../shared/input';
import { listChangedMarker } from '../../../shared/paging';
import type { ItemOperation } from '../../../shared/router';
import { billomatId, filterQuery, listShape, pickedValues, pickFields, readList, recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest, apiRequestAllItems } from '../../transport';
import { optionsCollection, orderByQuery, orderOptions, readOptionsCollections, simplifyField, simplifyOf, simplifyOption } from '../invoice/common.descriptions';
import type { DocumentFamily } from './family';
import { familyOperation } from './family';

/** Simplify (1.1: own switch; 1: in Options) in the family's words. */
function simplifyFields(family: DocumentFamily, extra: INodeProperties[] = []): INodeProperties[] {
	const description = family.simplifyDescription;
	const field = description ? { ...simplifyField, description } : simplifyField;
	const option = description ? { ...simplifyOption, description } : simplifyOption;
	return [field, ...readOptionsCollections(extra, option)];
}

const simplified = (family: DocumentFamily, record: IDataObject) => pickFields(record, family.simpleFields);

/** Get: GET {path}/{id}, simplified unless Simplify is off. */
export function get(family: DocumentFamily): ItemOperation {
	return familyOperation(family, 'get', [family.idField, ...simplifyFields(family)], async function (this: IExecuteFunctions, itemIndex) {
		const id = family.idFrom.call(this, itemIndex);
		const body = await apiRequest.call(this, {
			method: 'GET',
			path: `${family.path}/${id}`,
			shape: recordShape(family.root),
			...requestOptions.call(this, itemIndex),
		});
		const record = unwrapRecord(body, family.root);
		return [{ json: simplifyOf.call(this, itemIndex) ? simplified(family, record) : record }];
	});
}

/** The family's filters as Billomat's query: the invoice ones, then the family's own (`moreFilters`). */
const familyFilters = (family: DocumentFamily) =>
	function (this: IExecuteFunctions, itemIndex: number): IDataObject {
		// A family without a number filter: a key no filter option has, so it is never read.
		const qs = filterQuery.call(this, itemIndex, [family.numberField ?? '', family.numberLabel ?? '']);
		const more = family.moreFilters;
		if (!more) return qs;
		const node = this.getNode();
		const filters = pickedValues.call(this, 'filters', this.getNodeParameter('filters', itemIndex, {}) as IDataObject, itemIndex);
		for (const [field, label] of more.ids ?? []) {
			if (filters[field] !== undefined && filters[field] !== '') qs[field] = billomatId(node, itemIndex, filters[field], label);
		}
		for (const [field, label] of more.texts ?? []) {
			const value = (textInput(node, itemIndex, label, filters[field]) ?? '').trim();
			if (value) qs[field] = value;
		}
		for (const field of more.lists ?? []) {
			const values = (filters[field] as string[] | undefined) ?? [];
			if (values.length) qs[field] = values.join(',');
		}
		return qs;
	};

/** Get Many: GET {path} with the filters and order, every page or up to Limit. */
export function getAll(family: DocumentFamily): ItemOperation {
	const properties: INodeProperties[] = [
		...returnAllOrLimit(),
		family.filters,
		...simplifyFields(family, orderOptions(family.orderBy, family.orderDefault ?? 'date', family.plural)),
	];
	return familyOperation(family, 'getAll', properties, async function (this: IExecuteFunctions, itemIndex) {
		const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
		const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const qs = familyFilters(family).call(this, itemIndex);
		const orderBy = orderByQuery(options);
		if (orderBy) qs.order_by = orderBy;

		const records = await apiRequestAllItems.call(this, { method: 'GET', path: family.path, qs, ...requestOptions.call(this, itemIndex) }, limit);
		const simplify = simplifyOf.call(this, itemIndex);
		return records.map((record) => ({ json: simplify ? { ...simplified(family, record), ...listChangedMarker(record) } : record }));
	});
}

const GROUPS = ['client', 'status', 'day', 'week', 'month', 'year'];

/** Get Grouped Totals: GET {path}?group_by=…, one item per `{root}-group`. */
export function getGroupedTotals(family: DocumentFamily): ItemOperation {
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
			description: `Criteria to total the ${family.plural} by. The order in which they are picked is the order of aggregation (e.g. Client then Year).`,
		},
		family.filters,
		optionsCollection(),
	];
	const groups = `${family.root}-groups`;
	const group = `${family.root}-group`;
	return familyOperation(family, 'getGroupedTotals', properties, async function (this: IExecuteFunctions, itemIndex): Promise<INodeExecutionData[]> {
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
		const qs = { ...familyFilters(family).call(this, itemIndex), group_by: groupBy.join(',') };
		const body = await apiRequest.call(this, {
			method: 'GET',
			path: family.path,
			qs,
			shape: listShape(groups, group),
			...requestOptions.call(this, itemIndex),
		});
		const list = (body as IDataObject)[groups];
		const currency = list && typeof list === 'object' ? (list as IDataObject)['@currency_code'] : undefined;
		return readList(body, groups, group).records.map((json) => {
			if (currency !== undefined && json.currency_code === undefined) json.currency_code = currency as string;
			return { json };
		});
	});
}
