import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { dateInput } from '../../../shared/dates';
import { optionsCollection, returnAllOrLimit, timeoutOf } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import type { ItemOperation } from '../../../shared/router';
import { INVOICEXPRESS_DATE, outputDocument } from '../../helpers';
import { apiRequest, apiRequestAllItems, DOCUMENT, documentOf, pageShape } from '../../transport';
import { simplifyField } from './descriptions';
import type { DocumentFamily } from './family';
import { documentIdFields, documentIdOf, documentTypeField, familyOperation, typeOf, unknownDocument } from './family';

/** Get: GET /{type}/{id}.json, the document (simplified unless Simplify is off). */
export function get(family: DocumentFamily): ItemOperation {
	const properties = [documentTypeField(family, 'get'), ...documentIdFields(family), simplifyField, optionsCollection()];
	return familyOperation(family, 'get', properties, async function (this: IExecuteFunctions, itemIndex) {
		const type = typeOf.call(this, family, itemIndex, 'get');
		const id = documentIdOf.call(this, family, itemIndex);
		const reply = await apiRequest.call(this, {
			method: 'GET',
			path: `/${type.value}/${id}`,
			notFound: unknownDocument(type, id),
			shape: DOCUMENT,
			itemIndex,
			timeout: timeoutOf(this, itemIndex),
		});
		return [{ json: outputDocument.call(this, itemIndex, documentOf(reply) ?? {}) }];
	});
}

/** The list filters every family's list documents (…/invoices/list-all and the estimates' and guides' lists). */
function filtersField(family: DocumentFamily): INodeProperties {
	const options: INodeProperties[] = [
		{ displayName: 'Archived', name: 'archived', type: 'boolean', default: false, description: 'Whether to include archived documents' },
		{ displayName: 'Date From', name: 'dateFrom', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Documents dated on or after this day' },
		{ displayName: 'Date To', name: 'dateTo', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Documents dated on or before this day' },
		{ displayName: 'Due Date From', name: 'dueDateFrom', type: 'dateTime', typeOptions: { dateOnly: true }, default: '' },
		{ displayName: 'Due Date To', name: 'dueDateTo', type: 'dateTime', typeOptions: { dateOnly: true }, default: '' },
		{ displayName: 'Non Archived', name: 'nonArchived', type: 'boolean', default: true, description: 'Whether to include documents that are not archived' },
		{ displayName: 'Status', name: 'status', type: 'multiOptions', default: [], options: [...family.statuses] },
		{ displayName: 'Text', name: 'text', type: 'string', default: '', description: 'Search text: client name, reference, sequence number, observations' },
		{ displayName: 'Total Before Taxes From', name: 'totalFrom', type: 'number', default: 0 },
		{ displayName: 'Total Before Taxes To', name: 'totalTo', type: 'number', default: 0 },
		{
			displayName: 'Type',
			name: 'type',
			type: 'multiOptions',
			default: [],
			options: family.types.map(({ name, className }) => ({ name, value: className })).sort((a, b) => a.name.localeCompare(b.name)),
		},
	];
	const documented = options.filter((option) => !family.listFilters || family.listFilters.includes(option.name));
	documented.push(...(family.ownFilters ?? []));
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: documented.sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

interface Filters {
	text?: string;
	type?: string[];
	status?: string[];
	dateFrom?: unknown;
	dateTo?: unknown;
	dueDateFrom?: unknown;
	dueDateTo?: unknown;
	totalFrom?: number;
	totalTo?: number;
	nonArchived?: boolean;
	archived?: boolean;
}

/** The filters as the list endpoint names them: `type[]`, `date[from]`, `total_before_taxes[to]`… */
export function listQuery(this: IExecuteFunctions, itemIndex: number, filters: Filters): IDataObject {
	const node = this.getNode();
	const qs: IDataObject = {};
	if (filters.text) qs.text = filters.text;
	if (filters.type?.length) qs.type = filters.type;
	if (filters.status?.length) qs.status = filters.status;
	const dates: Array<[keyof Filters, string, string]> = [
		['dateFrom', 'date[from]', 'Date From'],
		['dateTo', 'date[to]', 'Date To'],
		['dueDateFrom', 'due_date[from]', 'Due Date From'],
		['dueDateTo', 'due_date[to]', 'Due Date To'],
	];
	for (const [field, key, label] of dates) {
		const value = dateInput(node, itemIndex, label, filters[field], INVOICEXPRESS_DATE);
		if (value !== undefined) qs[key] = value;
	}
	if (filters.totalFrom !== undefined) qs['total_before_taxes[from]'] = filters.totalFrom;
	if (filters.totalTo !== undefined) qs['total_before_taxes[to]'] = filters.totalTo;
	if (filters.totalFrom !== undefined && filters.totalTo !== undefined && filters.totalFrom > filters.totalTo) {
		throw inputError(node, itemIndex, `"Total Before Taxes From" (${filters.totalFrom}) is above "Total Before Taxes To" (${filters.totalTo})`, 'Swap the two amounts.');
	}
	if (filters.nonArchived !== undefined) qs.non_archived = filters.nonArchived;
	if (filters.archived !== undefined) qs.archived = filters.archived;
	return qs;
}

/** Get Many: GET {list path}.json with the filters; Return All follows `pagination` to the last page. */
export function getAll(family: DocumentFamily): ItemOperation {
	const properties: INodeProperties[] = [
		...returnAllOrLimit(),
		filtersField(family),
		simplifyField,
		optionsCollection([
			{
				displayName: 'Page Size',
				name: 'perPage',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 100 },
				default: 30,
				description: 'Documents asked for per request (per_page)',
			},
		]),
	];
	return familyOperation(family, 'getAll', properties, async function (this: IExecuteFunctions, itemIndex): Promise<INodeExecutionData[]> {
		const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
		const filters = this.getNodeParameter('filters', itemIndex, {}) as Filters & IDataObject;
		const options = this.getNodeParameter('options', itemIndex, {}) as { perPage?: number };
		const qs = { ...listQuery.call(this, itemIndex, filters), ...(family.ownQuery?.call(this, itemIndex, filters) ?? {}) };
		const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number);
		const perPage = Math.min(100, Math.max(1, options.perPage ?? (limit !== undefined ? Math.min(limit, 30) : 30)));
		const records = await apiRequestAllItems.call(
			this,
			{ method: 'GET', path: family.list.path, qs: { ...qs, per_page: perPage }, itemIndex, timeout: timeoutOf(this, itemIndex) },
			limit,
			{ key: family.list.key, noun: family.list.noun },
		);
		return records.map((record) => ({ json: outputDocument.call(this, itemIndex, record) }));
	});
}

/**
 * Related Documents: GET /document/{id}/related_documents.json
 * (https://invoicexpress.com/api-v2/invoices/related-documents, docs.invoicexpress.com/invoices/relateddocs):
 * the receipts, credit and debit notes of a document, one item each (none: no item).
 */
export function relatedDocuments(family: DocumentFamily): ItemOperation {
	const properties = [documentTypeField(family, 'relatedDocuments'), ...documentIdFields(family), simplifyField, optionsCollection()];
	return familyOperation(family, 'relatedDocuments', properties, async function (this: IExecuteFunctions, itemIndex) {
		const type = typeOf.call(this, family, itemIndex, 'relatedDocuments');
		const id = documentIdOf.call(this, family, itemIndex);
		const reply = (await apiRequest.call(this, {
			method: 'GET',
			path: `/document/${id}/related_documents`,
			notFound: unknownDocument(type, id),
			shape: pageShape('documents', 'related documents'),
			itemIndex,
			timeout: timeoutOf(this, itemIndex),
		})) as IDataObject;
		return (reply.documents as IDataObject[]).map((document) => ({ json: outputDocument.call(this, itemIndex, document) }));
	});
}
