// Which ID fields the Billomat node shows as pickers, per node version, as the editor resolves
// displayOptions (`@version` included). Invoices: plain fields in versions 1 and 1.1 (saved
// workflows hold plain values), pickers from 1.2. Credit notes never had plain fields: pickers in
// every version. Nested pickers sit in collections and fixed collections, as n8n's own nodes have
// them (Twitter V2's Additional Fields, Jira's custom fields).
import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Billomat } from '../../nodes/Billomat/Billomat.node';

const description = new Billomat().description;

/** The one property called `name` the editor shows for these parameters and this version. */
function shown(typeVersion: number, parameters: Record<string, unknown>, name: string): INodeProperties {
	const node = { typeVersion, parameters };
	const found = description.properties.filter((p) => p.name === name && NodeHelpers.displayParameter(parameters as never, p, node as never, description));
	expect(found).toHaveLength(1);
	return found[0];
}

const option = (collection: INodeProperties, name: string) => (collection.options as INodeProperties[]).find((o) => o.name === name)!;
const lineItemArticle = (lineItems: INodeProperties) => (lineItems.options as INodePropertyCollection[])[0].values.find((v) => v.name === 'article_id')!;

const invoice = (operation: string) => ({ resource: 'invoice', operation, itemsInput: 'fields' });

describe('Billomat pickers by node version', () => {
	test('new nodes are version 1.2; 1 and 1.1 stay for saved workflows', () => {
		expect(description.version).toEqual([1, 1.1, 1.2]);
		expect(description.defaultVersion).toBe(1.2);
	});

	test.each([1, 1.1])('version %s: the invoice ID fields stay plain text fields', (version) => {
		for (const operation of ['get', 'update', 'delete', 'complete', 'cancel', 'sendEmail', 'downloadPdf']) {
			expect(shown(version, invoice(operation), 'invoiceId')).toMatchObject({ type: 'string', displayName: 'Invoice ID' });
		}
		expect(shown(version, invoice('create'), 'clientId')).toMatchObject({ type: 'string', displayName: 'Client ID' });
		const fields = shown(version, invoice('create'), 'additionalFields');
		for (const name of ['contact_id', 'template_id', 'free_text_id', 'invoice_id', 'offer_id', 'confirmation_id', 'recurring_id']) expect(option(fields, name).type).toBe('string');
		expect(lineItemArticle(shown(version, invoice('create'), 'lineItems')).type).toBe('string');
		expect(option(shown(version, invoice('complete'), 'options'), 'templateId').type).toBe('string');
		expect(option(shown(version, invoice('sendEmail'), 'additionalFields'), 'email_template_id').type).toBe('string');
		expect(option(shown(version, invoice('getAll'), 'filters'), 'client_id').type).toBe('string');
		expect(option(shown(version, { resource: 'article', operation: 'getAll' }, 'filters'), 'unit_id').type).toBe('string');
	});

	test('version 1.2: each of them is a picker listing its records', () => {
		const picker = (property: INodeProperties) => {
			expect(property.type).toBe('resourceLocator');
			expect(property.modes?.map((m) => m.name)).toEqual(['list', 'id']);
			return property.modes?.[0].typeOptions?.searchListMethod;
		};
		for (const operation of ['get', 'update', 'delete', 'complete', 'cancel', 'sendEmail', 'downloadPdf']) {
			expect(picker(shown(1.2, invoice(operation), 'invoiceId'))).toBe('searchInvoices');
		}
		expect(picker(shown(1.2, invoice('create'), 'clientId'))).toBe('searchClients');
		const fields = shown(1.2, invoice('create'), 'additionalFields');
		expect(picker(option(fields, 'contact_id'))).toBe('searchDocumentContacts');
		expect(picker(option(fields, 'template_id'))).toBe('searchTemplates');
		expect(picker(option(fields, 'free_text_id'))).toBe('searchFreeTexts');
		expect(picker(option(fields, 'invoice_id'))).toBe('searchInvoices');
		expect(picker(option(fields, 'offer_id'))).toBe('searchEstimates');
		expect(picker(option(fields, 'confirmation_id'))).toBe('searchConfirmations');
		expect(picker(option(fields, 'recurring_id'))).toBe('searchRecurrings');
		expect(option(fields, 'contact_id').required).toBe(false);
		expect(picker(lineItemArticle(shown(1.2, invoice('create'), 'lineItems')))).toBe('searchArticles');
		expect(picker(option(shown(1.2, invoice('update'), 'updateFields'), 'client_id'))).toBe('searchClients');
		expect(picker(option(shown(1.2, invoice('complete'), 'options'), 'templateId'))).toBe('searchTemplates');
		expect(picker(option(shown(1.2, invoice('sendEmail'), 'additionalFields'), 'email_template_id'))).toBe('searchEmailTemplates');
		expect(picker(option(shown(1.2, invoice('getAll'), 'filters'), 'article_id'))).toBe('searchArticles');
		expect(picker(option(shown(1.2, { resource: 'article', operation: 'getAll' }, 'filters'), 'unit_id'))).toBe('searchUnits');
	});

	test.each([1, 1.1, 1.2])('version %s: credit notes have pickers (they never had plain fields)', (version) => {
		const fields = shown(version, { resource: 'creditNote', operation: 'create', itemsInput: 'fields' }, 'additionalFields');
		expect(option(fields, 'contact_id').type).toBe('resourceLocator');
		expect(option(fields, 'invoice_id').type).toBe('resourceLocator');
		expect(option(shown(version, { resource: 'creditNote', operation: 'complete' }, 'options'), 'templateId').type).toBe('resourceLocator');
	});

	test('every picker names a listSearch method the node has', () => {
		const methods = Object.keys(new Billomat().methods.listSearch);
		const walk = (properties: INodeProperties[]): string[] =>
			properties.flatMap((p) => [
				...(p.modes ?? []).map((m) => m.typeOptions?.searchListMethod).filter((m): m is string => typeof m === 'string'),
				...(p.type === 'collection' ? walk(p.options as INodeProperties[]) : []),
				...(p.type === 'fixedCollection' ? (p.options as INodePropertyCollection[]).flatMap((g) => walk(g.values)) : []),
			]);
		const used = new Set(walk(description.properties));
		expect(used.has('searchDocumentContacts')).toBe(true);
		expect([...used].filter((m) => !methods.includes(m))).toEqual([]);
	});
});
