import { createOperation } from './settings';
import { unitResource } from './common.descriptions';

export const { description, execute } = createOperation(unitResource);
