// Which saved invoice or error of a POST /invoice reply is whose (attributeReply): the reply may be
// keyed by the request's keys or by the (new) invoice IDs, and what cannot be told for certain is
// left unresolved, never guessed. The engine tests (invoice.upsert.test.ts) show what n8n outputs.
import { attributeReply } from '../../nodes/Shopwave/helpers';

const m913 = { id: 913, title: 'Required parameter or object missing in request', details: 'Invoice 5004 does not exist' };
const tea = { line0: { name: 'Tea', price: '3.20', quantity: 1 } };
const savedTea = (id: number, more: object = {}) => ({ id, storeId: 1001, ...more, invoiceItems: { [id + 4000]: { id: id + 4000, name: 'Tea', price: '3.20', quantity: 1 } } });

describe('Shopwave › POST /invoice reply › which invoice is whose', () => {
	test('keyed by the request keys: each key is its item, saved or refused', () => {
		const sent = [
			{ key: 'item0', invoice: { storeId: 1001, invoiceItems: tea } },
			{ key: '5001', invoice: { id: 5001, note: 'x' } },
			{ key: 'item2', invoice: { storeId: 2001, invoiceItems: tea } },
		];
		const reply = { item0: savedTea(5004), '5001': { id: 5001, storeId: 1001, note: 'x' } };
		expect(attributeReply(sent, reply, { item2: m913 })).toEqual([{ saved: reply.item0 }, { saved: reply['5001'] }, { refused: m913 }]);
	});

	test('keyed by the new invoice IDs: paired by what was sent, prices and dates as Shopwave may write them', () => {
		const sent = [
			{ key: 'item0', invoice: { storeId: 1001, reference: 'A', completeDate: '2024-03-01', invoiceItems: { line0: { name: 'Tea', price: '12.50', quantity: 1 } } } },
			{ key: 'item1', invoice: { storeId: 1001, reference: 'B', invoiceItems: tea } },
		];
		const a = { id: 5004, storeId: '1001', reference: 'A', completeDate: '2024-03-01 00:00:00', invoiceItems: { '9005': { id: 9005, name: 'Tea', price: '12.5', quantity: 1 } } };
		const b = savedTea(5005, { reference: 'B' });
		expect(attributeReply(sent, { '5005': b, '5004': a }, {})).toEqual([{ saved: a }, { saved: b }]);
	});

	test('two invoices the reply does not tell apart: unresolved, both saved, with both IDs', () => {
		const sent = [
			{ key: 'item0', invoice: { storeId: 1001, invoiceItems: tea } },
			{ key: 'item1', invoice: { storeId: 1001, invoiceItems: tea } },
		];
		const [a, b] = [savedTea(5004), savedTea(5005)];
		const unresolved = { positions: [0, 1], invoices: [a, b], errors: [], allSaved: true };
		expect(attributeReply(sent, { '5004': a, '5005': b }, {})).toEqual([{ unresolved }, { unresolved }]);
	});

	test('when every invoice was saved, one that only one item can be settles the other too', () => {
		const sent = [
			{ key: 'item0', invoice: { storeId: 1001, reference: 'X', invoiceItems: tea } },
			{ key: 'item1', invoice: { storeId: 1001, reference: 'X', note: 'N', invoiceItems: tea } },
		];
		const [withN, withM] = [savedTea(5004, { reference: 'X', note: 'N' }), savedTea(5005, { reference: 'X', note: 'M' })];
		expect(attributeReply(sent, { '5004': withN, '5005': withM }, {})).toEqual([{ saved: withM }, { saved: withN }]);
	});

	test('but not when an error says one was refused: then only what is certain', () => {
		const sent = [
			{ key: 'item0', invoice: { storeId: 1001, reference: 'X', invoiceItems: tea } },
			{ key: 'item1', invoice: { storeId: 1001, reference: 'X', note: 'N', invoiceItems: tea } },
		];
		const withN = savedTea(5004, { reference: 'X', note: 'N' });
		const unresolved = { positions: [0, 1], invoices: [withN], errors: [m913], allSaved: false };
		expect(attributeReply(sent, { '5004': withN }, { 913: m913 })).toEqual([{ unresolved }, { unresolved }]);
	});

	test('an update of a missing invoice whose ID a new invoice got: the key is not trusted, the contents decide', () => {
		const sent = [
			{ key: '5004', invoice: { id: 5004, note: 'update' } },
			{ key: 'item1', invoice: { storeId: 1001, note: 'new', invoiceItems: tea } },
		];
		const created = savedTea(5004, { note: 'new' });
		expect(attributeReply(sent, { '5004': created }, { 913: m913 })).toEqual([{ refused: m913 }, { saved: created }]);
	});

	test('the same when the contents cannot tell: unresolved, neither called saved nor failed', () => {
		const sent = [
			{ key: '5004', invoice: { id: 5004 } },
			{ key: 'item1', invoice: { storeId: 1001, invoiceItems: tea } },
		];
		const created = savedTea(5004);
		const unresolved = { positions: [0, 1], invoices: [created], errors: [m913], allSaved: false };
		expect(attributeReply(sent, { '5004': created }, { 913: m913 })).toEqual([{ unresolved }, { unresolved }]);
	});

	test('a reply that names nothing for an item leaves it unresolved with nothing (the node reports it as not known)', () => {
		const sent = [{ key: 'item0', invoice: { storeId: 1001, invoiceItems: tea } }];
		expect(attributeReply(sent, {}, {})).toEqual([{ unresolved: { positions: [0], invoices: [], errors: [], allSaved: false } }]);
	});

	test('several errors none of which is tied to an item, no invoice saved: each item refused, naming them all', () => {
		const sent = [
			{ key: 'item0', invoice: { storeId: 2001, invoiceItems: tea } },
			{ key: 'item1', invoice: { storeId: 2002, invoiceItems: tea } },
		];
		const m912 = { id: 912, title: 'Resource Not Allowed For Specified User', details: 'Store 2001 is not yours' };
		const [first] = attributeReply(sent, {}, { 912: m912, 913: m913 });
		expect(first).toEqual({
			refused: {
				details:
					'the reply does not say which of these errors is whose: 912 Resource Not Allowed For Specified User: Store 2001 is not yours; 913 Required parameter or object missing in request: Invoice 5004 does not exist',
			},
		});
	});
});
