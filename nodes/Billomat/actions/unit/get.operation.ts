import { getOperation } from './settings';
import { unitResource } from './common.descriptions';

export const { description, execute } = getOperation(unitResource);
