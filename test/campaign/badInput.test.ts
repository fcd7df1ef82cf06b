// The bad-input half of the campaign: for every operation, one input item with a value the node
// must refuse. The refusal names the item and what to change, comes before any request (nothing
// reaches the provider for that item), and under continueOnFail the next item is still processed.
import type { IDataObject } from 'n8n-workflow';

import { IMATERIALISE_ORDERS } from '../../sandbox/imaterialise';
import { runWorkflow } from '../harness/engine';
import type { FixtureItem } from '../harness/testNodes';
import { INVOICEXPRESS_CLIENT_BAD_INPUTS } from '../invoicexpress/client.campaign';
import type { OperationCase } from './operations';
import { CASES, caseTitle, DEMO_SECRETS, PROVIDERS, useAllSandboxes, workflowFor } from './operations';

const servers = useAllSandboxes();

interface BadInput {
	/** Parameter overrides reading the bad value from the item (with a good default for item 1). */
	parameters?: Record<string, unknown>;
	/** The first item's JSON (and binary, when the bad value is the file). */
	item: FixtureItem;
	/** The error the user sees for it. */
	message: string;
}

const NOT_PDF: FixtureItem = { json: {}, binary: { data: { base64: Buffer.from('not a pdf').toString('base64'), fileName: 'notes.txt', mimeType: 'text/plain' } } };
const badId = (id: unknown, message: string): BadInput => ({ item: { json: { id } as IDataObject }, message });

/** The Billomat estimate, confirmation and delivery note operations: their bad values (document numbers for IDs, …). */
function documentFamilyBadInputs(): Record<string, BadInput> {
	const bad: Record<string, BadInput> = {};
	const rows: Array<[string, string, string, string, string[]]> = [
		// resource, ID parameter, its display name, a demo document, its state changes
		['estimate', 'estimateId', 'Estimate', '21', ['cancel', 'clear', 'lose', 'unclear', 'win']],
		['confirmation', 'confirmationId', 'Confirmation', '7', ['cancel', 'clear', 'unclear']],
		['deliveryNote', 'deliveryNoteId', 'Delivery Note', '51', []],
	];
	for (const [resource, idName, label, demo, actions] of rows) {
		const number = badId('NR-1', `Item 0: "${label}" ("NR-1") is not a Billomat ID`);
		for (const operation of ['complete', 'delete', 'get', 'update', ...actions]) bad[`billomat ${resource} ${operation}`] = number;
		for (const operation of ['downloadPdf', 'sendEmail']) bad[`billomat ${resource} ${operation}`] = { ...number, parameters: { [idName]: `={{ $json.id ?? "${demo}" }}` } };
		bad[`billomat ${resource} create`] = { parameters: { clientId: '={{ $json.client ?? "476" }}' }, item: { json: { client: 'ACME' } }, message: 'Item 0: "Client ID" ("ACME") is not a Billomat ID' };
		bad[`billomat ${resource} getAll`] = { parameters: { filters: { from: '={{ $json.from ?? "2000-01-01" }}' } }, item: { json: { from: 'soon' } }, message: 'Item 0: "From" ("soon") is not a date' };
	}
	return bad;
}

/** The estimate, confirmation and delivery note children (items, comments, tags): the same bad values per family. */
function orderChildBadInputs(): Record<string, BadInput> {
	const bad: Record<string, BadInput> = {};
	const rows: Array<[string, string, string, string, string]> = [
		// resource, document ID parameter, its display name, a completed demo document (with comments and tags), one of its items
		['estimate', 'estimateId', 'Estimate', '21', '21001'],
		['confirmation', 'confirmationId', 'Confirmation', '7', '7001'],
		['deliveryNote', 'deliveryNoteId', 'Delivery Note', '51', '51001'],
	];
	for (const [resource, idName, label, demo, item] of rows) {
		const documentNumber: BadInput = { parameters: { [idName]: `={{ $json.id ?? "${demo}" }}` }, item: { json: { id: 'NR-1' } }, message: `Item 0: "${label}" ("NR-1") is not a Billomat ID` };
		bad[`billomat ${resource}Item create`] = { parameters: { quantity: '={{ $json.quantity ?? 1 }}' }, item: { json: { quantity: 'two' } }, message: 'Item 0: "Quantity" ("two") is not a number' };
		bad[`billomat ${resource}Item delete`] = badId('POS-1', 'Item 0: "Item ID" ("POS-1") is not a Billomat ID');
		bad[`billomat ${resource}Item get`] = { parameters: { itemId: `={{ $json.id ?? "${item}" }}` }, item: { json: { id: 'POS-1' } }, message: 'Item 0: "Item ID" ("POS-1") is not a Billomat ID' };
		bad[`billomat ${resource}Item getAll`] = documentNumber;
		bad[`billomat ${resource}Item update`] = badId('POS-1', 'Item 0: "Item ID" ("POS-1") is not a Billomat ID');
		bad[`billomat ${resource}Comment create`] = { parameters: { comment: '={{ $json.text ?? "Campaign" }}' }, item: { json: { text: '  ' } }, message: 'Item 0: "Comment" is blank' };
		bad[`billomat ${resource}Comment delete`] = badId('C-3', 'Item 0: "Comment" ("C-3") is not a Billomat ID');
		bad[`billomat ${resource}Comment get`] = badId('C-3', 'Item 0: "Comment" ("C-3") is not a Billomat ID');
		bad[`billomat ${resource}Comment getAll`] = documentNumber;
		bad[`billomat ${resource}Tag create`] = { parameters: { name: '={{ $json.tag ?? "Campaign" }}' }, item: { json: { tag: '  ' } }, message: 'Item 0: "Name" is blank' };
		bad[`billomat ${resource}Tag delete`] = badId('web', 'Item 0: "Tag" ("web") is not a Billomat ID');
		bad[`billomat ${resource}Tag get`] = badId('web', 'Item 0: "Tag" ("web") is not a Billomat ID');
		bad[`billomat ${resource}Tag getAll`] = documentNumber;
		bad[`billomat ${resource}Tag getCloud`] = { parameters: { minCount: '={{ $json.min ?? 1 }}' }, item: { json: { min: 'many' } }, message: 'Item 0: "Minimum Count" ("many") is not a number' };
	}
	return bad;
}

/** Per operation (provider resource operation): the bad value and the message it gives. */
const BAD: Record<string, BadInput> = {
	...documentFamilyBadInputs(),
	...orderChildBadInputs(),
	...INVOICEXPRESS_CLIENT_BAD_INPUTS,
	'billomat client create': { parameters: { clientFields: { email: '={{ $json.email ?? "new@example.com" }}' } }, item: { json: { email: 'new at example' } }, message: 'Item 0: "Email" ("new at example") is not an email address' },
	'billomat client delete': badId('KD-12', 'Item 0: "Client ID" ("KD-12") is not a Billomat ID'),
	'billomat client findOrCreate': { item: { json: { email: 'info at musterfirma' } }, message: 'Item 0: "Email" ("info at musterfirma") is not an email address' },
	'billomat client get': badId('KD-12', 'Item 0: "Client ID" ("KD-12") is not a Billomat ID'),
	'billomat client getAll': { parameters: { filters: { country_code: '={{ $json.country ?? "DE" }}' } }, item: { json: { country: 'Germany' } }, message: 'Item 0: "Country Code" ("Germany") is not a two-letter country code' },
	'billomat client update': badId('KD-12', 'Item 0: "Client ID" ("KD-12") is not a Billomat ID'),
	'billomat invoice cancel': badId('INV-12', 'Item 0: "Invoice ID" ("INV-12") is not a Billomat ID'),
	'billomat invoice complete': badId('INV-12', 'Item 0: "Invoice ID" ("INV-12") is not a Billomat ID'),
	'billomat invoice create': { parameters: { clientId: '={{ $json.client ?? "476" }}' }, item: { json: { client: 'ACME' } }, message: 'Item 0: "Client ID" ("ACME") is not a Billomat ID' },
	'billomat invoice delete': badId('INV-12', 'Item 0: "Invoice ID" ("INV-12") is not a Billomat ID'),
	'billomat invoice downloadPdf': { parameters: { invoiceId: '={{ $json.id ?? "1" }}' }, item: { json: { id: 'INV-12' } }, message: 'Item 0: "Invoice ID" ("INV-12") is not a Billomat ID' },
	'billomat invoice encash': badId('INV-12', 'Item 0: "Invoice ID" ("INV-12") is not a Billomat ID'),
	'billomat invoice get': badId('INV-12', 'Item 0: "Invoice ID" ("INV-12") is not a Billomat ID'),
	'billomat invoice getAll': { parameters: { filters: { from: '={{ $json.from ?? "2000-01-01" }}' } }, item: { json: { from: 'soon' } }, message: 'Item 0: "From" ("soon") is not a date' },
	'billomat invoice getGroupedTotals': { parameters: { groupBy: '={{ $json.groupBy ?? ["status"] }}' }, item: { json: { groupBy: ['status', 'decade'] } }, message: 'Item 0: "Group By" has unknown criteria: decade' },
	'billomat invoice sendByPost': { parameters: { additionalFields: { paper_weight: '={{ $json.weight ?? 90 }}' } }, item: { json: { weight: 100 } }, message: 'Item 0: "Paper Weight" (100) is neither 80 nor 90' },
	'billomat invoice sendEmail': { parameters: { to: '={{ $json.to ?? "info@example.com" }}' }, item: { json: { to: 'info at example.com' } }, message: 'Item 0: "To" has an invalid email address: info at example.com' },
	'billomat invoice uncancel': badId('INV-12', 'Item 0: "Invoice ID" ("INV-12") is not a Billomat ID'),
	'billomat invoice update': badId('INV-12', 'Item 0: "Invoice ID" ("INV-12") is not a Billomat ID'),
	'billomat invoice uploadSignature': { item: NOT_PDF, message: 'Item 0: the binary property "data" (notes.txt, text/plain) is not a PDF' },
	'billomat creditNote complete': badId('GS-1', 'Item 0: "Credit Note" ("GS-1") is not a Billomat ID'),
	'billomat creditNote create': { parameters: { clientId: '={{ $json.client ?? "476" }}' }, item: { json: { client: 'ACME' } }, message: 'Item 0: "Client ID" ("ACME") is not a Billomat ID' },
	'billomat creditNote delete': badId('GS-1', 'Item 0: "Credit Note" ("GS-1") is not a Billomat ID'),
	'billomat creditNote downloadPdf': { parameters: { creditNoteId: '={{ $json.id ?? "31" }}' }, item: { json: { id: 'GS-1' } }, message: 'Item 0: "Credit Note" ("GS-1") is not a Billomat ID' },
	'billomat creditNote get': badId('GS-1', 'Item 0: "Credit Note" ("GS-1") is not a Billomat ID'),
	'billomat creditNote getAll': { parameters: { filters: { to: '={{ $json.to ?? "2099-12-31" }}' } }, item: { json: { to: 'later' } }, message: 'Item 0: "To" ("later") is not a date' },
	'billomat creditNote getGroupedTotals': { parameters: { groupBy: '={{ $json.groupBy ?? ["status"] }}' }, item: { json: { groupBy: ['client', 'quarter'] } }, message: 'Item 0: "Group By" has unknown criteria: quarter' },
	'billomat creditNote sendByPost': { parameters: { additionalFields: { paper_weight: '={{ $json.weight ?? 80 }}' } }, item: { json: { weight: 120 } }, message: 'Item 0: "Paper Weight" (120) is neither 80 nor 90' },
	'billomat creditNote sendEmail': { parameters: { to: '={{ $json.to ?? "info@example.com" }}' }, item: { json: { to: 'refunds at example.com' } }, message: 'Item 0: "To" has an invalid email address: refunds at example.com' },
	'billomat creditNote update': badId('GS-1', 'Item 0: "Credit Note" ("GS-1") is not a Billomat ID'),
	'billomat creditNote uploadSignature': { item: NOT_PDF, message: 'Item 0: the binary property "data" (notes.txt, text/plain) is not a PDF' },
	'billomat article create': { parameters: { title: '={{ $json.title ?? "Campaign article" }}' }, item: { json: { title: '  ' } }, message: 'Item 0: "Title" is blank' },
	'billomat article delete': badId('ART9', 'Item 0: "Article ID" ("ART9") is not a Billomat ID'),
	'billomat article get': badId('ART9', 'Item 0: "Article ID" ("ART9") is not a Billomat ID'),
	'billomat article getAll': { parameters: { filters: { unit_id: '={{ $json.unit ?? "" }}' } }, item: { json: { unit: 'hour' } }, message: 'Item 0: "Unit ID" ("hour") is not a Billomat ID' },
	'billomat article update': badId('ART9', 'Item 0: "Article ID" ("ART9") is not a Billomat ID'),
	'billomat tax create': { parameters: { rate: '={{ $json.rate ?? 10 }}' }, item: { json: { rate: '19%' } }, message: 'Item 0: "Rate" ("19%") is not a number' },
	'billomat tax delete': badId('VAT', 'Item 0: "Tax ID" ("VAT") is not a Billomat ID'),
	'billomat tax get': badId('VAT', 'Item 0: "Tax ID" ("VAT") is not a Billomat ID'),
	'billomat tax getAll': { parameters: { limit: '={{ $json.limit ?? 2 }}' }, item: { json: { limit: 'all' } }, message: 'Item 0: "Limit" ("all") is not a number' },
	'billomat tax update': badId('VAT', 'Item 0: "Tax ID" ("VAT") is not a Billomat ID'),
	'billomat unit create': { parameters: { name: '={{ $json.name ?? "Campaign unit" }}' }, item: { json: { name: ' ' } }, message: 'Item 0: "Name" is blank' },
	'billomat unit delete': badId('hour', 'Item 0: "Unit ID" ("hour") is not a Billomat ID'),
	'billomat unit get': badId('hour', 'Item 0: "Unit ID" ("hour") is not a Billomat ID'),
	'billomat unit getAll': { parameters: { filters: { name: '={{ $json.name ?? "" }}' } }, item: { json: { name: { text: 'hour' } } }, message: 'Item 0: "Name" is an object ({"text":"hour"}), not text' },
	'billomat unit update': badId('hour', 'Item 0: "Unit ID" ("hour") is not a Billomat ID'),
	'billomat contact create': { parameters: { clientId: '={{ $json.client ?? "476" }}' }, item: { json: { client: 'ACME' } }, message: 'Item 0: "Client ID" ("ACME") is not a Billomat ID' },
	'billomat contact delete': badId('Jane', 'Item 0: "Contact ID" ("Jane") is not a Billomat ID'),
	'billomat contact get': badId('Jane', 'Item 0: "Contact ID" ("Jane") is not a Billomat ID'),
	'billomat contact getAll': { parameters: { clientId: '={{ $json.client ?? "476" }}' }, item: { json: { client: 'ACME' } }, message: 'Item 0: "Client ID" ("ACME") is not a Billomat ID' },
	'billomat contact update': badId('Jane', 'Item 0: "Contact ID" ("Jane") is not a Billomat ID'),
	'billomat invoicePayment create': badId('INV-12', 'Item 0: "Invoice" ("INV-12") is not a Billomat ID'),
	'billomat invoicePayment delete': badId('PAY-1', 'Item 0: "Payment" ("PAY-1") is not a Billomat ID'),
	'billomat invoicePayment get': { parameters: { paymentId: '={{ $json.id ?? "1" }}' }, item: { json: { id: 'PAY-1' } }, message: 'Item 0: "Payment" ("PAY-1") is not a Billomat ID' },
	'billomat invoicePayment getAll': { parameters: { filters: { from: '={{ $json.from ?? "2000-01-01" }}' } }, item: { json: { from: 'soon' } }, message: 'Item 0: "From" ("soon") is not a date' },
	'billomat invoiceItem create': { parameters: { quantity: '={{ $json.quantity ?? 1 }}' }, item: { json: { quantity: 'two' } }, message: 'Item 0: "Quantity" ("two") is not a number' },
	'billomat invoiceItem delete': badId('POS-1', 'Item 0: "Item ID" ("POS-1") is not a Billomat ID'),
	'billomat invoiceItem get': { parameters: { itemId: '={{ $json.id ?? "2001" }}' }, item: { json: { id: 'POS-1' } }, message: 'Item 0: "Item ID" ("POS-1") is not a Billomat ID' },
	'billomat invoiceItem getAll': { parameters: { invoiceId: '={{ $json.id ?? "2" }}' }, item: { json: { id: 'RE123' } }, message: 'Item 0: "Invoice" ("RE123") is not a Billomat ID' },
	'billomat invoiceItem update': badId('POS-1', 'Item 0: "Item ID" ("POS-1") is not a Billomat ID'),
	'billomat invoiceComment create': { parameters: { comment: '={{ $json.text ?? "Campaign" }}' }, item: { json: { text: '  ' } }, message: 'Item 0: "Comment" is blank' },
	'billomat invoiceComment delete': badId('C-3', 'Item 0: "Comment" ("C-3") is not a Billomat ID'),
	'billomat invoiceComment get': badId('C-3', 'Item 0: "Comment" ("C-3") is not a Billomat ID'),
	'billomat invoiceTag create': { parameters: { name: '={{ $json.tag ?? "Campaign" }}' }, item: { json: { tag: '  ' } }, message: 'Item 0: "Name" is blank' },
	'billomat invoiceTag delete': badId('web', 'Item 0: "Tag" ("web") is not a Billomat ID'),
	'billomat invoiceTag get': badId('web', 'Item 0: "Tag" ("web") is not a Billomat ID'),
	'billomat invoiceTag getAll': { parameters: { invoiceId: '={{ $json.id ?? "2" }}' }, item: { json: { id: 'RE123' } }, message: 'Item 0: "Invoice" ("RE123") is not a Billomat ID' },
	'billomat invoiceTag getCloud': { parameters: { minCount: '={{ $json.min ?? 1 }}' }, item: { json: { min: 'many' } }, message: 'Item 0: "Minimum Count" ("many") is not a number' },
	'billomat template create': { parameters: { name: '={{ $json.name ?? "Campaign" }}' }, item: { json: { name: ' ' } }, message: 'Item 0: "Name" is blank' },
	'billomat template delete': badId('Rechnung', 'Item 0: "Template ID" ("Rechnung") is not a Billomat ID'),
	'billomat template get': badId('Rechnung', 'Item 0: "Template ID" ("Rechnung") is not a Billomat ID'),
	'billomat template getAll': { parameters: { filters: { type: '={{ $json.type ?? ["INVOICE"] }}' } }, item: { json: { type: ['BILL'] } }, message: 'Item 0: "Document Types" has unknown values: BILL' },
	'billomat template getPreview': badId('Rechnung', 'Item 0: "Template ID" ("Rechnung") is not a Billomat ID'),
	'billomat template update': badId('Rechnung', 'Item 0: "Template ID" ("Rechnung") is not a Billomat ID'),
	'billomat emailTemplate create': { parameters: { type: '={{ $json.type ?? "INVOICES" }}' }, item: { json: { type: 'LETTERS' } }, message: 'Item 0: "Document Type" ("LETTERS") is not one of Billomat\'s values' },
	'billomat emailTemplate delete': badId('Rechnung', 'Item 0: "E-Mail Template ID" ("Rechnung") is not a Billomat ID'),
	'billomat emailTemplate get': badId('Rechnung', 'Item 0: "E-Mail Template ID" ("Rechnung") is not a Billomat ID'),
	'billomat emailTemplate getAll': { parameters: { limit: '={{ $json.limit ?? 2 }}' }, item: { json: { limit: 'all' } }, message: 'Item 0: "Limit" ("all") is not a number' },
	'billomat emailTemplate update': badId('Rechnung', 'Item 0: "E-Mail Template ID" ("Rechnung") is not a Billomat ID'),
	'billomat freeText create': { parameters: { name: '={{ $json.name ?? "Campaign" }}' }, item: { json: { name: ' ' } }, message: 'Item 0: "Name" is blank' },
	'billomat freeText delete': badId('Standard', 'Item 0: "Free Text ID" ("Standard") is not a Billomat ID'),
	'billomat freeText get': badId('Standard', 'Item 0: "Free Text ID" ("Standard") is not a Billomat ID'),
	'billomat freeText getAll': { parameters: { limit: '={{ $json.limit ?? 2 }}' }, item: { json: { limit: 'all' } }, message: 'Item 0: "Limit" ("all") is not a number' },
	'billomat freeText update': badId('Standard', 'Item 0: "Free Text ID" ("Standard") is not a Billomat ID'),
	'billomat user get': badId('anna', 'Item 0: "User ID" ("anna") is not a Billomat ID'),
	'billomat user getAll': { parameters: { filters: { email: '={{ $json.email ?? "" }}' } }, item: { json: { email: { text: 'anna' } } }, message: 'Item 0: "Email" is an object ({"text":"anna"}), not text' },
	'billomat user getAvatar': badId('anna', 'Item 0: "User ID" ("anna") is not a Billomat ID'),
	'billomat user getMyself': { parameters: { options: { timeout: '={{ $json.timeout ?? 30000 }}' } }, item: { json: { timeout: 'soon' } }, message: 'Item 0: "Timeout" ("soon") is not a number' },
	'billomat clientProperty create': { parameters: { name: '={{ $json.name ?? "Campaign" }}' }, item: { json: { name: ' ' } }, message: 'Item 0: "Name" is blank' },
	'billomat clientProperty delete': badId('Abteilung', 'Item 0: "Client Property ID" ("Abteilung") is not a Billomat ID'),
	'billomat clientProperty get': badId('Abteilung', 'Item 0: "Client Property ID" ("Abteilung") is not a Billomat ID'),
	'billomat clientProperty getAll': { parameters: { limit: '={{ $json.limit ?? 2 }}' }, item: { json: { limit: 'all' } }, message: 'Item 0: "Limit" ("all") is not a number' },
	'billomat clientProperty update': badId('Abteilung', 'Item 0: "Client Property ID" ("Abteilung") is not a Billomat ID'),
	'billomat clientPropertyValue get': badId('Einkauf', 'Item 0: "Client Property Value ID" ("Einkauf") is not a Billomat ID'),
	'billomat clientPropertyValue getAll': { parameters: { filters: { client_id: '={{ $json.client ?? "" }}' } }, item: { json: { client: 'KD1' } }, message: 'Item 0: "Client ID" ("KD1") is not a Billomat ID' },
	'billomat clientPropertyValue set': { item: { json: { client: 'ACME' } }, message: 'Item 0: "Client ID" ("ACME") is not a Billomat ID' },
	'billomat invoiceComment getAll': { parameters: { invoiceId: '={{ $json.id ?? "1" }}' }, item: { json: { id: 'RE123' } }, message: 'Item 0: "Invoice" ("RE123") is not a Billomat ID' },
	'billomat supplier create': { parameters: { supplierFields: { email: '={{ $json.email ?? "campaign@suppliers.example" }}' } }, item: { json: { email: 'einkauf at lieferant' } }, message: 'Item 0: "Email" ("einkauf at lieferant") is not an email address' },
	'billomat supplier delete': badId('ACME', 'Item 0: "Supplier ID" ("ACME") is not a Billomat ID'),
	'billomat supplier get': badId('ACME', 'Item 0: "Supplier ID" ("ACME") is not a Billomat ID'),
	'billomat supplier getAll': { parameters: { filters: { country_code: '={{ $json.country ?? "DE" }}' } }, item: { json: { country: 'Germany' } }, message: 'Item 0: "Country Code" ("Germany") is not a two-letter country code' },
	'billomat supplier getPropertyValue': badId('Payment terms', 'Item 0: "Property Value ID" ("Payment terms") is not a Billomat ID'),
	'billomat supplier getPropertyValues': { parameters: { filters: { supplier_id: '={{ $json.supplier ?? "" }}' } }, item: { json: { supplier: 'Rheinhost' } }, message: 'Item 0: "Supplier ID" ("Rheinhost") is not a Billomat ID' },
	'billomat supplier setPropertyValue': badId('ACME', 'Item 0: "Supplier ID" ("ACME") is not a Billomat ID'),
	'billomat supplier update': badId('ACME', 'Item 0: "Supplier ID" ("ACME") is not a Billomat ID'),
	'billomat incoming create': { parameters: { supplierId: '={{ $json.supplier ?? "3" }}' }, item: { json: { supplier: 'Rheinhost' } }, message: 'Item 0: "Supplier ID" ("Rheinhost") is not a Billomat ID' },
	'billomat incoming delete': badId('RH-25-00342', 'Item 0: "Incoming ID" ("RH-25-00342") is not a Billomat ID'),
	'billomat incoming get': badId('RH-25-00342', 'Item 0: "Incoming ID" ("RH-25-00342") is not a Billomat ID'),
	'billomat incoming getAll': { parameters: { filters: { from: '={{ $json.from ?? "2000-01-01" }}' } }, item: { json: { from: 'soon' } }, message: 'Item 0: "From" ("soon") is not a date' },
	'billomat incoming getGroupedTotals': { parameters: { groupBy: '={{ $json.groupBy ?? ["supplier"] }}' }, item: { json: { groupBy: ['supplier', 'client'] } }, message: 'Item 0: "Group By" has unknown criteria: client' },
	'billomat incoming update': badId('RH-25-00342', 'Item 0: "Incoming ID" ("RH-25-00342") is not a Billomat ID'),
	'billomat letter delete': badId('L-51', 'Item 0: "Letter" ("L-51") is not a Billomat ID'),
	'billomat letter get': badId('L-51', 'Item 0: "Letter" ("L-51") is not a Billomat ID'),
	'billomat letter update': badId('L-51', 'Item 0: "Letter" ("L-51") is not a Billomat ID'),
	'billomat letter complete': badId('L-51', 'Item 0: "Letter" ("L-51") is not a Billomat ID'),
	'billomat reminder delete': badId('MA-41', 'Item 0: "Reminder" ("MA-41") is not a Billomat ID'),
	'billomat reminder get': badId('MA-41', 'Item 0: "Reminder" ("MA-41") is not a Billomat ID'),
	'billomat reminder update': badId('MA-41', 'Item 0: "Reminder" ("MA-41") is not a Billomat ID'),
	'billomat reminder cancel': badId('MA-41', 'Item 0: "Reminder" ("MA-41") is not a Billomat ID'),
	'billomat reminder complete': badId('MA-41', 'Item 0: "Reminder" ("MA-41") is not a Billomat ID'),
	'billomat recurring delete': badId('ABO-71', 'Item 0: "Recurring" ("ABO-71") is not a Billomat ID'),
	'billomat recurring get': badId('ABO-71', 'Item 0: "Recurring" ("ABO-71") is not a Billomat ID'),
	'billomat recurring update': badId('ABO-71', 'Item 0: "Recurring" ("ABO-71") is not a Billomat ID'),
	'billomat letter getAll': { parameters: { filters: { from: '={{ $json.from ?? "2000-01-01" }}' } }, item: { json: { from: 'soon' } }, message: 'Item 0: "From" ("soon") is not a date' },
	'billomat letter create': { parameters: { clientId: { mode: 'id', value: '={{ $json.client ?? "476" }}' } }, item: { json: { client: 'ACME' } }, message: 'Item 0: "Client ID" ("ACME") is not a Billomat ID' },
	'billomat letter downloadPdf': { parameters: { letterId: { mode: 'id', value: '={{ $json.id ?? "51" }}' } }, item: { json: { id: 'L-51' } }, message: 'Item 0: "Letter" ("L-51") is not a Billomat ID' },
	'billomat letter sendEmail': { parameters: { to: '={{ $json.to ?? "info@example.com" }}' }, item: { json: { to: 'info at example.com' } }, message: 'Item 0: "To" has an invalid email address: info at example.com' },
	'billomat reminder getAll': { parameters: { filters: { subject: '={{ $json.subject ?? "" }}' } }, item: { json: { subject: { text: 'late' } } }, message: 'Item 0: "Subject" is an object ({"text":"late"}), not text' },
	'billomat reminder create': { parameters: { invoiceId: { mode: 'id', value: '={{ $json.invoice ?? "4" }}' } }, item: { json: { invoice: 'RE125' } }, message: 'Item 0: "Invoice" ("RE125") is not a Billomat ID' },
	'billomat reminder downloadPdf': { parameters: { reminderId: { mode: 'id', value: '={{ $json.id ?? "41" }}' } }, item: { json: { id: 'MA-41' } }, message: 'Item 0: "Reminder" ("MA-41") is not a Billomat ID' },
	'billomat reminder sendEmail': { parameters: { to: '={{ $json.to ?? "info@example.com" }}' }, item: { json: { to: 'info at example.com' } }, message: 'Item 0: "To" has an invalid email address: info at example.com' },
	'billomat reminder uploadSignature': { item: NOT_PDF, message: 'Item 0: the binary property "data" (notes.txt, text/plain) is not a PDF' },
	'billomat recurring getAll': { parameters: { filters: { name: '={{ $json.name ?? "" }}' } }, item: { json: { name: { text: 'hosting' } } }, message: 'Item 0: "Name" is an object ({"text":"hosting"}), not text' },
	'billomat recurring create': { parameters: { clientId: { mode: 'id', value: '={{ $json.client ?? "476" }}' } }, item: { json: { client: 'ACME' } }, message: 'Item 0: "Client ID" ("ACME") is not a Billomat ID' },
	'billomat creditNoteItem create': { parameters: { quantity: '={{ $json.quantity ?? 1 }}' }, item: { json: { quantity: 'two' } }, message: 'Item 0: "Quantity" ("two") is not a number' },
	'billomat creditNoteItem delete': badId('POS-1', 'Item 0: "Item ID" ("POS-1") is not a Billomat ID'),
	'billomat creditNoteItem get': { parameters: { itemId: '={{ $json.id ?? "31001" }}' }, item: { json: { id: 'POS-1' } }, message: 'Item 0: "Item ID" ("POS-1") is not a Billomat ID' },
	'billomat creditNoteItem getAll': { parameters: { creditNoteId: '={{ $json.id ?? "31" }}' }, item: { json: { id: 'GS1' } }, message: 'Item 0: "Credit Note" ("GS1") is not a Billomat ID' },
	'billomat creditNoteItem update': badId('POS-1', 'Item 0: "Item ID" ("POS-1") is not a Billomat ID'),
	'billomat creditNoteComment create': { parameters: { comment: '={{ $json.text ?? "Campaign" }}' }, item: { json: { text: '  ' } }, message: 'Item 0: "Comment" is blank' },
	'billomat creditNoteComment delete': badId('C-3', 'Item 0: "Comment" ("C-3") is not a Billomat ID'),
	'billomat creditNoteComment get': badId('C-3', 'Item 0: "Comment" ("C-3") is not a Billomat ID'),
	'billomat creditNoteComment getAll': { parameters: { creditNoteId: '={{ $json.id ?? "31" }}' }, item: { json: { id: 'GS1' } }, message: 'Item 0: "Credit Note" ("GS1") is not a Billomat ID' },
	'billomat creditNotePayment create': badId('GS1', 'Item 0: "Credit Note" ("GS1") is not a Billomat ID'),
	'billomat creditNotePayment delete': badId('PAY-1', 'Item 0: "Payment" ("PAY-1") is not a Billomat ID'),
	'billomat creditNotePayment get': { parameters: { paymentId: '={{ $json.id ?? "1" }}' }, item: { json: { id: 'PAY-1' } }, message: 'Item 0: "Payment" ("PAY-1") is not a Billomat ID' },
	'billomat creditNotePayment getAll': { parameters: { filters: { from: '={{ $json.from ?? "2000-01-01" }}' } }, item: { json: { from: 'soon' } }, message: 'Item 0: "From" ("soon") is not a date' },
	'billomat creditNoteTag create': { parameters: { name: '={{ $json.tag ?? "Campaign" }}' }, item: { json: { tag: '  ' } }, message: 'Item 0: "Name" is blank' },
	'billomat creditNoteTag delete': badId('web', 'Item 0: "Tag" ("web") is not a Billomat ID'),
	'billomat creditNoteTag get': badId('web', 'Item 0: "Tag" ("web") is not a Billomat ID'),
	'billomat creditNoteTag getAll': { parameters: { creditNoteId: '={{ $json.id ?? "31" }}' }, item: { json: { id: 'GS1' } }, message: 'Item 0: "Credit Note" ("GS1") is not a Billomat ID' },
	'billomat creditNoteTag getCloud': { parameters: { minCount: '={{ $json.min ?? 1 }}' }, item: { json: { min: 'many' } }, message: 'Item 0: "Minimum Count" ("many") is not a number' },
	'billomat reminderItem create': { parameters: { quantity: '={{ $json.quantity ?? 1 }}' }, item: { json: { quantity: 'two' } }, message: 'Item 0: "Quantity" ("two") is not a number' },
	'billomat reminderItem delete': badId('POS-1', 'Item 0: "Item ID" ("POS-1") is not a Billomat ID'),
	'billomat reminderItem get': { parameters: { itemId: '={{ $json.id ?? "42001" }}' }, item: { json: { id: 'POS-1' } }, message: 'Item 0: "Item ID" ("POS-1") is not a Billomat ID' },
	'billomat reminderItem getAll': { parameters: { reminderId: '={{ $json.parent ?? "42" }}' }, item: { json: { parent: 'MA-1' } }, message: 'Item 0: "Reminder" ("MA-1") is not a Billomat ID' },
	'billomat reminderItem update': badId('POS-1', 'Item 0: "Item ID" ("POS-1") is not a Billomat ID'),
	'billomat recurringItem create': { parameters: { quantity: '={{ $json.quantity ?? 1 }}' }, item: { json: { quantity: 'two' } }, message: 'Item 0: "Quantity" ("two") is not a number' },
	'billomat recurringItem delete': badId('POS-1', 'Item 0: "Item ID" ("POS-1") is not a Billomat ID'),
	'billomat recurringItem get': { parameters: { itemId: '={{ $json.id ?? "71001" }}' }, item: { json: { id: 'POS-1' } }, message: 'Item 0: "Item ID" ("POS-1") is not a Billomat ID' },
	'billomat recurringItem getAll': { parameters: { recurringId: '={{ $json.parent ?? "71" }}' }, item: { json: { parent: 'ABO-1' } }, message: 'Item 0: "Recurring Invoice" ("ABO-1") is not a Billomat ID' },
	'billomat recurringItem update': badId('POS-1', 'Item 0: "Item ID" ("POS-1") is not a Billomat ID'),
	'billomat letterTag create': { parameters: { name: '={{ $json.tag ?? "Campaign" }}' }, item: { json: { tag: '  ' } }, message: 'Item 0: "Name" is blank' },
	'billomat letterTag delete': badId('web', 'Item 0: "Tag" ("web") is not a Billomat ID'),
	'billomat letterTag get': badId('web', 'Item 0: "Tag" ("web") is not a Billomat ID'),
	'billomat letterTag getAll': { parameters: { letterId: '={{ $json.parent ?? "52" }}' }, item: { json: { parent: 'BR-1' } }, message: 'Item 0: "Letter" ("BR-1") is not a Billomat ID' },
	'billomat letterTag getCloud': { parameters: { minCount: '={{ $json.min ?? 1 }}' }, item: { json: { min: 'many' } }, message: 'Item 0: "Minimum Count" ("many") is not a number' },
	'billomat reminderTag create': { parameters: { name: '={{ $json.tag ?? "Campaign" }}' }, item: { json: { tag: '  ' } }, message: 'Item 0: "Name" is blank' },
	'billomat reminderTag delete': badId('web', 'Item 0: "Tag" ("web") is not a Billomat ID'),
	'billomat reminderTag get': badId('web', 'Item 0: "Tag" ("web") is not a Billomat ID'),
	'billomat reminderTag getAll': { parameters: { reminderId: '={{ $json.parent ?? "42" }}' }, item: { json: { parent: 'MA-1' } }, message: 'Item 0: "Reminder" ("MA-1") is not a Billomat ID' },
	'billomat reminderTag getCloud': { parameters: { minCount: '={{ $json.min ?? 1 }}' }, item: { json: { min: 'many' } }, message: 'Item 0: "Minimum Count" ("many") is not a number' },
	'billomat recurringTag create': { parameters: { name: '={{ $json.tag ?? "Campaign" }}' }, item: { json: { tag: '  ' } }, message: 'Item 0: "Name" is blank' },
	'billomat recurringTag delete': badId('web', 'Item 0: "Tag" ("web") is not a Billomat ID'),
	'billomat recurringTag get': badId('web', 'Item 0: "Tag" ("web") is not a Billomat ID'),
	'billomat recurringTag getAll': { parameters: { recurringId: '={{ $json.parent ?? "71" }}' }, item: { json: { parent: 'ABO-1' } }, message: 'Item 0: "Recurring Invoice" ("ABO-1") is not a Billomat ID' },
	'billomat recurringTag getCloud': { parameters: { minCount: '={{ $json.min ?? 1 }}' }, item: { json: { min: 'many' } }, message: 'Item 0: "Minimum Count" ("many") is not a number' },
	'billomat incomingTag create': { parameters: { name: '={{ $json.tag ?? "Campaign" }}' }, item: { json: { tag: '  ' } }, message: 'Item 0: "Name" is blank' },
	'billomat incomingTag delete': badId('web', 'Item 0: "Tag" ("web") is not a Billomat ID'),
	'billomat incomingTag get': badId('web', 'Item 0: "Tag" ("web") is not a Billomat ID'),
	'billomat incomingTag getAll': { parameters: { incomingId: '={{ $json.parent ?? "3" }}' }, item: { json: { parent: 'RH-1' } }, message: 'Item 0: "Incoming Invoice" ("RH-1") is not a Billomat ID' },
	'billomat incomingTag getCloud': { parameters: { minCount: '={{ $json.min ?? 1 }}' }, item: { json: { min: 'many' } }, message: 'Item 0: "Minimum Count" ("many") is not a number' },
	'billomat letterComment create': { parameters: { comment: '={{ $json.text ?? "Campaign" }}' }, item: { json: { text: '  ' } }, message: 'Item 0: "Comment" is blank' },
	'billomat letterComment delete': badId('C-3', 'Item 0: "Comment" ("C-3") is not a Billomat ID'),
	'billomat letterComment get': badId('C-3', 'Item 0: "Comment" ("C-3") is not a Billomat ID'),
	'billomat letterComment getAll': { parameters: { letterId: '={{ $json.parent ?? "52" }}' }, item: { json: { parent: 'BR-1' } }, message: 'Item 0: "Letter" ("BR-1") is not a Billomat ID' },
	'billomat incomingComment create': { parameters: { comment: '={{ $json.text ?? "Campaign" }}' }, item: { json: { text: '  ' } }, message: 'Item 0: "Comment" is blank' },
	'billomat incomingComment delete': badId('C-3', 'Item 0: "Comment" ("C-3") is not a Billomat ID'),
	'billomat incomingComment get': badId('C-3', 'Item 0: "Comment" ("C-3") is not a Billomat ID'),
	'billomat incomingComment getAll': { parameters: { incomingId: '={{ $json.parent ?? "3" }}' }, item: { json: { parent: 'RH-1' } }, message: 'Item 0: "Incoming Invoice" ("RH-1") is not a Billomat ID' },
	'billomat incomingItem create': { parameters: { total: '={{ $json.total ?? 10 }}' }, item: { json: { total: 'lots' } }, message: 'Item 0: "Total" ("lots") is not a number' },
	'billomat incomingItem delete': badId('POS-1', 'Item 0: "Item" ("POS-1") is not a Billomat ID'),
	'billomat incomingItem get': badId('POS-1', 'Item 0: "Item" ("POS-1") is not a Billomat ID'),
	'billomat incomingItem getAll': { parameters: { filters: { incoming_id: '={{ $json.parent ?? "" }}' } }, item: { json: { parent: 'RH-1' } }, message: 'Item 0: "Incoming Invoice ID" ("RH-1") is not a Billomat ID' },
	'billomat incomingItem update': badId('POS-1', 'Item 0: "Item" ("POS-1") is not a Billomat ID'),
	'billomat incomingPayment create': badId('RH-1', 'Item 0: "Incoming Invoice" ("RH-1") is not a Billomat ID'),
	'billomat incomingPayment delete': badId('PAY-1', 'Item 0: "Payment" ("PAY-1") is not a Billomat ID'),
	'billomat incomingPayment get': { parameters: { paymentId: '={{ $json.id ?? "1" }}' }, item: { json: { id: 'PAY-1' } }, message: 'Item 0: "Payment" ("PAY-1") is not a Billomat ID' },
	'billomat incomingPayment getAll': { parameters: { filters: { from: '={{ $json.from ?? "2000-01-01" }}' } }, item: { json: { from: 'soon' } }, message: 'Item 0: "From" ("soon") is not a date' },
	'invoicexpress invoice changeState': { parameters: { state: '={{ $json.state ?? "finalized" }}' }, item: { json: { id: 1002, state: 'canceled' } }, message: 'Item 0: canceling a document needs a message' },
	'invoicexpress invoice create': { parameters: { date: '={{ $json.date ?? "2024-04-17" }}' }, item: { json: { date: 'soon' } }, message: 'Item 0: "Date" ("soon") is not a date' },
	'invoicexpress invoice downloadPdf': badId('12/../../x', 'Item 0: "Invoice ID" ("12/../../x") is not an InvoiceXpress document ID'),
	'invoicexpress invoice get': { parameters: { invoiceId: '={{ $json.id ?? "1002" }}' }, item: { json: { id: '12/../../x' } }, message: 'Item 0: "Invoice ID" ("12/../../x") is not an InvoiceXpress document ID' },
	'invoicexpress invoice getAll': { parameters: { filters: { totalFrom: '={{ $json.from ?? 0 }}', totalTo: 1000000 } }, item: { json: { from: 2000000 } }, message: 'Item 0: "Total Before Taxes From" (2000000) is above "Total Before Taxes To" (1000000)' },
	'invoicexpress invoice cancelPayment': { parameters: { message: '={{ $json.message ?? "Campaign" }}' }, item: { json: { id: 1201, message: ' ' } }, message: 'Item 0: canceling a payment needs a message' },
	'invoicexpress invoice generatePayment': { parameters: { amount: '={{ $json.amount ?? 10 }}' }, item: { json: { id: 1002, amount: -5 } }, message: 'Item 0: "Amount" (-5) must be greater than 0' },
	'invoicexpress invoice relatedDocuments': badId('12/../../x', 'Item 0: "Invoice ID" ("12/../../x") is not an InvoiceXpress document ID'),
	'invoicexpress invoice sendEmail': { parameters: { email: '={{ $json.email ?? "geral@cafelisboa.pt" }}' }, item: { json: { email: 'geral at cafelisboa' } }, message: 'Item 0: "Email" ("geral at cafelisboa") is not an email address' },
	'invoicexpress invoice update': { parameters: { clientName: '={{ $json.name ?? "Bruce Norris" }}' }, item: { json: { id: 1001, name: '' } }, message: 'Item 0: "Client Name" is empty' },
	'invoicexpress item create': { parameters: { unitPrice: '={{ $json.price ?? 10 }}' }, item: { json: { price: '10 EUR' } }, message: 'Item 0: "Unit Price" ("10 EUR") is not a number' },
	'invoicexpress item delete': badId('SKU-1', 'Item 0: "Item ID" ("SKU-1") is not an InvoiceXpress item ID'),
	'invoicexpress item get': badId('SKU-1', 'Item 0: "Item ID" ("SKU-1") is not an InvoiceXpress item ID'),
	'invoicexpress item getAll': { parameters: { options: { perPage: '={{ $json.per ?? 30 }}' } }, item: { json: { per: 500 } }, message: 'Item 0: "Page Size" (500) is outside the range this node accepts, 1 to 100' },
	'invoicexpress item update': badId('SKU-1', 'Item 0: "Item ID" ("SKU-1") is not an InvoiceXpress item ID'),
	'invoicexpress tax create': { parameters: { value: '={{ $json.rate ?? 10 }}' }, item: { json: { rate: '23%' } }, message: 'Item 0: "Value" ("23%") is not a number' },
	'invoicexpress tax delete': badId('IVA23', 'Item 0: "Tax ID" ("IVA23") is not an InvoiceXpress tax ID'),
	'invoicexpress tax get': badId('IVA23', 'Item 0: "Tax ID" ("IVA23") is not an InvoiceXpress tax ID'),
	'invoicexpress tax getAll': { parameters: { limit: '={{ $json.limit ?? 2 }}' }, item: { json: { limit: 'all' } }, message: 'Item 0: "Limit" ("all") is not a number' },
	'invoicexpress tax update': badId('IVA23', 'Item 0: "Tax ID" ("IVA23") is not an InvoiceXpress tax ID'),
	'invoicexpress sequence create': { parameters: { serie: '={{ $json.serie ?? "CAMPAIGN" + $json.n }}' }, item: { json: { serie: ' ' } }, message: 'Item 0: "Serie" is empty' },
	'invoicexpress sequence get': badId('A', 'Item 0: "Sequence ID" ("A") is not an InvoiceXpress sequence ID'),
	'invoicexpress sequence getAll': { parameters: { limit: '={{ $json.limit ?? 2 }}' }, item: { json: { limit: 'all' } }, message: 'Item 0: "Limit" ("all") is not a number' },
	'invoicexpress sequence register': badId('A', 'Item 0: "Sequence ID" ("A") is not an InvoiceXpress sequence ID'),
	'invoicexpress sequence setCurrent': badId('A', 'Item 0: "Sequence ID" ("A") is not an InvoiceXpress sequence ID'),
	'invoicexpress account get': { parameters: { accountId: '={{ $json.id ?? "4242" }}' }, item: { json: { id: 'demo-company' } }, message: 'Item 0: "Account ID" ("demo-company") is not an InvoiceXpress account ID' },
	'invoicexpress account update': { parameters: { updateFields: { email: '={{ $json.email ?? "geral@demo-company.pt" }}' } }, item: { json: { email: 'geral at demo' } }, message: 'Item 0: "Email" ("geral at demo") is not an email address' },
	'invoicexpress treasury createMovement': { parameters: { value: '={{ $json.value ?? 10 }}' }, item: { json: { id: 501, value: '10 EUR' } }, message: 'Item 0: "Value" ("10 EUR") is not a number' },
	'invoicexpress treasury getClientBalance': badId('BN01', 'Item 0: "Client ID" ("BN01") is not an InvoiceXpress client ID'),
	'invoicexpress treasury updateInitialBalance': { parameters: { value: '={{ $json.value ?? 10 }}' }, item: { json: { id: 501, value: '10 EUR' } }, message: 'Item 0: "Value" ("10 EUR") is not a number' },
	'invoicexpress saft export': { parameters: { month: '={{ $json.month ?? 1 }}' }, item: { json: { month: 13 } }, message: 'Item 0: "Month" (13) is outside the range this node accepts, 1 to 12' },
	'invoicexpress estimate changeState': { parameters: { state: '={{ $json.state ?? "finalized" }}' }, item: { json: { id: 50002, state: 'canceled' } }, message: 'Item 0: canceling a document needs a message' },
	'invoicexpress estimate create': { parameters: { date: '={{ $json.date ?? "2024-04-17" }}' }, item: { json: { date: 'soon' } }, message: 'Item 0: "Date" ("soon") is not a date' },
	'invoicexpress estimate downloadPdf': badId('12/../../x', 'Item 0: "Estimate ID" ("12/../../x") is not an InvoiceXpress document ID'),
	'invoicexpress estimate get': { parameters: { estimateId: '={{ $json.id ?? "50001" }}' }, item: { json: { id: 'ORC 1/A' } }, message: 'Item 0: "Estimate ID" ("ORC 1/A") is not an InvoiceXpress document ID' },
	'invoicexpress estimate getAll': { parameters: { filters: { dateFrom: '={{ $json.from ?? "2024-01-01" }}' } }, item: { json: { from: 'soon' } }, message: 'Item 0: "Date From" ("soon") is not a date' },
	'invoicexpress estimate sendEmail': { parameters: { email: '={{ $json.email ?? "geral@cafelisboa.pt" }}' }, item: { json: { email: 'geral at cafelisboa' } }, message: 'Item 0: "Email" ("geral at cafelisboa") is not an email address' },
	'invoicexpress estimate update': { parameters: { clientName: '={{ $json.name ?? "Bruce Norris" }}' }, item: { json: { id: 50001, name: '' } }, message: 'Item 0: "Client Name" is empty' },
	'invoicexpress guide changeState': { parameters: { state: '={{ $json.state ?? "finalized" }}' }, item: { json: { id: 60002, state: 'canceled' } }, message: 'Item 0: canceling a document needs a message' },
	'invoicexpress guide create': { parameters: { loadedAt: '={{ $json.at ?? "2024-05-02T19:00:00" }}' }, item: { json: { at: 'tonight' } }, message: 'Item 0: "Loaded At" ("tonight") is not a date and time' },
	'invoicexpress guide downloadPdf': badId('12/../../x', 'Item 0: "Guide ID" ("12/../../x") is not an InvoiceXpress document ID'),
	'invoicexpress guide get': { parameters: { guideId: '={{ $json.id ?? "60001" }}' }, item: { json: { id: 'GR 1/A' } }, message: 'Item 0: "Guide ID" ("GR 1/A") is not an InvoiceXpress document ID' },
	'invoicexpress guide getAll': { parameters: { filters: { loadedFrom: '={{ $json.from ?? "2024-01-01" }}' } }, item: { json: { from: 'soon' } }, message: 'Item 0: "Loaded From" ("soon") is not a date' },
	'invoicexpress guide sendEmail': { parameters: { email: '={{ $json.email ?? "geral@cafelisboa.pt" }}' }, item: { json: { email: 'geral at cafelisboa' } }, message: 'Item 0: "Email" ("geral at cafelisboa") is not an email address' },
	'invoicexpress guide update': { parameters: { clientName: '={{ $json.name ?? "Bruce Norris" }}' }, item: { json: { id: 60001, name: '' } }, message: 'Item 0: "Client Name" is empty' },
	'imaterialise invoice addOrUpdate': { item: { ...NOT_PDF, json: { id: IMATERIALISE_ORDERS.open } }, message: 'Item 0: the file "notes.txt" in binary property "data" is not a .doc, .docx, .pdf, .xls or .xlsx file (i.materialise would answer code 106)' },
	'imaterialise deliveryNote addOrUpdate': { item: { ...NOT_PDF, json: { id: IMATERIALISE_ORDERS.open } }, message: 'Item 0: the file "notes.txt" in binary property "data" is not a .doc, .docx, .pdf, .xls or .xlsx file (i.materialise would answer code 106)' },
	'imaterialise order getAll': { parameters: { filters: { dateFrom: '={{ $json.from ?? "2026-01-01" }}' } }, item: { json: { from: 'soon' } }, message: 'Item 0: "Date From" ("soon") is not a date' },
	'shopwave invoice get': badId('abc', 'Item 0: "Invoice ID" ("abc") is not a Shopwave ID'),
	'shopwave invoice getAll': { parameters: { filters: { storeIds: '={{ $json.stores ?? "" }}' } }, item: { json: { stores: 'main, 1002' } }, message: 'Item 0: "Store IDs" ("main") is not a Shopwave ID' },
	'shopwave invoice upsert': { parameters: { storeId: '={{ $json.store ?? "1001" }}' }, item: { json: { store: 'main' } }, message: 'Item 0: "Store ID" ("main") is not a Shopwave ID' },
	'shopwave product get': badId('abc', 'Item 0: "Product ID" ("abc") is not a Shopwave ID'),
	'shopwave product findByBarcode': { item: { json: { barcode: '  ' } }, message: 'Item 0: Barcode is empty' },
	'shopwave product getAll': { parameters: { filters: { categoryIds: '={{ $json.categories ?? "" }}' } }, item: { json: { categories: '11, bread' } }, message: 'Item 0: "Category IDs" ("bread") is not a Shopwave ID' },
	'shopwave order get': badId('abc', 'Item 0: "Order ID" ("abc") is not a Shopwave ID'),
	'shopwave order getAll': { parameters: { filters: { storeIds: '={{ $json.stores ?? "" }}' } }, item: { json: { stores: 'main, 1002' } }, message: 'Item 0: "Store IDs" ("main") is not a Shopwave ID' },
	'omnixV6 invoice getAll': { parameters: { fromDate: '={{ $json.from ?? "2018-01-01T00:00:00" }}' }, item: { json: { from: 'soon' } }, message: 'Item 0: "From" ("soon") is not a date' },
	'omnixV6 consignment create': { item: { json: { connote: '' } }, message: 'Item 0: "Connote No" is empty' },
	'omnixV6 consignment manifest': { item: { json: { connote: ' , ' } }, message: 'Item 0: "Connote Nos" is empty' },
	'omnixV6 manifest create': { item: { json: { date: 'soon' } }, message: 'Item 0: "Manifest Date" ("soon") is not a date' },
	'omnixV6 product importCsv': { item: { json: {} }, message: 'Item 0: there is no binary property "data" on the input item' },
};

function bad(c: OperationCase): BadInput {
	const key = `${c.provider} ${c.resource} ${c.operation}`;
	return BAD[key];
}

describe.each(CASES.filter((c) => !c.variant || c.variant === 'current').map((c) => [caseTitle(c), c] as const))('%s', (_title, c) => {
	const credentials = () => PROVIDERS[c.provider].credentials(servers[c.provider], DEMO_SECRETS, c.variant);
	const withBad = () => ({ ...c, parameters: { ...c.parameters, ...(bad(c).parameters ?? {}) } });

	test('refused before any request: the error names the item and what to change', async () => {
		const result = await runWorkflow(workflowFor(withBad(), [bad(c).item], false), { credentials: credentials() });
		const error = result.error();
		expect(error?.message).toBe(bad(c).message);
		expect(error?.context?.itemIndex).toBe(0);
		expect(typeof error?.description).toBe('string');
		expect(servers[c.provider].received()).toEqual([]);
	});

	test('under continueOnFail the bad item is an error item and the next item is processed as alone', async () => {
		const [, good] = c.input(servers);
		const alone = await runWorkflow(workflowFor(withBad(), [good], true), { credentials: credentials() });
		const expected = alone.items().map((item) => ({ ...item, pairedItem: { item: 1 } }));
		const requestsAlone = servers[c.provider].received().length;
		expect(expected.length).toBeGreaterThan(0);
		expect(expected.filter((i) => 'error' in i.json)).toEqual([]);

		servers[c.provider].reset();
		const [, again] = c.input(servers);
		const result = await runWorkflow(workflowFor(withBad(), [bad(c).item, again], true), { credentials: credentials() });
		const [first, ...rest] = result.items();
		expect(first).toEqual({ json: { error: bad(c).message, description: expect.any(String) }, pairedItem: { item: 0 } });
		// The same output as alone (a record's creation time aside).
		const stable = (json: IDataObject) => ({ ...json, created: typeof json.created === 'string' ? 'a time' : json.created });
		expect(rest.map((i) => ({ json: stable(i.json), pairedItem: i.pairedItem }))).toEqual(
			expected.map((i) => ({ json: stable(i.json), pairedItem: i.pairedItem })),
		);
		// Only the good item reached the provider.
		expect(servers[c.provider].received()).toHaveLength(requestsAlone);
	});
});

test('every operation of every node has a bad input', () => {
	expect(Object.keys(BAD).sort()).toEqual([...new Set(CASES.map((c) => `${c.provider} ${c.resource} ${c.operation}`))].sort());
});
