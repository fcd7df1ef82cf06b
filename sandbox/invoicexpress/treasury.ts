// InvoiceXpress Treasury: a client's balance and treasury movements (API v3 paths, same host and
// api_key).
// - GET /api/v3/clients/:client_id/balance.json, from https://docs.invoicexpress.com/treasury/getclientbalance.md:
//   `{currency: {symbol, code}, initial_balance: {value, created_at, observation}, balance:
//   {with_vat, without_vat}, overdue_balance: {}, remaining_balance: {total}}`; an unknown client
//   is 404 `{"errors": [{"error": "Client not found"}]}`.
// - POST /api/v3/clients/:client-id/treasury_movements.json, from
//   https://invoicexpress.com/api-v2/create-treasury-movement/: `{"treasury_movement": {value,
//   movement_type, payment_method, date, serie}}` (example 123.45, "Reimbursement", "MB",
//   "2023-04-28", "2023"). The stored page stops after its code samples: its reply, its required
//   fields and its list of movement types are not shown. Readings (the `movementReply` switch):
//   'record' answers 201 `{"treasury_movement": {id, …}}`, 'empty' an empty 201. The emulation's
//   own choices, not the page's: value must be a number > 0, payment_method one of the SAF-T
//   mechanisms, date yyyy-mm-dd when given (else 422), and each movement adds its value to the
//   client's balance (with and without VAT) and to remaining_balance.total.
// - PUT /api/v3/clients/:client-id/initial_balance.json, from
//   https://2023.invoicexpress.com/api-v2/update-client-initial-balance/: `{"initial_balance":
//   {value, date}}` (example 123.45, "2023-05-19"); its reply is not shown: the same `movementReply`
//   switch answers the balance (`{"initial_balance": {…}}`) or an empty 200. Value must be a number,
//   date yyyy-mm-dd when given (the emulation's own checks, 422 otherwise).
// No list of movements is documented in the store, so none is emulated.
import type { SandboxReply, SandboxRequest } from '../framework';
import type { InvoiceXpressSandbox } from './index';
import { afterReset, bodyOf, errors, guarded, isReply, numeric } from './catalogue';
import { PAYMENT_MECHANISMS } from './documents';

export interface IxTreasuryMovement {
	id: number;
	client_id: number;
	value: number;
	movement_type: string;
	payment_method: string;
	date?: string;
	serie?: string;
}

export interface TreasuryReadings {
	movementReply: 'record' | 'empty';
}

interface TreasuryState {
	readings: TreasuryReadings;
	/** Initial balance per client ID (demo data for clients 501 and 502). */
	initial: Map<number, { value: number; created_at: string; observation: string | null }>;
	movements: IxTreasuryMovement[];
	nextId: number;
}

const states = new WeakMap<InvoiceXpressSandbox, TreasuryState>();

const demoState = (): TreasuryState => ({
	readings: { movementReply: 'record' },
	initial: new Map([
		[501, { value: 100, created_at: '2024-01-01', observation: 'Opening balance' }],
		[502, { value: 0, created_at: '1970-01-01', observation: null }],
	]),
	movements: [],
	nextId: 9001,
});

/** The sandbox's treasury state: its reply switch and the movements created (tests read them here). */
export function treasuryOf(sandbox: InvoiceXpressSandbox): TreasuryState {
	return states.get(sandbox)!;
}

const CLIENT_NOT_FOUND: SandboxReply = errors(404, ['Client not found']);
const round = (n: number) => Math.round(n * 100) / 100;

export function registerTreasury(sandbox: InvoiceXpressSandbox): void {
	let state = demoState();
	states.set(sandbox, state);
	afterReset(sandbox, () => {
		state = demoState();
		states.set(sandbox, state);
	});
	const clientOf = (req: SandboxRequest) => (/^\d+$/.test(req.params.id) ? sandbox.clients.find((c) => c.id === Number(req.params.id)) : undefined);

	sandbox.route('GET', '/api/v3/clients/:id/balance.json', guarded(sandbox, (req) => {
		const client = clientOf(req);
		if (!client) return CLIENT_NOT_FOUND;
		const initial = state.initial.get(client.id) ?? { value: 0, created_at: '1970-01-01', observation: null };
		const moved = state.movements.filter((m) => m.client_id === client.id).reduce((sum, m) => sum + m.value, 0);
		const balance = round(initial.value + moved);
		return {
			status: 200,
			body: {
				currency: { symbol: '€', code: 'EUR' },
				initial_balance: { ...initial },
				balance: { with_vat: balance, without_vat: balance },
				overdue_balance: {},
				remaining_balance: { total: balance },
			},
		};
	}));

	sandbox.route('POST', '/api/v3/clients/:id/treasury_movements.json', guarded(sandbox, (req) => {
		const client = clientOf(req);
		if (!client) return CLIENT_NOT_FOUND;
		const fields = bodyOf(req, 'treasury_movement');
		if (isReply(fields)) return fields;
		const lines: string[] = [];
		const value = numeric(fields.value);
		if (value === undefined || !(value > 0)) lines.push('Value must be greater than 0');
		if (typeof fields.movement_type !== 'string' || fields.movement_type.trim() === '') lines.push("Movement type can't be blank");
		if (typeof fields.payment_method !== 'string' || !PAYMENT_MECHANISMS.includes(fields.payment_method)) lines.push(`Payment method ${String(fields.payment_method)} is not valid`);
		if (fields.date !== undefined && !(typeof fields.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(fields.date))) lines.push('Date is not a valid date');
		if (lines.length > 0) return errors(422, lines);
		const movement: IxTreasuryMovement = {
			id: state.nextId++,
			client_id: client.id,
			value: value!,
			movement_type: String(fields.movement_type),
			payment_method: String(fields.payment_method),
			...(fields.date !== undefined ? { date: String(fields.date) } : {}),
			...(fields.serie !== undefined ? { serie: String(fields.serie) } : {}),
		};
		state.movements.push(movement);
		if (state.readings.movementReply === 'empty') return { status: 201 };
		const { client_id: _client, ...shown } = movement;
		return { status: 201, body: { treasury_movement: shown } };
	}));

	sandbox.route('PUT', '/api/v3/clients/:id/initial_balance.json', guarded(sandbox, (req) => {
		const client = clientOf(req);
		if (!client) return CLIENT_NOT_FOUND;
		const fields = bodyOf(req, 'initial_balance');
		if (isReply(fields)) return fields;
		const lines: string[] = [];
		const value = numeric(fields.value);
		if (value === undefined) lines.push('Value is not a number');
		if (fields.date !== undefined && !(typeof fields.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(fields.date))) lines.push('Date is not a valid date');
		if (lines.length > 0) return errors(422, lines);
		const previous = state.initial.get(client.id);
		const initial = { value: value!, created_at: fields.date !== undefined ? String(fields.date) : (previous?.created_at ?? '1970-01-01'), observation: previous?.observation ?? null };
		state.initial.set(client.id, initial);
		if (state.readings.movementReply === 'empty') return { status: 200 };
		return { status: 200, body: { initial_balance: { ...initial } } };
	}));
}
