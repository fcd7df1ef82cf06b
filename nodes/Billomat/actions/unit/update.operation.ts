import { updateOperation } from './settings';
import { unitResource } from './common.descriptions';

export const { description, execute } = updateOperation(unitResource);
