import type { IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/errors';

import type { ClientInput, DocumentInput, ItemInput } from '../../helpers';
import { DOCUMENT_TYPES } from '../../helpers';

/** Fields several operations share, shown for the operations named. */
export function documentTypeField(operation: string): INodeProperties {
	return {
		displayName: 'Document Type',
		name: 'documentType',
		type: 'options',
		options: DOCUMENT_TYPES.map(({ name, value }) => ({ name, value })),
		default: 'invoices',
		displayOptions: { show: { resource: ['invoice'], operation: [operation] } },
		description: 'The kind of document: it is part of the address of every request',
	};
}

export function documentIdField(operation: string): INodeProperties {
	return {
		displayName: 'Document ID',
		name: 'invoiceId',
		type: 'string',
		default: '',
		required: true,
		displayOptions: { show: { resource: ['invoice'], operation: [operation] } },
		description: 'The numeric ID of the document, as Get and Get Many output it',
	};
}

function clientOptions(operation: 'create' | 'update'): INodeProperties[] {
	const text = (displayName: string, name: string, description: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
		displayName,
		name,
		type: 'string',
		default: '',
		description,
		...extra,
	});
	const documented = [
		text('Address', 'address', 'Client address, normally a company address'),
		text('Country', 'country', 'Must match one of InvoiceXpress’ country names, e.g. Portugal or Germany'),
		text('Email', 'email', 'Client email, e.g. foo@bar.com', { placeholder: 'name@email.com' }),
		text('Fax', 'fax', 'Client fax number'),
		text('Fiscal ID', 'fiscalId', 'Client fiscal ID (NIF/VAT number)'),
		text('Observations', 'observations', 'Default observations, added to every document sent to this client'),
		text('Phone', 'phone', 'Client phone number'),
		text('Postal Code', 'postalCode', 'Client postal code'),
		text('Website', 'website', 'Client website'),
	];
	if (operation === 'update') return documented;
	return [
		...documented.slice(0, 1),
		text('City', 'city', 'Client city'),
		text('Code', 'code', 'Your own code for the client; with it an existing client is found by code rather than by name'),
		...documented.slice(1),
	];
}

/**
 * The document fields of the update page: date, due date, reference, observations, retention,
 * client and items. Create uses the same fields (dates required there, plus client code and city).
 */
export function documentFields(operation: 'create' | 'update'): INodeProperties[] {
	const show = { resource: ['invoice'], operation: [operation] };
	const dateFields: INodeProperties[] = [
		{
			displayName: 'Date',
			name: 'date',
			type: 'dateTime',
			default: '',
			description: 'Document date. A date picker value, an ISO date or dd/mm/yyyy; sent as dd/mm/yyyy.',
		},
		{
			displayName: 'Due Date',
			name: 'dueDate',
			type: 'dateTime',
			default: '',
			description: 'Date the payment is due. A date picker value, an ISO date or dd/mm/yyyy; sent as dd/mm/yyyy.',
		},
	];
	const optional: INodeProperties[] = [
		{
			displayName: 'Observations',
			name: 'observations',
			type: 'string',
			typeOptions: { rows: 2 },
			default: '',
			description: 'Printed with the document',
		},
		{
			displayName: 'Reference',
			name: 'reference',
			type: 'string',
			default: '',
			description: 'Reference, usually a purchase order',
		},
		{
			displayName: 'Retention (%)',
			name: 'retention',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 99.99, numberPrecision: 2 },
			default: 0,
			description: 'Withholding tax in percent, between 0 and 99.99',
		},
	];
	return [
		...(operation === 'create'
			? dateFields.map((f) => ({ ...f, required: true, displayOptions: { show } }))
			: []),
		{
			displayName: 'Client Name',
			name: 'clientName',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show },
			description:
				'If no client has this name a new one is created with the client fields below; if one exists, the other client fields are ignored',
		},
		{
			displayName: 'Items Input',
			name: 'itemsInput',
			type: 'options',
			default: 'fields',
			displayOptions: { show },
			options: [
				{ name: 'Using Fields Below', value: 'fields' },
				{ name: 'Using JSON', value: 'json', description: 'A list of items, e.g. mapped from the input data' },
			],
		},
		{
			displayName: 'Items (JSON)',
			name: 'itemsJson',
			type: 'json',
			default: '[\n  {\n    "name": "Product 1",\n    "description": "",\n    "unit_price": 10,\n    "quantity": 1,\n    "unit": "unit",\n    "discount": 0,\n    "tax": { "name": "IVA23" }\n  }\n]',
			required: true,
			displayOptions: { show: { ...show, itemsInput: ['json'] } },
			description:
				(operation === 'update' ? 'These items REPLACE all the document’s items: items left out are deleted. ' : '') +
				'A list of objects with name, description, unit_price, quantity, unit, discount and tax.name (or tax_name)',
		},
		{
			displayName: 'Items',
			name: 'items',
			type: 'fixedCollection',
			placeholder: 'Add Item',
			typeOptions: { multipleValues: true },
			default: {},
			required: true,
			displayOptions: { show: { ...show, itemsInput: ['fields'] } },
			description:
				operation === 'update'
					? 'At least one. The items sent REPLACE all the document’s items: items left out are deleted. An unknown item name creates a new item; a known one is updated.'
					: 'At least one. An unknown item name creates a new item; a known one is updated with these values.',
			options: [
				{
					displayName: 'Item',
					name: 'item',
					values: [
						{ displayName: 'Description', name: 'description', type: 'string', default: '' },
						{ displayName: 'Discount (%)', name: 'discount', type: 'number', default: 0, description: '0 or more' },
						{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Item name' },
						{ displayName: 'Quantity', name: 'quantity', type: 'number', default: 1, description: 'Greater than 0' },
						{
							displayName: 'Tax Name',
							name: 'taxName',
							type: 'string',
							default: '',
							placeholder: 'IVA23',
							description: 'Name of one of the account’s taxes. Left empty, or not found, no tax is applied.',
						},
						{
							displayName: 'Unit',
							name: 'unit',
							type: 'string',
							default: 'unit',
							description: 'Unit of measure, one the account accepts (e.g. unit, hour, day, month, service, other)',
						},
						{
							displayName: 'Unit Price',
							name: 'unitPrice',
							type: 'number',
							typeOptions: { numberPrecision: 4 },
							default: 0,
							description: 'Greater than 0',
						},
					],
				},
			],
		},
		{
			displayName: 'Client Fields',
			name: 'client',
			type: 'collection',
			placeholder: 'Add Client Field',
			default: {},
			displayOptions: { show },
			description: 'Used only when a new client is created',
			options: clientOptions(operation),
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			displayOptions: { show },
			options: operation === 'update' ? [...dateFields, ...optional] : optional,
		},
	];
}

/** The document fields of one item, as `documentBody` takes them. */
export function readDocumentInput(this: IExecuteFunctions, itemIndex: number, operation: 'create' | 'update'): DocumentInput {
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as DocumentInput;
	const items =
		this.getNodeParameter('itemsInput', itemIndex, 'fields') === 'json'
			? { item: itemsFromJson(this.getNode(), itemIndex, this.getNodeParameter('itemsJson', itemIndex)) }
			: (this.getNodeParameter('items', itemIndex, {}) as { item?: ItemInput[] });
	return {
		...additional,
		...(operation === 'create'
			? { date: this.getNodeParameter('date', itemIndex), dueDate: this.getNodeParameter('dueDate', itemIndex) }
			: {}),
		clientName: this.getNodeParameter('clientName', itemIndex) as string,
		client: this.getNodeParameter('client', itemIndex, {}) as ClientInput,
		items: items.item ?? [],
	};
}

/** Items given as JSON (a list, or its text), in the API's own key names or the node's. */
export function itemsFromJson(node: INode, itemIndex: number, value: unknown): ItemInput[] {
	let list = value;
	if (typeof value === 'string') {
		try {
			list = JSON.parse(value);
		} catch {
			throw inputError(node, itemIndex, '"Items (JSON)" is not valid JSON', 'Give a JSON list such as [{"name": "Product 1", "unit_price": 10, "quantity": 1, "unit": "unit"}].');
		}
	}
	if (!Array.isArray(list) || list.some((entry) => !entry || typeof entry !== 'object' || Array.isArray(entry))) {
		throw inputError(node, itemIndex, '"Items (JSON)" must be a list of objects', 'Give a JSON list such as [{"name": "Product 1", "unit_price": 10, "quantity": 1, "unit": "unit"}].');
	}
	return (list as Array<Record<string, unknown>>).map((entry) => {
		const tax = entry.tax as { name?: unknown } | undefined;
		const pick = (...keys: string[]) => keys.map((k) => entry[k]).find((v) => v !== undefined);
		return {
			name: pick('name') as string | undefined,
			description: pick('description') as string | undefined,
			unitPrice: pick('unit_price', 'unitPrice') as number | string | undefined,
			quantity: pick('quantity') as number | string | undefined,
			unit: pick('unit') as string | undefined,
			discount: pick('discount') as number | string | undefined,
			taxName: (tax && typeof tax === 'object' ? tax.name : pick('tax_name', 'taxName')) as string | undefined,
		};
	});
}
