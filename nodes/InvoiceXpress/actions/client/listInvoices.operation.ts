import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../../shared/descriptions';
import { DOCUMENT_TYPES, outputDocument } from '../../helpers';
import { apiRequestAllItems, DOCUMENTS } from '../../transport';
import { simplifyField as simplifyDocumentField } from '../document/descriptions';
import { clientIdLocator, pageSizeOption } from './common.descriptions';
import { limitOf, perPageOf } from './getAll.operation';
import { clientIdOf, explainingNotFound, requestOf, UNKNOWN_CLIENT_HINT } from './helpers';

const properties: INodeProperties[] = [
	clientIdLocator,
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Archived',
				name: 'archived',
				type: 'multiOptions',
				default: [],
				options: [
					{ name: 'Archived', value: 'archived' },
					{ name: 'Not Archived', value: 'non_archived' },
				],
				description: 'Archived documents, documents not archived, or both (filter.archived)',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'multiOptions',
				default: [],
				options: [
					{ name: 'Canceled', value: 'canceled' },
					{ name: 'Draft', value: 'draft' },
					{ name: 'Final', value: 'final' },
					{ name: 'Second Copy', value: 'second_copy' },
					{ name: 'Sent', value: 'sent' },
					{ name: 'Settled', value: 'settled' },
				],
				description: 'Documents in these states (filter.status)',
			},
			{
				displayName: 'Type',
				name: 'byType',
				type: 'multiOptions',
				default: [],
				// The document classes, as the lists name them (`type`).
				options: DOCUMENT_TYPES.map(({ name, className }) => ({ name, value: className })).sort((a, b) => a.name.localeCompare(b.name)),
				description: 'Documents of these types (filter.by_type)',
			},
		],
	},
	simplifyDocumentField,
	optionsCollection([pageSizeOption]),
];

export const description = updateDisplayOptions({ show: { resource: ['client'], operation: ['listInvoices'] } }, properties);

interface Filters {
	status?: string[];
	byType?: string[];
	archived?: string[];
}

/**
 * POST /clients/{id}/invoices.json with `{"filter": {"status": […], "by_type": […], "archived": […]}}`
 * and `page`/`per_page` in the query, page after page as `pagination` says. A POST that only reads:
 * it is sent again after a failure like any read.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = clientIdOf.call(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as Filters;
	const filter: IDataObject = {};
	if (filters.status?.length) filter.status = filters.status;
	if (filters.byType?.length) filter.by_type = filters.byType;
	if (filters.archived?.length) filter.archived = filters.archived;
	const limit = limitOf.call(this, itemIndex);
	const list = async () => await apiRequestAllItems.call(
		this,
		{
			method: 'POST',
			path: `/clients/${id}/invoices`,
			qs: { per_page: perPageOf.call(this, itemIndex, limit) },
			body: { root: 'filter', value: filter },
			idempotent: true,
			notFound: `Client ${id} is unknown`,
			...requestOf.call(this, itemIndex),
		},
		limit,
		DOCUMENTS,
	);
	const documents = (await explainingNotFound.call(this, itemIndex, list, UNKNOWN_CLIENT_HINT)) as IDataObject[];
	return documents.map((document) => ({ json: outputDocument.call(this, itemIndex, document) }));
}
