import type { INodePropertyOptions } from 'n8n-workflow';

import type { DateFormat } from '../../../shared/dates';

/**
 * The Treasury pages of InvoiceXpress (API v3 paths, same host and api_key):
 * - https://docs.invoicexpress.com/treasury/getclientbalance.md: GET /api/v3/clients/{client_id}/balance.json,
 *   answering `{currency, initial_balance, balance, overdue_balance, remaining_balance}` (404 `Client not found`);
 * - https://invoicexpress.com/api-v2/create-treasury-movement/: POST
 *   /api/v3/clients/:client-id/treasury_movements.json with `{"treasury_movement": {value,
 *   movement_type, payment_method, date, serie}}` (example: 123.45, "Reimbursement", "MB",
 *   "2023-04-28", "2023"). Its reply is not shown on the stored page.
 * The client is the Client resource's picker (`clientIdLocator`, `searchClients`).
 */
export const RESOURCE = 'treasury';

/** The movement's date is written as the create page's example writes it: yyyy-mm-dd. */
export const TREASURY_DATE: DateFormat = {
	format: 'yyyy-MM-dd',
	accepts: ['dd/MM/yyyy', 'd/M/yyyy', 'dd-MM-yyyy', 'dd.MM.yyyy'],
	examples: 'an ISO date (2023-04-28) or dd/mm/yyyy (28/04/2023)',
};

/**
 * The movement types the create page shows: its example's "Reimbursement" is the only one it names.
 * Another type the account offers can be given as an expression (sent as written).
 */
export const MOVEMENT_TYPES: INodePropertyOptions[] = [{ name: 'Reimbursement', value: 'Reimbursement' }];
