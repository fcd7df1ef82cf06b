import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { route } from '../shared/router';
import * as article from './actions/article/Article.resource';
import * as client from './actions/client/Client.resource';
import * as contact from './actions/contact/Contact.resource';
import * as creditNote from './actions/creditNote/CreditNote.resource';
import { searchContacts } from './actions/contact/record';
import * as invoice from './actions/invoice/Invoice.resource';
import * as invoiceComment from './actions/invoiceComment/InvoiceComment.resource';
import { searchInvoiceComments } from './actions/invoiceComment/common.descriptions';
import * as invoiceItem from './actions/invoiceItem/InvoiceItem.resource';
import * as invoicePayment from './actions/invoicePayment/InvoicePayment.resource';
import * as invoiceTag from './actions/invoiceTag/InvoiceTag.resource';
import * as letter from './actions/letter/Letter.resource';
import * as recurring from './actions/recurring/Recurring.resource';
import * as reminder from './actions/reminder/Reminder.resource';
import { searchInvoiceTags } from './actions/invoiceTag/common.descriptions';
import * as tax from './actions/tax/Tax.resource';
import * as unit from './actions/unit/Unit.resource';
import { joinedName, pickerSearch } from './methods/listSearch';

export class Billomat implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Billomat',
		name: 'billomat',
		icon: { light: 'file:../../icons/billomat.svg', dark: 'file:../../icons/billomat.dark.svg' },
		group: ['output'],
		// 1.1: Get and Get Many have Simplify as their own switch, on by default (1: in Options, off).
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Create, complete, send and pay invoices in Billomat, and manage its clients, contacts and articles',
		defaults: { name: 'Billomat' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'billomatApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Article', value: 'article' },
					{ name: 'Client', value: 'client' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Credit Note', value: 'creditNote' },
					{ name: 'Invoice', value: 'invoice' },
					{ name: 'Invoice Comment', value: 'invoiceComment' },
					{ name: 'Invoice Item', value: 'invoiceItem' },
					{ name: 'Invoice Payment', value: 'invoicePayment' },
					{ name: 'Invoice Tag', value: 'invoiceTag' },
					{ name: 'Letter', value: 'letter' },
					{ name: 'Recurring Invoice', value: 'recurring' },
					{ name: 'Reminder', value: 'reminder' },
					{ name: 'Tax', value: 'tax' },
					{ name: 'Unit', value: 'unit' },
				],
				default: 'invoice',
			},
			...article.description,
			...client.description,
			...contact.description,
			...creditNote.description,
			...invoice.description,
			...invoiceComment.description,
			...invoiceItem.description,
			...invoicePayment.description,
			...invoiceTag.description,
			...letter.description,
			...recurring.description,
			...reminder.description,
			...tax.description,
			...unit.description,
		],
	};

	methods = {
		listSearch: {
			searchArticles: pickerSearch({ path: '/articles', root: 'articles', element: 'article', searchFilter: 'title', name: (r) => joinedName(r.article_number, r.title) }),
			searchClients: pickerSearch({ path: '/clients', root: 'clients', element: 'client', searchFilter: 'name', name: (r) => joinedName(r.client_number, r.name) }),
			searchContacts,
			searchCreditNotes: pickerSearch({
				path: '/credit-notes',
				root: 'credit-notes',
				element: 'credit-note',
				searchFilter: 'credit_note_number',
				name: (r) => joinedName(r.credit_note_number, r.label),
			}),
			searchInvoiceComments,
			searchInvoiceTags,
			searchLetters: pickerSearch({ path: '/letters', root: 'letters', element: 'letter', searchFilter: 'subject', name: (r) => joinedName(r.subject, r.label, r.date) }),
			searchRecurrings: pickerSearch({ path: '/recurrings', root: 'recurrings', element: 'recurring', searchFilter: 'name', name: (r) => joinedName(r.name, r.cycle) }),
			searchReminders: pickerSearch({
				path: '/reminders',
				root: 'reminders',
				element: 'reminder',
				searchFilter: 'invoice_number',
				name: (r) => joinedName(r.subject, `invoice ${String(r.invoice_id)}`, r.date),
			}),
			searchInvoices: pickerSearch({ path: '/invoices', root: 'invoices', element: 'invoice', searchFilter: 'invoice_number', name: (r) => joinedName(r.invoice_number, r.label) }),
			// Payments have no text filter: the list pages through every payment, newest IDs last.
			searchInvoicePayments: pickerSearch({
				path: '/invoice-payments',
				root: 'invoice-payments',
				element: 'invoice-payment',
				name: (r) => joinedName(r.date, r.amount, r.type, `invoice ${String(r.invoice_id)}`),
			}),
			// Taxes have no documented filter: the list pages through every rate.
			searchTaxes: pickerSearch({ path: '/taxes', root: 'taxes', element: 'tax', name: (r) => joinedName(r.name, `${String(r.rate)} %`) }),
			searchUnits: pickerSearch({ path: '/units', root: 'units', element: 'unit', searchFilter: 'name', name: (r) => joinedName(r.name) }),
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, {
			article: article.operations,
			client: client.operations,
			contact: contact.operations,
			creditNote: creditNote.operations,
			invoice: invoice.operations,
			invoiceComment: invoiceComment.operations,
			invoiceItem: invoiceItem.operations,
			invoicePayment: invoicePayment.operations,
			invoiceTag: invoiceTag.operations,
			letter: letter.operations,
			recurring: recurring.operations,
			reminder: reminder.operations,
			tax: tax.operations,
			unit: unit.operations,
		});
	}
}
