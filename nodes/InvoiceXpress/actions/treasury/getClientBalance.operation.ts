import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { isJsonObject } from '../../../shared/provider';
import type { ReplyShape } from '../../../shared/provider';
import { clientIdLocator } from '../client/common.descriptions';
import { clientIdOf, clientRequest, UNKNOWN_CLIENT_HINT } from '../client/helpers';
import { RESOURCE } from './common.descriptions';

export const description = updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['getClientBalance'] } }, [clientIdLocator, optionsCollection()]);

/** The balance reply of https://docs.invoicexpress.com/treasury/getclientbalance.md: its fields at the top level. */
const BALANCE: ReplyShape = {
	expected: 'a client balance ({"currency": {…}, "initial_balance": {…}, "balance": {…}, …})',
	matches: (body) => isJsonObject(body) && isJsonObject(body.balance),
};

/** GET /api/v3/clients/{client_id}/balance.json; the balance as InvoiceXpress sent it (five fields), with the client's ID. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = clientIdOf.call(this, itemIndex);
	const reply = (await clientRequest.call(
		this,
		{ method: 'GET', path: `/api/v3/clients/${id}/balance`, shape: BALANCE, itemIndex, timeout: timeoutOf(this, itemIndex) },
		UNKNOWN_CLIENT_HINT,
	)) as IDataObject;
	return [{ json: { client_id: Number(id), ...reply } }];
}
