import { addOrUpdateDescription, addOrUpdateExecute } from '../addOrUpdate';

export const description = addOrUpdateDescription('deliveryNote');

export const execute = addOrUpdateExecute('deliveryNote');
