import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { invoiceIdField, optionsCollection } from '../../helpers';
import { changeState } from './stateChange';

const show = { resource: ['invoice'], operation: ['cancel'] };

export const description: INodeProperties[] = [invoiceIdField(show), optionsCollection(show)];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	return await changeState.call(this, itemIndex, 'cancel', undefined, {
		400: 'A draft cannot be canceled (delete it instead), nor an invoice that is already canceled.',
	}, { requested: 'CANCELED', reached: (status) => status === 'CANCELED' });
}
