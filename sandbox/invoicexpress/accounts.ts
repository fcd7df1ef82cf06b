// InvoiceXpress account data, from https://developers.invoicexpress.com/docs/versions/2.0.0/resources/accounts
// and https://invoicexpress.com/api-v2/get-8/, https://invoicexpress.com/api-v2/update-8/: GET
// /api/accounts/:account-id/get.json and PUT /api/accounts/:account-id/update.json with
// `{"account": {organization_name, fiscal_id, address, postal_code, city, email}}`. The API key
// reaches its own account only; another ID is 404. The record has the fields of the account
// creation reply (id, name, url, api_key, state) and those the update sets (`name` is the
// organization name). The update reply is an empty 200, or the account (the writeReply switch in
// catalogue.ts). Creating accounts (POST /api/accounts/create.json, create_already_user.json) is not
// emulated: the node does not offer it.
import type { SandboxReply } from '../framework';
import type { InvoiceXpressSandbox } from './index';
import { INVOICEXPRESS_DEMO_ACCOUNT, INVOICEXPRESS_DEMO_API_KEY } from './index';
import { afterReset, bodyOf, catalogueReadings, errors, guarded, isReply, NOT_FOUND } from './catalogue';

export const DEMO_ACCOUNT_ID = 4242;

export interface IxAccount {
	id: number;
	name: string;
	fiscal_id: string;
	address: string;
	postal_code: string;
	city: string;
	email: string;
	url: string;
	api_key: string;
	state: string;
}

const demoAccount = (): IxAccount => ({
	id: DEMO_ACCOUNT_ID,
	name: 'Demo Company, Lda',
	fiscal_id: '509999990',
	address: 'Avenida da Liberdade 1',
	postal_code: '1250-096',
	city: 'Lisboa',
	email: 'geral@demo-company.pt',
	url: `https://${INVOICEXPRESS_DEMO_ACCOUNT}.app.invoicexpress.com`,
	api_key: INVOICEXPRESS_DEMO_API_KEY,
	state: 'active',
});

const accounts = new WeakMap<InvoiceXpressSandbox, { account: IxAccount }>();

/** The sandbox's account (tests read it here). */
export function accountOf(sandbox: InvoiceXpressSandbox): IxAccount {
	return accounts.get(sandbox)!.account;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function registerAccounts(sandbox: InvoiceXpressSandbox): void {
	const state = { account: demoAccount() };
	accounts.set(sandbox, state);
	afterReset(sandbox, () => (state.account = demoAccount()));
	const readings = catalogueReadings(sandbox);
	const mine = (id: string) => /^\d+$/.test(id) && Number(id) === state.account.id;

	sandbox.route('GET', '/api/accounts/:id/get.json', guarded(sandbox, (req) => (mine(req.params.id) ? { status: 200, body: { account: { ...state.account } } } : NOT_FOUND)));
	sandbox.route('PUT', '/api/accounts/:id/update.json', guarded(sandbox, (req): SandboxReply => {
		if (!mine(req.params.id)) return NOT_FOUND;
		const fields = bodyOf(req, 'account');
		if (isReply(fields)) return fields;
		if (fields.email !== undefined && !EMAIL.test(String(fields.email))) return errors(422, ['email must be an email address']);
		if (fields.organization_name !== undefined && String(fields.organization_name).trim() === '') return errors(422, ["Organization name can't be blank"]);
		const account = state.account;
		if (fields.organization_name !== undefined) account.name = String(fields.organization_name);
		for (const key of ['fiscal_id', 'address', 'postal_code', 'city', 'email'] as const) if (fields[key] !== undefined) account[key] = String(fields[key]);
		return readings.writeReply === 'record' ? { status: 200, body: { account: { ...account } } } : { status: 200 };
	}));
}
