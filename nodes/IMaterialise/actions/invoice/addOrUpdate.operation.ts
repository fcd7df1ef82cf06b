import { addOrUpdateDescription, addOrUpdateExecute } from '../addOrUpdate';

export const description = addOrUpdateDescription('invoice');

export const execute = addOrUpdateExecute('invoice');
