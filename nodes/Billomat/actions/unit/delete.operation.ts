import { deleteOperation } from './settings';
import { unitResource } from './common.descriptions';

export const { description, execute } = deleteOperation(unitResource);
